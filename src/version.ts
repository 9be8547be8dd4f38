import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fields of our package.json that the code reads (the version, and the addresses links are built from). */
export interface PackageJson {
  version: string;
  repository?: string | { type?: string; url: string; directory?: string };
  homepage?: string;
  bugs?: string | { url?: string };
}

/** Our package's folder: the first folder above this module holding a package.json (src/ in a checkout, dist/src/ when built). */
export const PACKAGE_ROOT: string = packageRoot(dirname(fileURLToPath(import.meta.url)));

/** Our package.json, read once. */
export const PACKAGE: PackageJson = existsSync(join(PACKAGE_ROOT, 'package.json'))
  ? (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as PackageJson)
  : { version: '0.0.0' };

/** The package version. */
export const VERSION: string = PACKAGE.version;

function packageRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(d) === d) return dir;
  }
}
