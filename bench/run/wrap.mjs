// Fallback timer for machines without GNU time: runs a node script in this very process and, at exit,
// writes "wall user sys maxrss" (seconds, seconds, seconds, KiB: the layout of `/usr/bin/time -f
// '%e %U %S %M'`) from process.resourceUsage() to a file. Wall time here is only a cross-check; the runner
// takes its own clock.
//   node bench/run/wrap.mjs USAGE_FILE SCRIPT [ARGS...]
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [usageFile, script, ...args] = process.argv.slice(2);
if (!usageFile || !script) {
  console.error('usage: node bench/run/wrap.mjs USAGE_FILE SCRIPT [ARGS...]');
  process.exit(2);
}
const started = performance.now();
process.on('exit', () => {
  const u = process.resourceUsage();
  const s = (micro) => (micro / 1e6).toFixed(3);
  writeFileSync(usageFile, `${((performance.now() - started) / 1000).toFixed(3)} ${s(u.userCPUTime)} ${s(u.systemCPUTime)} ${u.maxRSS}\n`);
});
const path = resolve(script);
process.argv = [process.argv[0], path, ...args];
try {
  await import(pathToFileURL(path).href);
} catch (err) {
  // An extensionless CommonJS bin (typescript/bin/tsc) is not importable as ESM everywhere: require it.
  if (err?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw err;
  createRequire(import.meta.url)(path);
}
