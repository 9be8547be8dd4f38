/**
 * `check --changed-since <ref>`: which lines changed, from the git binary (the one the user's checkout already
 * needs; no library reimplements a diff as faithfully). Lines are those of the working tree (staged, unstaged
 * and untracked files included) against the merge base of the ref and HEAD, as a pull request's diff shows them.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { LineChanges } from '../results/changed.js';
import { UsageError } from './errors.js';

/** The lines changed since `ref` in the repository holding `dir`: absolute file -> changed line ranges. */
export function changedLines(dir: string, ref: string): { root: string; base: string; changes: LineChanges } {
  const top = git(dir, ['rev-parse', '--show-toplevel'], () =>
    `privacy-lint check: --changed-since needs a git repository, and ${dir} is not in one; run without --changed-since, or in the repository's checkout`).trim();
  // git names the top folder by its real path; the engine names files by the path it was given (a symlinked /tmp…).
  const root = resolve(dir, relative(realpathSync(dir), top));
  git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], () =>
    `privacy-lint check: --changed-since ${ref}: no such commit, branch or tag in this repository (in CI, fetch it: actions/checkout with fetch-depth: 0, or git fetch origin ${ref.replace(/^origin\//, '')})`);
  const base = git(root, ['merge-base', ref, 'HEAD'], () => `privacy-lint check: --changed-since ${ref}: it shares no history with HEAD; fetch the full history (fetch-depth: 0)`).trim();
  const diff = git(root, ['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--no-renames', '--unified=0', base, '--']);
  const changes = parseDiff(diff, root);
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0').filter(Boolean);
  for (const f of untracked) changes.set(resolve(root, f), [[1, Number.POSITIVE_INFINITY]]);
  return { root, base, changes };
}

/** `git diff --unified=0` -> the new side's changed lines per file. A deletion marks the lines on both sides of it. */
export function parseDiff(diff: string, root: string): LineChanges {
  const out: LineChanges = new Map();
  let current: Array<[number, number]> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = unquote(line.slice(4));
      current = name === '/dev/null' ? undefined : [];
      if (current) out.set(join(root, name.replace(/^b\//, '')), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      current.push(count === 0 ? [Math.max(start, 1), start + 1] : [start, start + count - 1]);
    }
  }
  return out;
}

/** Git quotes unusual names C-style: "b/my \"file\".ts". */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name;
  return name.slice(1, -1).replace(/\\(["\\])/g, '$1').replace(/\\t/g, '\t').replace(/\\n/g, '\n');
}

function git(cwd: string, args: string[], problem?: () => string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new UsageError('privacy-lint check: --changed-since runs git, and git is not installed or not on PATH');
    if (problem) throw new UsageError(problem());
    throw new UsageError(`privacy-lint check: git ${args.join(' ')} failed: ${(err.stderr ?? err.message).trim().split('\n')[0]}`);
  }
}
