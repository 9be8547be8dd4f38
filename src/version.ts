import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package version, read once from the package.json above this module (src/ in a checkout, dist/src/ when built). */
export const VERSION: string = packageVersion(dirname(fileURLToPath(import.meta.url)));

function packageVersion(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    const file = join(d, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (dirname(d) === d) return '0.0.0';
  }
}
