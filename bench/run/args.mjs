// The command line of bench/run.mjs (`npm run bench -- …`), parsed into a plain object. Pure, so tests
// hold it; errors are thrown as BenchUsageError for the runner to print with the usage and exit 2.
import { parseArgs } from 'node:util';

export const DEFAULT_SIZES = [100, 1000, 5000];
export const QUICK_SIZES = [100, 1000];
export const DEFAULT_RUNS = 3;
export const DEFAULT_EDITS = 50;
/** The measured tools, in the order of one round (the round-robin interleaves them). */
/** check-cache runs only when `privacy-lint check --help` lists --cache (the runner drops it otherwise). */
export const TOOLS = ['tsc', 'check', 'check-cache', 'lint', 'lint-privacy', 'warm-base', 'warm'];

export const USAGE = `usage: npm run bench [-- [--quick] [--sizes 100,1000] [--runs N] [options]]

  --quick          the 100- and 1,000-file projects only (default: 100, 1,000 and 5,000)
  --sizes LIST     comma-separated project sizes in files (overrides --quick)
  --runs N         measured runs per tool and size, after one discarded warm-up run (default ${DEFAULT_RUNS})
  --edits N        edits in the warm editor loop, per run (default ${DEFAULT_EDITS})
  --tools LIST     only these tools (default all: ${TOOLS.join(',')})
  --out FILE       where to write the results (default bench/results.json)
  --note TEXT      a remark kept in the results, e.g. what else the machine was doing
  --print FILE     print the tables of an earlier results file, measure nothing
  --help           this text`;

export class BenchUsageError extends Error {}

function positiveInt(flag, text) {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw new BenchUsageError(`${flag} needs a positive whole number, got "${text}"`);
  return Number(text);
}

function list(flag, text) {
  const items = text.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw new BenchUsageError(`${flag} needs a comma-separated list without empty items, got "${text}"`);
  return items;
}

/** argv (without node and the script) -> options. */
export function parseBenchArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        quick: { type: 'boolean' },
        sizes: { type: 'string' },
        runs: { type: 'string' },
        edits: { type: 'string' },
        tools: { type: 'string' },
        out: { type: 'string' },
        note: { type: 'string' },
        print: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new BenchUsageError(err instanceof Error ? err.message : String(err));
  }
  const v = parsed.values;
  const quick = v.quick === true;
  let sizes = quick ? QUICK_SIZES : DEFAULT_SIZES;
  if (v.sizes !== undefined) {
    // The generator needs at least 20 files.
    sizes = list('--sizes', v.sizes).map((s) => {
      const n = positiveInt('--sizes', s);
      if (n < 20) throw new BenchUsageError(`--sizes: the generator needs at least 20 files, got ${n}`);
      return n;
    });
    sizes = [...new Set(sizes)].sort((a, b) => a - b);
  }
  let tools = TOOLS;
  if (v.tools !== undefined) {
    const asked = new Set(list('--tools', v.tools));
    const unknown = [...asked].filter((t) => !TOOLS.includes(t));
    if (unknown.length > 0) throw new BenchUsageError(`--tools: unknown ${unknown.join(', ')} (known: ${TOOLS.join(', ')})`);
    tools = TOOLS.filter((t) => asked.has(t));
  }
  return {
    help: v.help === true,
    quick,
    sizes: [...sizes],
    runs: v.runs === undefined ? DEFAULT_RUNS : positiveInt('--runs', v.runs),
    edits: v.edits === undefined ? DEFAULT_EDITS : positiveInt('--edits', v.edits),
    tools: [...tools],
    out: v.out ?? 'bench/results.json',
    note: v.note ?? '',
    print: v.print ?? '',
  };
}
