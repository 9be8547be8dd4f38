/**
 * Places in the report: absolute engine locations become cwd-relative `file:line:column` with "/", and
 * every list of places is sorted the same way, so the report is byte-identical across runs and machines.
 */
import { cmp, comparePlaces } from '../engine/labels.js';
import type { Location } from '../engine/model.js';
import { posixRelative } from '../paths.js';
import type { Place } from './types.js';

export function place(loc: Location, cwd: string): Place {
  return { file: posixRelative(cwd, loc.file), line: loc.line, column: loc.column };
}

export { cmp, comparePlaces };

export const placeKey = (p: Place): string => `${p.file}:${p.line}:${p.column}`;

/** Sorted by `key` (a place first, then the extra keys), without duplicates. */
export function uniqueSorted<T>(list: readonly T[], key: (x: T) => string, compare: (a: T, b: T) => number): T[] {
  const seen = new Map<string, T>();
  for (const x of list) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()].sort(compare);
}

/** Sorted strings without duplicates (code-point order, locale-independent). */
export function sortedSet(list: Iterable<string>): string[] {
  return [...new Set(list)].sort(cmp);
}

/** The project's folder as the report shows paths (relative to the working directory), '' when it is that directory or above it. */
export function projectBase(tsconfig: string): string {
  const i = tsconfig.lastIndexOf('/');
  const dir = i < 0 ? '' : tsconfig.slice(0, i);
  return dir === '.' || dir.startsWith('..') ? '' : dir;
}

/** A report path without the project's folder in front (`base` from projectBase). */
export function strip(file: string, base: string): string {
  return base !== '' && file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
}
