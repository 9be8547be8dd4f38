/** Paths as privacy-lint shows them: relative, with "/" on every platform. */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** `file` relative to `from`, with "/" ('' when they are the same). `file` may be relative to `from`. */
export function posixRelative(from: string, file: string): string {
  return relative(from, resolve(from, file)).split('\\').join('/');
}

/** A path for messages: relative to the working directory, "." for the directory itself. */
export function displayPath(cwd: string, file: string): string {
  return posixRelative(cwd, file) || '.';
}

/**
 * The repository a folder belongs to: the nearest folder at or above `dir` holding `.git` (a folder, or the file
 * a git worktree or submodule has). Undefined outside a repository.
 */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}
