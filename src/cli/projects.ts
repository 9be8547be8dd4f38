/**
 * Which projects a command analyses. `--project` (repeatable) names tsconfigs or folders holding one; without
 * it, ./tsconfig.json, or when there is none, the workspaces of an npm, yarn or pnpm monorepo (package.json
 * "workspaces", pnpm-workspace.yaml): every workspace package with a tsconfig.json, a package depending on
 * another counting as a reference to it. The engine (engine/project.ts) follows `references` from there.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ts } from 'ts-morph';
import { parse as parseYaml } from 'yaml';
import { formatProblem, loadProjects, type Projects } from '../engine/project.js';
import { findManifest } from '../manifest/load.js';
import { ConfigError } from './errors.js';
import { displayPath } from './paths.js';

export interface Entry {
  /** The tsconfigs to start from (absolute). */
  tsconfigs: string[];
  /** References a tsconfig does not write: workspace packages depending on each other. */
  implicit: Map<string, string[]>;
  /** How they were found, for the first line on stderr. */
  said: string;
}

/** The tsconfigs named by --project, ./tsconfig.json, or the workspaces' (ConfigError when there is nothing to analyse). */
export function projectEntry(cwd: string, flags: readonly string[] | undefined): Entry {
  if (flags && flags.length > 0) {
    const tsconfigs = [...new Set(flags.map((f) => tsconfigAt(cwd, f)))];
    return { tsconfigs, implicit: new Map(), said: tsconfigs.map((t) => displayPath(cwd, t)).join(', ') };
  }
  const own = join(cwd, 'tsconfig.json');
  if (existsSync(own)) return { tsconfigs: [own], implicit: new Map(), said: 'tsconfig.json' };
  const ws = workspaces(cwd);
  if (ws === undefined) {
    throw new ConfigError(["tsconfig.json: no such file, and no workspaces are declared here (package.json \"workspaces\", pnpm-workspace.yaml); run in the project's folder, or pass --project path/to/tsconfig.json"]);
  }
  const withConfig = ws.packages.filter((p) => existsSync(join(p.dir, 'tsconfig.json')));
  if (withConfig.length === 0) {
    throw new ConfigError([`${ws.from}: none of its ${ws.packages.length} workspace packages has a tsconfig.json; pass --project path/to/tsconfig.json`]);
  }
  const byName = new Map(withConfig.map((p) => [p.name, join(p.dir, 'tsconfig.json')]));
  const implicit = new Map<string, string[]>();
  for (const p of withConfig) {
    const deps = p.dependencies.map((d) => byName.get(d)).filter((t): t is string => t !== undefined && t !== join(p.dir, 'tsconfig.json'));
    if (deps.length > 0) implicit.set(join(p.dir, 'tsconfig.json'), deps);
  }
  const tsconfigs = withConfig.map((p) => join(p.dir, 'tsconfig.json'));
  return { tsconfigs, implicit, said: `${withConfig.length} workspace packages of ${ws.from}` };
}

/** The projects of an entry, or a ConfigError with every tsconfig problem (file:line:col, as tsc says them). */
export function projectsOf(cwd: string, entry: Entry): Projects {
  const loaded = loadProjects(entry.tsconfigs, entry.implicit);
  if (loaded.problems.length > 0) {
    throw new ConfigError([
      ...loaded.problems.map((p) => formatProblem({ ...p, file: displayPath(cwd, p.file) })),
      loaded.problems.length === 1 ? 'The tsconfig has an error; tsc reports it the same way. Fix it, or pass --project FILE.' : 'The tsconfigs have errors; tsc reports them the same way. Fix them, or pass --project FILE.',
    ]);
  }
  if (loaded.projects.length === 0) {
    throw new ConfigError([`${entry.tsconfigs.map((t) => displayPath(cwd, t)).join(', ')}: no project with input files (only references to solution-style tsconfigs); pass --project with a tsconfig that names files`]);
  }
  return loaded;
}

/** --project FILE: a tsconfig, or a folder holding tsconfig.json. */
function tsconfigAt(cwd: string, flag: string): string {
  let path = resolve(cwd, flag);
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'tsconfig.json');
  if (!existsSync(path)) {
    throw new ConfigError([`${displayPath(cwd, path)}: no such file; run in the project's folder, or pass --project path/to/tsconfig.json`]);
  }
  if (!statSync(path).isFile()) throw new ConfigError([`${displayPath(cwd, path)}: not a regular file; --project takes a tsconfig.json (or the folder holding one)`]);
  return path;
}

interface WorkspacePackage {
  dir: string;
  name: string;
  dependencies: string[];
}

/** The workspace packages declared in `root` (package.json "workspaces" or pnpm-workspace.yaml), or undefined when none are. */
function workspaces(root: string): { from: string; packages: WorkspacePackage[] } | undefined {
  let patterns: string[] | undefined;
  let from = '';
  const pnpm = join(root, 'pnpm-workspace.yaml');
  if (existsSync(pnpm)) {
    const data = readYaml(pnpm) as { packages?: unknown } | undefined;
    patterns = strings(data?.packages);
    from = 'pnpm-workspace.yaml';
  }
  const pkg = readJson(join(root, 'package.json')) as { workspaces?: unknown } | undefined;
  if (patterns === undefined && pkg?.workspaces !== undefined) {
    const ws = pkg.workspaces as { packages?: unknown } | unknown[];
    patterns = strings(Array.isArray(ws) ? ws : (ws as { packages?: unknown }).packages);
    from = 'package.json';
  }
  if (patterns === undefined) return undefined;
  const include = patterns.filter((p) => !p.startsWith('!')).map((p) => `${p.replace(/\/+$/, '')}/package.json`);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  // TypeScript's own matcher (tsconfig "include" semantics: *, **, node_modules left out).
  const found = include.length === 0 ? [] : ts.sys.readDirectory(root, ['.json'], exclude, include);
  const packages = found
    .filter((f) => f.endsWith('/package.json'))
    .map((f) => {
      const data = (readJson(f) ?? {}) as Record<string, unknown>;
      const deps = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((k) => Object.keys((data[k] as object | undefined) ?? {}));
      return { dir: dirname(f), name: typeof data.name === 'string' ? data.name : dirname(f), dependencies: deps };
    })
    .sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  return { from, packages };
}

/** The manifest that applies to a project: its package's own privacy.yaml (between its folder and `top`), else `fallback`. */
export function manifestFor(tsconfig: string, top: string, fallback: string): string {
  const found = findManifest(dirname(tsconfig));
  if (found === undefined) return fallback;
  const dir = dirname(found);
  return dir !== top && dir.startsWith(`${top}/`) ? found : fallback;
}

function strings(x: unknown): string[] | undefined {
  return Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : undefined;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function readYaml(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}
