/**
 * Which files of a Program are the project's own: not declaration files, nothing under node_modules, and inside
 * the project's folder (the tsconfig's, for the CLI and the editor). One test for the engine, the cache and the
 * editor path, so they cannot disagree on what was analysed.
 */
import type * as TS from 'typescript';

export function projectFileTest(rootDir: string | undefined): (sf: Pick<TS.SourceFile, 'fileName' | 'isDeclarationFile'>) => boolean {
  const root = rootDir?.replace(/\/?$/, '/');
  return (sf) => !sf.isDeclarationFile && !sf.fileName.includes('/node_modules/') && (root === undefined || sf.fileName.startsWith(root));
}

/** Files that mark the root of a monorepo (besides a package.json with "workspaces"). */
const WORKSPACE_MARKERS = ['pnpm-workspace.yaml', 'lerna.json', 'nx.json', 'rush.json'];

/**
 * The root of the monorepo holding `dir` (a folder at or above it with a package.json that declares workspaces,
 * or pnpm-workspace.yaml, lerna.json, nx.json, rush.json), or undefined outside one. Source files inside it are the
 * project's own for the CLI, however they are reached (a path alias, a workspace package).
 */
export function workspaceRoot(sys: Pick<TS.System, 'fileExists' | 'readFile'>, dir: string): string | undefined {
  for (let d = dir.replace(/\/+$/, ''); d !== ''; d = d.slice(0, d.lastIndexOf('/'))) {
    if (WORKSPACE_MARKERS.some((m) => sys.fileExists(`${d}/${m}`))) return d;
    const pkg = sys.fileExists(`${d}/package.json`) ? sys.readFile(`${d}/package.json`) : undefined;
    if (pkg !== undefined && declaresWorkspaces(pkg)) return d;
    if (!d.includes('/')) break;
  }
  return undefined;
}

function declaresWorkspaces(packageJson: string): boolean {
  try {
    const data = JSON.parse(packageJson) as { workspaces?: unknown };
    return data !== null && typeof data === 'object' && data.workspaces !== undefined;
  } catch {
    return false;
  }
}
