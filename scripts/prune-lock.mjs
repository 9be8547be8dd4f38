// Removes optionalDependencies from package-lock.json that the lockfile itself does not contain.
// Why: this workplace's npm registry does not serve some platform binaries (msgpackr-extract's darwin and
// win32 builds, pulled in by bullmq), so `npm install` records them as optional dependencies without
// entries, and `npm ci` then refuses the lockfile as out of sync. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const present = new Set(Object.keys(lock.packages).map((p) => p.replace(/^.*node_modules\//, '')));
let removed = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
    if (!present.has(name)) {
      delete pkg.optionalDependencies[name];
      removed += 1;
      console.error(`pruned ${name} (optional dependency of ${path || 'the root'}: not in the registry here)`);
    }
  }
}
if (removed > 0) writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
