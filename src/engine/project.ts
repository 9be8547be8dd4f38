/**
 * The CLI's way in: a Program from a tsconfig, built and analysed with ts-morph's bundled TypeScript
 * module (the one that created the Program). The ESLint rules go through analyze() with typescript-eslint's
 * Program and the user's `typescript` instead; the engine itself never imports either copy.
 *
 * The Program comes from `ts.createProgram` over the parsed tsconfig, as `tsc` builds it, not from a
 * ts-morph Project: ts-morph's host resolved NodeNext imports of an ESM project to the packages'
 * CommonJS typings as well (`.d.cts`, its source files carry no module format), which loaded drizzle-orm
 * twice and doubled the checker's work.
 */
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { ts } from 'ts-morph';
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
  const program = createProgram(file);
  const t1 = performance.now();
  const model = analyze({ program, manifest, ts: ts as unknown as typeof TS, rootDir: dirname(file) });
  const t2 = performance.now();
  return { model, program, timings: { programMs: t1 - t0, analysisMs: t2 - t1 } };
}

/**
 * The Program `tsc -p tsconfig` would build (a tsconfig that cannot be read is an error, as in tsc). ts-morph's
 * bundled TypeScript has no lib folder on disk: the lib files come from ts-morph's own in-memory copy.
 */
export function createProgram(tsconfig: string): TS.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`${tsconfig}: cannot read the tsconfig`);
  const { libFolder, libs } = libFiles();
  const host = ts.createCompilerHost(parsed.options);
  const { fileExists, readFile } = host;
  host.getDefaultLibLocation = () => libFolder;
  host.getDefaultLibFileName = (options) => `${libFolder}/${ts.getDefaultLibFileName(options)}`;
  host.fileExists = (f) => libs.has(f) || fileExists.call(host, f);
  host.readFile = (f) => libs.get(f) ?? readFile.call(host, f);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host, ...(parsed.projectReferences ? { projectReferences: parsed.projectReferences } : {}) });
  return program as unknown as TS.Program;
}

interface MorphCommon {
  getLibFiles(): ReadonlyArray<{ fileName: string; text: string }>;
  libFolderInMemoryPath: string;
}

/** TypeScript's lib files as ts-morph ships them (its dependency @ts-morph/common, found from ts-morph itself). */
function libFiles(): { libFolder: string; libs: Map<string, string> } {
  const morph = createRequire(import.meta.url).resolve('ts-morph');
  const common = createRequire(morph)('@ts-morph/common') as MorphCommon;
  const libFolder = common.libFolderInMemoryPath;
  return { libFolder, libs: new Map(common.getLibFiles().map((f) => [`${libFolder}/${f.fileName}`, f.text])) };
}
