import { existsSync, statSync } from 'node:fs';
import { ConfigError } from './errors.js';
import { join, resolve } from 'node:path';
import { displayPath } from '../paths.js';

export { displayPath };
import { MANIFEST_NAMES } from '../manifest/load.js';


/**
 * The manifest to use: --manifest when given, else the first of privacy.yaml, privacy.yml, privacy.json
 * in the working directory (privacy.yaml when none exists, so the error names the expected file).
 */
export function manifestPath(cwd: string, flag: string | undefined): string {
  if (flag !== undefined) return resolve(cwd, flag);
  const found = MANIFEST_NAMES.map((n) => join(cwd, n)).find((p) => existsSync(p));
  return found ?? join(cwd, MANIFEST_NAMES[0]);
}

/** The tsconfig to analyse: --project (a file, or a folder holding tsconfig.json), default ./tsconfig.json. */
export function projectPath(cwd: string, flag: string | undefined): string {
  let path = resolve(cwd, flag ?? 'tsconfig.json');
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'tsconfig.json');
  if (!existsSync(path)) {
    throw new ConfigError([`${displayPath(cwd, path)}: no such file; run in the project's folder, or pass --project path/to/tsconfig.json`]);
  }
  return path;
}
