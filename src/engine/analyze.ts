/**
 * The engine's entry point: a ts.Program and a manifest in, the Model out. No fs, no console, no
 * process: the CLI and the ESLint rules hand in the Program they have, with the `ts` module that
 * created it (typescript-eslint's copy and ts-morph's bundled copy must never be mixed).
 *
 * A cold analysis is an incremental one with nothing to reuse (incremental.ts): every project file is
 * analysed into its facts (facts.ts), and the Model is assembled from them.
 */
import type * as TS from 'typescript';
import type { ManifestData } from '../manifest/schema.js';
import { analyzeIncremental } from './incremental.js';
import type { Model } from './model.js';

export interface AnalyzeOptions {
  program: TS.Program;
  manifest: ManifestData;
  /** The TypeScript module that created `program`. */
  ts: typeof TS;
  /** Which files are the project's own (default: not declaration files, not under node_modules, inside `rootDir`). */
  rootDir?: string;
}

export function analyze(options: AnalyzeOptions): Model {
  return analyzeIncremental(options).model;
}
