#!/usr/bin/env node
// `npm run bench [-- --quick] [--sizes 100,1000] [--runs N]`: measures privacy-lint against the tools users
// compare it with, on the generated projects (docs/performance.md). For each size, in one interleaved
// run (a discarded warm-up round, then N rounds over the tools), each tool is its own child process:
// tsc --noEmit, privacy-lint check, typed ESLint without and with our rules, and a warm editor-style
// loop without and with our rules. Wall time, CPU time and peak RSS are measured from outside
// (bench/run/measure.mjs); the warm loop also times each re-lint and our rules' part of it. Prints the
// tables and the targets' PASS/FAIL, writes bench/results.json, and checks that `check` still finds
// exactly the generator's deliberate mistakes. Exit 1 when a tool failed or the findings do not match,
// 2 on a usage error; a missed target is reported, not an exit code (timings depend on the machine).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchUsageError, parseBenchArgs, USAGE } from './run/args.mjs';
import { cacheSupport, prepareCacheRound } from './run/cache.mjs';
import { compareFindings } from './run/findings.mjs';
import { loadAverage, machineInfo } from './run/machine.mjs';
import { detectTimer, measure, usagePath } from './run/measure.mjs';
import { ensureProject } from './run/project.mjs';
import { checkGrowth, count, evaluateTargets, LABELS, renderReport, seconds, sizeRatios, summariseTool } from './run/report.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'dist', 'src', 'cli', 'main.js');
const PLUGIN = join(REPO, 'dist', 'src', 'plugin.js');
const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
const ESLINT_CHILD = join(REPO, 'bench', 'run', 'eslint-child.mjs');

/** Edits of the warm loop in the discarded warm-up round, which only fills the caches. */
const WARMUP_EDITS = 1;

const log = (text) => process.stderr.write(`${text}\n`);

/** How to run one tool on one project, and what to read back from its output file. */
function toolSpec(tool, project, scratch, options, round) {
  const out = join(scratch, `${tool}-out.json`);
  switch (tool) {
    case 'tsc':
      return { script: TSC, args: ['--noEmit', '-p', join(project.dir, 'tsconfig.json')], cwd: REPO, okCodes: [0] };
    case 'check':
      // Run from the project folder so that the JSON's paths are relative to it, like expected-findings.json.
      return {
        script: CLI,
        args: ['check', '--project', 'tsconfig.json', '--manifest', 'privacy.yaml', '--format', 'json', '--output', out],
        cwd: project.dir,
        okCodes: [0, 1],
        read: () => ({ findings: JSON.parse(readFileSync(out, 'utf8')).findings.map(({ ruleId, file, line }) => ({ ruleId, file, line })) }),
        out,
      };
    case 'lint':
    case 'lint-privacy':
      return { script: ESLINT_CHILD, args: [tool, project.dir, out], cwd: REPO, okCodes: [0], read: () => ({ findings: tool === 'lint' ? undefined : JSON.parse(readFileSync(out, 'utf8')).privacy }), out };
    case 'warm':
    case 'warm-base':
      return {
        script: ESLINT_CHILD,
        args: [tool, project.dir, out, String(round === 0 ? WARMUP_EDITS : options.edits)],
        cwd: REPO,
        okCodes: [0],
        read: () => {
          const w = JSON.parse(readFileSync(out, 'utf8'));
          return { editsMs: w.editsMs, oursMs: w.oursMs, parseMs: w.parseMs, file: w.file };
        },
        out,
      };
    default:
      throw new Error(`unknown tool ${tool}`);
  }
}

/** check --cache: a cold run with an empty cache (kept as coldWallMs…), one file changed, then the measured second run. */
function runCacheOnce(project, scratch, timer, round, support) {
  // The copy sits next to the project, inside the repository, so that its imports still resolve.
  const r = prepareCacheRound({ projectDir: project.dir, copyDir: `${project.dir}-cache-copy`, cacheDir: join(scratch, 'cache'), support });
  const out = join(scratch, 'check-cache-out.json');
  const run = () => {
    rmSync(out, { force: true });
    const args = ['check', ...r.cacheArgs, '--project', 'tsconfig.json', '--manifest', 'privacy.yaml', '--format', 'json', '--output', out];
    return measure({ timer, script: CLI, args, cwd: r.cwd, usageFile: usagePath(scratch) });
  };
  const failure = (m, which) => `${which} run: exit ${m.exitCode}: ${m.stderr.trim().split('\n').slice(-5).join(' | ')}`;
  try {
    const cold = run();
    if (![0, 1].includes(cold.exitCode)) return { sample: { round, wallMs: NaN, cpuMs: NaN, rssKiB: NaN, exitCode: cold.exitCode, failed: true, error: failure(cold, 'cold') } };
    r.change();
    const m = run();
    const sample = { round, wallMs: m.wallMs, cpuMs: m.cpuMs, rssKiB: m.rssKiB, exitCode: m.exitCode, coldWallMs: cold.wallMs, coldCpuMs: cold.cpuMs, coldRssKiB: cold.rssKiB };
    if (![0, 1].includes(m.exitCode)) return { sample: { ...sample, failed: true, error: failure(m, 'second') } };
    const findings = JSON.parse(readFileSync(out, 'utf8')).findings.map(({ ruleId, file, line }) => ({ ruleId, file, line }));
    return { sample, findings };
  } catch (err) {
    return { sample: { round, wallMs: NaN, cpuMs: NaN, rssKiB: NaN, exitCode: -1, failed: true, error: err instanceof Error ? err.message : String(err) } };
  } finally {
    r.cleanup();
  }
}

