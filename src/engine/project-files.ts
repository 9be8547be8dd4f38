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
