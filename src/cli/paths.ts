import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { MANIFEST_NAMES } from '../manifest/load.js';

/** Paths in output are relative to the working directory, with "/". */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, resolve(cwd, file)).split('\\').join('/');
  return rel === '' ? '.' : rel;
}

/**
 * The manifest to use: --manifest when given, else the first of privacy.yaml, privacy.yml, privacy.json
 * in the working directory (privacy.yaml when none exists, so the error names the expected file).
 */
export function manifestPath(cwd: string, flag: string | undefined): string {
  if (flag !== undefined) return resolve(cwd, flag);
  const found = MANIFEST_NAMES.map((n) => join(cwd, n)).find((p) => existsSync(p));
  return found ?? join(cwd, MANIFEST_NAMES[0]);
}
