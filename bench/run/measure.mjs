// Runs one tool as a child process and measures it from outside: wall time by this process's monotonic
// clock, CPU time (user + sys) and peak RSS by GNU time (`/usr/bin/time -f '%e %U %S %M'`), or, where
// that is missing, by a wrapper process that runs the tool's script in-process and writes its own
// process.resourceUsage() at exit (wrap.mjs). Timings never come from the tool's own output.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WRAPPER = fileURLToPath(new URL('./wrap.mjs', import.meta.url));
const GNU_TIME = '/usr/bin/time';
const FORMAT = '%e %U %S %M';

/** The last "wall user sys maxrss" line of GNU time's output (it may be preceded by "Command exited with non-zero status N"). */
export function parseTimeOutput(text) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)$/.exec(lines[i]);
    if (m) return { wallS: Number(m[1]), userS: Number(m[2]), sysS: Number(m[3]), maxRssKiB: Number(m[4]) };
  }
  return undefined;
}

/** 'time' when GNU time works here (and BENCH_TIMER is not 'wrapper'), else 'wrapper'. */
export function detectTimer(env = process.env) {
  if (env.BENCH_TIMER === 'wrapper') return 'wrapper';
  if (!existsSync(GNU_TIME)) return 'wrapper';
  const r = spawnSync(GNU_TIME, ['-f', FORMAT, process.execPath, '-e', ''], { encoding: 'utf8' });
  return r.status === 0 && parseTimeOutput(r.stderr ?? '') ? 'time' : 'wrapper';
}

/**
 * Runs `node script ...args` in `cwd` and returns { wallMs, cpuMs, rssKiB, exitCode, stderr }.
 * `usageFile` is a scratch file for the timer's report.
 */
export function measure({ timer, script, args, cwd, usageFile, env }) {
  rmSync(usageFile, { force: true });
  const command = timer === 'time' ? GNU_TIME : process.execPath;
  const argv = timer === 'time' ? ['-o', usageFile, '-f', FORMAT, process.execPath, script, ...args] : [WRAPPER, usageFile, script, ...args];
  const started = process.hrtime.bigint();
  const r = spawnSync(command, argv, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const usage = existsSync(usageFile) ? parseTimeOutput(readFileSync(usageFile, 'utf8')) : undefined;
  return {
    wallMs: round1(wallMs),
    cpuMs: usage ? Math.round((usage.userS + usage.sysS) * 1000) : NaN,
    rssKiB: usage ? usage.maxRssKiB : NaN,
    exitCode: r.status ?? -1,
    signal: r.signal ?? null,
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '') + (r.error ? `\n${r.error.message}` : ''),
  };
}

export const round1 = (x) => Math.round(x * 10) / 10;

export const usagePath = (dir) => join(dir, 'usage.txt');
