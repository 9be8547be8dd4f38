/**
 * Places in the report: absolute engine locations become cwd-relative `file:line:column` with "/", and
 * every list of places is sorted the same way, so the report is byte-identical across runs and machines.
 */
import type { Location } from '../engine/model.js';
import { posixRelative } from '../paths.js';
import type { Place } from './types.js';

export function place(loc: Location, cwd: string): Place {
  return { file: posixRelative(cwd, loc.file), line: loc.line, column: loc.column };
}

export function comparePlaces(a: Place, b: Place): number {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column;
}

/** Code-point order: the same on every machine, whatever its locale. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
