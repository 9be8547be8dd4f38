// The generated project of one size, made or remade when needed: the generator renders the project in
// memory (pure and deterministic), and the files on disk are compared with that rendering, so a project
// written by an older generator, or edited by hand, is regenerated before it is measured.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateProject, renderProject } from '../generate.mjs';

export const projectDir = (repo, files) => join(repo, 'bench', 'projects', `files-${files}`);

/** Returns { dir, state: 'up to date' | 'generated' | 'regenerated (stale)', sourceFiles, expected }. */
export function ensureProject(repo, files) {
  const dir = projectDir(repo, files);
  const { entries } = renderProject({ files });
  let state = 'generated';
  if (existsSync(join(dir, 'package.json'))) {
    state = isCurrent(dir, entries) ? 'up to date' : 'regenerated (stale)';
  }
  if (state !== 'up to date') generateProject({ files, out: dir });
  const expected = JSON.parse(readFileSync(join(dir, 'expected-findings.json'), 'utf8')).findings;
  return { dir, state, sourceFiles: entries.filter(([p]) => p.startsWith('src/')).length, expected };
}

function isCurrent(dir, entries) {
  const onDisk = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
  const wanted = entries.map(([p]) => p).sort();
  if (onDisk.length !== wanted.length || onDisk.some((p, i) => p !== wanted[i])) return false;
  return entries.every(([p, text]) => readFileSync(join(dir, p), 'utf8') === text);
}
