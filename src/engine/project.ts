/**
 * The CLI's way in: a ts-morph Project from a tsconfig, analysed with ts-morph's own TypeScript module
 * (the one that created the Program). The ESLint rules go through analyze() with typescript-eslint's
 * Program and the user's `typescript` instead; the engine itself never imports either copy.
 */
import { dirname, resolve } from 'node:path';
import { Project, ts } from 'ts-morph';
import type * as TS from 'typescript';
import type { ManifestData } from '../manifest/schema.js';
import { analyze } from './analyze.js';
import type { Model } from './model.js';

export interface ProjectAnalysis {
  model: Model;
  program: TS.Program;
  /** Milliseconds spent building the Program (parse + bind) and in the engine, for the stats line. */
  timings: { programMs: number; analysisMs: number };
}

export function analyzeProject(tsconfig: string, manifest: ManifestData): ProjectAnalysis {
  const file = resolve(tsconfig);
  const t0 = performance.now();
  const project = new Project({ tsConfigFilePath: file, skipAddingFilesFromTsConfig: false });
  const program = project.getProgram().compilerObject as unknown as TS.Program;
  const t1 = performance.now();
  const model = analyze({ program, manifest, ts: ts as unknown as typeof TS, rootDir: dirname(file) });
  const t2 = performance.now();
  return { model, program, timings: { programMs: t1 - t0, analysisMs: t2 - t1 } };
}
