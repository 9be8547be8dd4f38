#!/usr/bin/env node
// Generates a synthetic but realistic TypeScript service for the benchmarks (docs/performance.md):
//
//   node bench/generate.mjs --files N [--out DIR] [--seed TEXT]
//
// About N source files (exactly N from ~60 up): modules with DTOs, zod schemas, express controllers,
// services, drizzle repositories, retention jobs (node-cron), some axios clients, plus privacy.yaml,
// tsconfig.json, package.json and expected-findings.json. Deterministic: the same N and seed give
// byte-identical output. DIR defaults to bench/projects/files-N; it must sit inside this repository so
// that imports resolve from the repository's node_modules.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { moduleFiles } from './generate/module.mjs';
import { MISTAKES, planProject } from './generate/plan.mjs';
import { expectedFindings, packageJson, privacyYaml, SERVICE_NAME, tsconfigJson } from './generate/project.mjs';
import { sharedFiles } from './generate/shared.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SEED = 'privacy-lint-bench';

/** The project as a sorted list of [relative path, text]; pure (reads only the repository's package.json). */
export function renderProject({ files, seed = DEFAULT_SEED }) {
  if (!Number.isInteger(files) || files < 20) throw new Error('--files must be an integer of at least 20');
  const modules = planProject(files, seed);
  const sources = new Map(sharedFiles(modules, SERVICE_NAME));
  for (const m of modules) for (const [path, text] of moduleFiles(m)) sources.set(path, text);
  const sorted = [...sources.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const expected = expectedFindings(sorted);
  const out = [
    ...sorted,
    ['privacy.yaml', privacyYaml({ files: sorted.length, modules: modules.length })],
    ['tsconfig.json', tsconfigJson()],
    ['package.json', packageJson(files, join(REPO, 'package.json'))],
    ['expected-findings.json', `${JSON.stringify({ note: 'Deliberate mistakes, one per block of ten modules; each should give this finding.', findings: expected }, null, 2)}\n`],
  ];
  return {
    entries: out,
    summary: {
      sourceFiles: sorted.length,
      modules: modules.length,
      archetypes: count(modules.map((m) => m.archetype)),
      mistakes: count(modules.filter((m) => m.mistake).map((m) => MISTAKES[m.mistake].rule)),
      expectedFindings: expected.length,
    },
  };
}

/** Writes the project to `out` (replacing an earlier generated project there). */
export function generateProject({ files, out, seed = DEFAULT_SEED }) {
  const dir = resolve(out ?? join(REPO, 'bench', 'projects', `files-${files}`));
  const { entries, summary } = renderProject({ files, seed });
  clear(dir);
  for (const [path, text] of entries) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return { dir, ...summary };
}

/** Empties `dir` only if it is missing, empty, or an earlier output of this generator. */
function clear(dir) {
  if (!existsSync(dir)) return;
  if (readdirSync(dir).length === 0) return;
  let generated = false;
  try {
    generated = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name?.startsWith('bench-files-') === true;
  } catch {
    generated = false;
  }
  if (!generated) throw new Error(`${dir} is not empty and is not a generated project; choose another --out`);
  rmSync(dir, { recursive: true, force: true });
}

function count(values) {
  const out = {};
  for (const v of values.sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function parseArgs(argv) {
  const args = { files: undefined, out: undefined, seed: DEFAULT_SEED, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--files') args.files = Number(value());
    else if (a === '--out') args.out = value();
    else if (a === '--seed') args.seed = value();
    else if (a === '--quiet') args.quiet = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

const USAGE = 'usage: node bench/generate.mjs --files N [--out DIR] [--seed TEXT] [--quiet]';

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (args.files === undefined) throw new Error('--files is required');
    const started = performance.now();
    const result = generateProject(args);
    const rel = relative(REPO, result.dir);
    if (rel.startsWith('..') || rel.startsWith(sep) || resolve(rel) === rel) {
      console.error(`warning: ${result.dir} is outside ${REPO}: its imports will not resolve from the repository's node_modules`);
    }
    if (!args.quiet) {
      console.log(`${rel || '.'}: ${result.sourceFiles} source files, ${result.modules} modules, ${result.expectedFindings} deliberate mistakes (${Math.round(performance.now() - started)} ms)`);
      console.log(`  archetypes: ${Object.entries(result.archetypes).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      console.log(`  mistakes:   ${Object.entries(result.mistakes).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
    }
  } catch (err) {
    console.error(`generate: ${err instanceof Error ? err.message : String(err)}`);
    console.error(USAGE);
    process.exit(2);
  }
}