/** One measured child process -> a sample (with the findings or edits it produced). */
function runOnce(tool, project, scratch, options, timer, round) {
  if (tool === 'check-cache') return runCacheOnce(project, scratch, timer, round, options.cacheSupport);
  const spec = toolSpec(tool, project, scratch, options, round);
  if (spec.out) rmSync(spec.out, { force: true });
  const m = measure({ timer, script: spec.script, args: spec.args, cwd: spec.cwd, usageFile: usagePath(scratch) });
  const sample = { round, wallMs: m.wallMs, cpuMs: m.cpuMs, rssKiB: m.rssKiB, exitCode: m.exitCode };
  let extra = {};
  let error;
  if (!spec.okCodes.includes(m.exitCode)) error = `exit ${m.exitCode}${m.signal ? ` (${m.signal})` : ''}: ${m.stderr.trim().split('\n').slice(-5).join(' | ')}`;
  else if (spec.read) {
    try {
      extra = spec.read();
    } catch (err) {
      error = `could not read its output: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  if (error) return { sample: { ...sample, failed: true, error } };
  if (extra.editsMs) sample.editsMs = extra.editsMs;
  if (extra.oursMs) sample.oursMs = extra.oursMs;
  if (extra.parseMs) sample.parseMs = extra.parseMs;
  return { sample, findings: extra.findings, file: extra.file };
}

/** All tools on one size: a warm-up round, then `runs` rounds, each tool once per round. */
function benchSize(files, options, timer, scratch) {
  const project = ensureProject(REPO, files);
  const rel = relative(REPO, project.dir);
  log(`${rel}: ${project.state}, ${project.sourceFiles} source files, ${project.expected.length} expected findings`);
  const tools = Object.fromEntries(options.tools.map((t) => [t, { warmup: undefined, samples: [] }]));
  const comparisons = {};
  for (let round = 0; round <= options.runs; round++) {
    for (const tool of options.tools) {
      const label = round === 0 ? 'warm-up' : `run ${round}/${options.runs}`;
      const { sample, findings, file } = runOnce(tool, project, scratch, options, timer, round);
      if (round === 0) tools[tool].warmup = sample;
      else tools[tool].samples.push(sample);
      if (file) tools[tool].file = file;
      if (findings) {
        const c = compareFindings(project.expected, findings);
        // Keep the first mismatch if there is one (every run must be right), else the latest comparison.
        if (!comparisons[tool] || comparisons[tool].ok) comparisons[tool] = c;
      }
      log(`  [${count(files)}] ${label.padEnd(9)} ${(LABELS[tool] ?? tool).padEnd(42)} ${sample.failed ? `FAILED ${sample.error}` : `${seconds(sample.wallMs)}, cpu ${seconds(sample.cpuMs)}, ${Math.round(sample.rssKiB / 1024)} MiB${sample.coldWallMs === undefined ? '' : ` (cold run ${seconds(sample.coldWallMs)})`}`}`);
    }
  }
  const summaries = Object.fromEntries(Object.entries(tools).map(([t, v]) => [t, summariseTool(v.samples)]));
  return { files, project: rel, state: project.state, sourceFiles: project.sourceFiles, tools, summaries, ratios: sizeRatios(summaries), findings: comparisons };
}

function main() {
  let options;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof BenchUsageError)) throw err;
    log(`bench: ${err.message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.print) {
    process.stdout.write(renderReport(JSON.parse(readFileSync(resolve(options.print), 'utf8'))));
    return 0;
  }
  for (const built of [CLI, PLUGIN]) {
    if (!existsSync(built)) {
      log(`bench: ${relative(REPO, built)} is missing: build first (npm run build), or use npm run bench, which builds`);
      return 2;
    }
  }
  const machine = machineInfo();
  const timer = detectTimer();
  machine.timer = timer === 'time' ? "/usr/bin/time -f '%e %U %S %M'" : 'wrapper process (process.resourceUsage)';
  if (options.note) machine.note = options.note;
  const help = spawnSync(process.execPath, [CLI, 'check', '--help'], { encoding: 'utf8' });
  options.cacheSupport = cacheSupport(`${help.stdout}${help.stderr}`);
  machine.checkCache = options.cacheSupport !== null;
  if (!options.cacheSupport && options.tools.includes('check-cache')) {
    options.tools = options.tools.filter((t) => t !== 'check-cache');
    log('bench: this build of privacy-lint check has no --cache: the check --cache row is left out');
  }
  log(`bench: sizes ${options.sizes.map(count).join(', ')}; ${options.runs} run(s) per tool after a warm-up; load average ${machine.loadAverageStart.join(' ')}`);

  const scratch = mkdtempSync(join(tmpdir(), 'privacy-lint-bench-'));
  const sizes = [];
  try {
    for (const files of options.sizes) sizes.push(benchSize(files, options, timer, scratch));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  machine.loadAverageEnd = loadAverage();
  const growth = checkGrowth(sizes);
  const results = {
    version: 1,
    machine,
    options: { sizes: options.sizes, runs: options.runs, edits: options.edits, warmupEdits: WARMUP_EDITS, tools: options.tools },
    sizes,
    growth,
    targets: evaluateTargets(sizes, growth),
  };
  const outFile = resolve(options.out);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(renderReport(results));
  const shown = relative(process.cwd(), outFile);
  log(`bench: wrote ${shown.startsWith('..') ? outFile : shown}`);

  const failed = sizes.some((s) => Object.values(s.summaries).some((t) => t.failures > 0));
  const wrong = sizes.some((s) => Object.values(s.findings).some((c) => !c.ok));
  return failed || wrong ? 1 : 0;
}

process.exitCode = main();
