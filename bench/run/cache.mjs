// The `check --cache` row (issue #6 item 5: a second run after a one-file change at least 5x faster than
// a cold one). Measured on a copy of the generated project, so that the one-file change and whatever the
// cache writes next to the project never touch the real one: copy, cold run with an empty cache, change
// one file, then the measured second run (whose findings must still be the expected ones).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pickWarmFile } from './eslint-config.mjs';

/** From `privacy-lint check --help`: null without --cache, else the flag naming the cache folder or file, if any. Pure. */
export function cacheSupport(helpText) {
  if (!/(^|[\s[])--cache\b(?!-)/m.test(helpText)) return null;
  const dir = /(--cache-(?:dir|directory|location|file|path))\b/.exec(helpText);
  return { dirFlag: dir ? dir[1] : null };
}

/** The one-file change: a comment appended to the file the warm loop edits. Pure. */
export const touchText = (text) => `${text.endsWith('\n') ? text : `${text}\n`}// bench: one-file change\n`;

/**
 * Prepares round `round`: a fresh copy of the project at `copyDir` and an empty cache folder.
 * Returns { cwd, cacheArgs, change } where change() applies the one-file change in the copy.
 */
export function prepareCacheRound({ projectDir, copyDir, cacheDir, support }) {
  rmSync(copyDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  cpSync(projectDir, copyDir, { recursive: true });
  const cacheArgs = support.dirFlag ? ['--cache', support.dirFlag, cacheDir] : ['--cache'];
  const files = readdirSync(join(copyDir, 'src'), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name))
    .map((path) => ({ path, size: statSync(path).size }));
  const file = pickWarmFile(files);
  return {
    cwd: copyDir,
    cacheArgs,
    file,
    change: () => writeFileSync(file, touchText(readFileSync(file, 'utf8'))),
    cleanup: () => {
      if (existsSync(copyDir)) rmSync(copyDir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}
