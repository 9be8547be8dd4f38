import { existsSync, statSync } from 'node:fs';
import { ConfigError } from './errors.js';
import { dirname, join, resolve } from 'node:path';
import { ts } from 'ts-morph';
import { workspaceRoot } from '../engine/project-files.js';
import { displayPath } from '../paths.js';

export { displayPath };
import { findManifest, MANIFEST_NAMES } from '../manifest/load.js';


/**
 * The manifest to use: --manifest when given, else the first of privacy.yaml, privacy.yml, privacy.json
 * in the working directory, else, inside a monorepo, the nearest one above it up to the monorepo's root (a
 * package's folder uses the root privacy.yaml); privacy.yaml when none exists, so the error names the expected file.
 */
export function manifestPath(cwd: string, flag: string | undefined): string {
  if (flag !== undefined) return resolve(cwd, flag);
  const found = MANIFEST_NAMES.map((n) => join(cwd, n)).find((p) => existsSync(p));
  if (found) return found;
  const root = workspaceRoot(ts.sys, resolve(cwd));
  const above = root === undefined ? undefined : findManifest(cwd);
  if (above !== undefined && root !== undefined && (dirname(above) === root || dirname(above).startsWith(`${root}/`))) return above;
  return join(cwd, MANIFEST_NAMES[0]);
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
