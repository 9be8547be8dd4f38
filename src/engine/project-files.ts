/**
 * Which files of a Program are the project's own: not declaration files, nothing under node_modules, and inside
 * the project's folder (the tsconfig's, for the CLI and the editor). One test for the engine, the cache and the
 * editor path, so they cannot disagree on what was analysed.
 *
 * Tests are not the product (issue #12): test files, specs, mocks, fixtures and storybook stories are left out
 * unless asked (`--include-tests`), by the conventions below or by the manifest's `tests` globs, matched against the
 * path relative to the project's folder. Seeds, migrations and scripts are not tests: they write to real databases.
 */
import { minimatch } from 'minimatch';
import type * as TS from 'typescript';

/** What counts as a test file when the manifest says nothing (globs relative to the project's folder). */
export const TEST_CONVENTIONS: readonly string[] = [
  '**/*.{test,spec,e2e-spec,e2e,cy,stories,story}.{ts,tsx,mts,cts,js,jsx,mjs,cjs}',
  '**/{__tests__,__mocks__,__fixtures__,test,tests,spec,e2e,cypress,playwright,.storybook}/**',
  '**/{setupTests,jest.setup,vitest.setup,test-setup}.{ts,tsx,js}',
];

export interface TestScope {
  /** The manifest's `tests` globs (replacing the conventions); `[]`: no file is a test. */
  tests?: readonly string[] | undefined;
  /** Analyse test files too (`check --include-tests`). */
  includeTests?: boolean | undefined;
}

type FileLike = Pick<TS.SourceFile, 'fileName' | 'isDeclarationFile'>;

export function projectFileTest(rootDir: string | undefined, scope: TestScope = {}): (sf: FileLike) => boolean {
  const own = ownFileTest(rootDir);
  if (scope.includeTests) return own;
  const isTest = testFileTest(rootDir, scope.tests);
  return (sf) => own(sf) && !isTest(sf.fileName);
}

/** Whether a file is a test to leave out (never with includeTests). */
export function isTestFile(rootDir: string | undefined, scope: TestScope = {}): (fileName: string) => boolean {
  return scope.includeTests ? () => false : testFileTest(rootDir, scope.tests);
}

/** Project files that are tests and were left out (none with includeTests). */
export function testFilesOf(files: readonly FileLike[], rootDir: string | undefined, scope: TestScope = {}): string[] {
  if (scope.includeTests) return [];
  const own = ownFileTest(rootDir);
  const isTest = testFileTest(rootDir, scope.tests);
  return files.filter((sf) => own(sf) && isTest(sf.fileName)).map((sf) => sf.fileName).sort();
}

function ownFileTest(rootDir: string | undefined): (sf: FileLike) => boolean {
  const root = rootDir?.replace(/\/?$/, '/');
  return (sf) => !sf.isDeclarationFile && !sf.fileName.includes('/node_modules/') && (root === undefined || sf.fileName.startsWith(root));
}

/** One matcher per project folder and globs, kept across analyses: the editor analyses on every keystroke. */
const matchers = new Map<string, (fileName: string) => boolean>();

function testFileTest(rootDir: string | undefined, globs: readonly string[] | undefined): (fileName: string) => boolean {
  const key = `${rootDir ?? ''}\u0000${JSON.stringify(globs ?? null)}`;
  let matcher = matchers.get(key);
  if (!matcher) matchers.set(key, (matcher = compileTestFileTest(rootDir, globs)));
  return matcher;
}

function compileTestFileTest(rootDir: string | undefined, globs: readonly string[] | undefined): (fileName: string) => boolean {
  const root = rootDir?.replace(/\/?$/, '/');
  // matched relative to a project's folder: without one (an absolute path's /home/test/…), no file is a test
  const patterns = (globs ?? TEST_CONVENTIONS).map((g) => minimatch.makeRe(g, { dot: true })).filter((r): r is RegExp => r !== false);
  if (patterns.length === 0 || root === undefined) return () => false;
  // asked for every file at every project-file test (the engine asks often): once per file name
  const known = new Map<string, boolean>();
  return (fileName) => {
    let is = known.get(fileName);
    if (is === undefined) {
      is = fileName.startsWith(root) && patterns.some((p) => p.test(fileName.slice(root.length)));
      known.set(fileName, is);
    }
    return is;
  };
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
