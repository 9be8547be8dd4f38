/**
 * The project's declared dependencies for `privacy-lint init`: the nearest package.json at or above the
 * tsconfig's folder. Only names are read; nothing needs to be installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageOf as packageOfSpecifier } from '../catalog/parties.js';

export interface Dependencies {
  /** The package.json read, when one was found. */
  file?: string;
  /** Names under dependencies and optionalDependencies, sorted. */
  names: string[];
  /** Why the package.json could not be used (the draft is still made from imports). */
  problem?: string;
}

export function readDependencies(startDir: string): Dependencies {
  const file = nearestPackageJson(startDir);
  if (file === undefined) return { names: [] };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { file, names: [], problem: `cannot be read as JSON (${(e as Error).message.split('\n')[0]})` };
  }
  const pkg = (json ?? {}) as Record<string, unknown>;
  const names = new Set<string>();
  for (const section of ['dependencies', 'optionalDependencies']) {
    const deps = pkg[section];
    if (deps !== null && typeof deps === 'object') for (const name of Object.keys(deps)) names.add(name);
  }
  return { file, names: [...names].sort() };
}

function nearestPackageJson(startDir: string): string | undefined {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The package an import specifier belongs to: `firebase/auth` -> `firebase`, `@a/b/c` -> `@a/b`; undefined for `node:` builtins. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  const name = packageOfSpecifier(specifier);
  return name === '' ? undefined : name;
}
