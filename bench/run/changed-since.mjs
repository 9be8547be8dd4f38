// `check --changed-since` on a generated project (issue #15): after a one-file change, a pull-request run with a
// warm cache must report exactly the findings of a full run restricted to the change, in a fraction of its time.
// The project is generated into `dir` (inside the repository, so imports resolve from its node_modules), made a
// git repository of its own, analysed once with --cache (the warm-up a CI cache step keeps), changed in one file
// and committed on a branch; then three runs: the full run, the changed-since run, and the oracle applied to the
// full run's findings (its own reading of `git diff`, independent of the CLI's).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProject } from '../generate.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(REPO, 'dist', 'src', 'cli', 'main.js');

/** A leak appended to one service file: the one-file change of a pull request. Pure. */
export const leakText = (text) => `${text.endsWith('\n') ? text : `${text}\n`}\nexport function auditTrail(email: string): void {\n  console.log('audit', email);\n}\n`;

/** git diff --unified=0 -> Map(file relative to the repository -> [[from, to]]), the new side. Pure. */
export function changedRanges(diff) {
  const out = new Map();
  let file;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      file = line === '+++ /dev/null' ? undefined : line.slice(6);
      if (file) out.set(file, []);
    } else if (file && line.startsWith('@@')) {
      const [, start, count] = /\+(\d+)(?:,(\d+))?/.exec(line);
      const n = count === undefined ? 1 : Number(count);
      out.get(file).push(n === 0 ? [Number(start), Number(start) + 1] : [Number(start), Number(start) + n - 1]);
    }
  }
  return out;
}

/** The findings (check --format json, paths relative to the project) that touch the changed ranges. Pure. */
export function restrict(findings, ranges) {
  const hit = (file, line, end = line) => (ranges.get(file) ?? []).some(([a, b]) => a <= end && line <= b);
  return findings.filter((f) => hit(f.file, f.line, f.endLine) || f.flow.some((s) => hit(s.file, s.line)));
}

const key = (f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`;

function check(cwd, args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`check ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, findings: JSON.parse(r.stdout).findings, err: r.stderr };
}

/**
 * Returns { files, changedFile, fullMs, coldCacheMs, changedMs, full, changed, expected, equal, analysed }.
 * `dir` is replaced; it is removed afterwards unless keep is set.
 */
export function measureChangedSince({ files, dir = join(REPO, 'bench', 'projects', `changed-since-${files}`), keep = false }) {
  rmSync(dir, { recursive: true, force: true });
  generateProject({ files, out: dir });
  const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  try {
    git('init', '-q', '-b', 'main');
    writeFileSync(join(dir, '.gitignore'), '.cache/\n');
    git('add', '.');
    git('commit', '-q', '-m', 'generated');
    const cache = ['--cache', '--cache-location', '.cache'];
    const cold = check(dir, cache);
    // The change: one service file of the middle module gains a leak.
    const services = git('ls-files', 'src').split('\n').filter((f) => f.endsWith('.service.ts')).sort();
    const changedFile = services[Math.floor(services.length / 2)];
    writeFileSync(join(dir, changedFile), leakText(readFileSync(join(dir, changedFile), 'utf8')));
    git('checkout', '-q', '-b', 'pull-request');
    git('commit', '-q', '-am', 'audit trail');
    const changed = check(dir, [...cache, '--changed-since', 'main']);
    const full = check(dir, []);
    const expected = restrict(full.findings, changedRanges(git('diff', '--unified=0', '--no-color', 'main', '--')));
    const analysed = /cache: analysed (\d+) of (\d+) files/.exec(changed.err)?.slice(1).map(Number);
    const equal = JSON.stringify(changed.findings.map(key).sort()) === JSON.stringify(expected.map(key).sort());
    return { files, changedFile, fullMs: full.ms, coldCacheMs: cold.ms, changedMs: changed.ms, full: full.findings.length, changed: changed.findings.length, expected: expected.length, equal, analysed };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = Number(process.argv[2] ?? 1000);
  const r = measureChangedSince({ files });
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`${files} files; changed ${r.changedFile}`);
  console.log(`full check (no cache):                 ${s(r.fullMs)}, ${r.full} findings`);
  console.log(`check --cache (cold, fills the cache): ${s(r.coldCacheMs)}`);
  console.log(`check --changed-since main (warm):     ${s(r.changedMs)}, ${r.changed} findings, analysed ${r.analysed?.join(' of ')} files`);
  console.log(`full run restricted to the change:     ${r.expected} findings; equal: ${r.equal}`);
  process.exitCode = r.equal ? 0 : 1;
}
