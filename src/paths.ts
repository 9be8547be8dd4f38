/** Paths as privacy-lint shows them: relative, with "/" on every platform. */
import { relative, resolve } from 'node:path';

/** `file` relative to `from`, with "/" ('' when they are the same). `file` may be relative to `from`. */
export function posixRelative(from: string, file: string): string {
  return relative(from, resolve(from, file)).split('\\').join('/');
}

/** A path for messages: relative to the working directory, "." for the directory itself. */
export function displayPath(cwd: string, file: string): string {
  return posixRelative(cwd, file) || '.';
}
