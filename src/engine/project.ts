/**
 * The CLI's way in: a Program from a tsconfig, built and analysed with ts-morph's bundled TypeScript
 * module (the one that created the Program). The ESLint rules go through analyze() with typescript-eslint's
 * Program and the user's `typescript` instead; the engine itself never imports either copy.
 *
 * The Program comes from `ts.createProgram` over the parsed tsconfig, as `tsc` builds it, not from a
 * ts-morph Project: ts-morph's host resolved NodeNext imports of an ESM project to the packages'
 * CommonJS typings as well (`.d.cts`, its source files carry no module format), which loaded drizzle-orm
 * twice and doubled the checker's work.
 *
 * With a cache folder (`check --cache`), the facts of the last run are read from it (incremental-cache.ts),
 * only the project files whose content hash changed and the files importing them are analysed again, and the
 * cache is rewritten.
 */
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { ts } from 'ts-morph';
import type * as TS from 'typescript';
import type { ManifestData } from '../manifest/schema.js';
import { cacheFile, cacheKey, environmentHash, hash, readCache, writeCache } from './incremental-cache.js';
import { analyzeIncremental, type IncrementalOptions, type IncrementalResult } from './incremental.js';
import type { Model } from './model.js';

export interface ProjectAnalysis {
  model: Model;
  program: TS.Program;
  /** Milliseconds spent building the Program (parse + bind) and in the engine, for the stats line. */
  timings: { programMs: number; analysisMs: number };
  /** With a cache: how many project files were analysed (the others' facts came from the cache), and why all were. */
  cache?: { analysed: number; files: number; fullReason?: string };
}

export interface ProjectOptions {
  /** The cache folder (`check --cache`); `warn` reports a cache that cannot be used. */
  cache?: { dir: string; warn: (message: string) => void };
}

export function analyzeProject(tsconfig: string, manifest: ManifestData, options: ProjectOptions = {}): ProjectAnalysis {
  const file = resolve(tsconfig);
  const t0 = performance.now();
  const program = createProgram(file);
  const t1 = performance.now();
  const TSM = ts as unknown as typeof TS;
  const base: IncrementalOptions = { program, manifest, ts: TSM, rootDir: dirname(file) };
  if (!options.cache) {
    const model = analyzeIncremental(base).model;
    return { model, program, timings: { programMs: t1 - t0, analysisMs: performance.now() - t1 } };
  }
  const { dir, warn } = options.cache;
  const path = cacheFile(dir, file);
  const root = `${dirname(file)}/`;
  const own = (sf: TS.SourceFile) => !sf.isDeclarationFile && !sf.fileName.includes('/node_modules/') && sf.fileName.startsWith(root);
  const files = program.getSourceFiles();
  const hashes: Record<string, string> = {};
  for (const sf of files) if (own(sf)) hashes[sf.fileName] = hash(sf.text);
  const environment = environmentHash(files.filter((sf) => !own(sf)));
  const key = cacheKey(TSM, manifest, program.getCompilerOptions());
  const cached = readCache(path, key, warn);
  let result: IncrementalResult;
  try {
    result = analyzeIncremental({
      ...base,
      ...(cached ? { previous: { state: cached.state, unchanged: (sf: TS.SourceFile) => cached.hashes[sf.fileName] === hashes[sf.fileName], environmentUnchanged: cached.environment === environment } } : {}),
    });
  } catch (e) {
    if (!cached) throw e;
    warn(`the cache ${path} could not be used (${(e as Error).message}); analysing everything and writing it again`);
    result = analyzeIncremental(base);
  }
  try {
    writeCache(path, dir, { key, environment, hashes, state: result.state });
  } catch (e) {
    warn(`could not write the cache ${path} (${(e as Error).message}); the next run will analyse everything`);
  }
  const cache = { analysed: result.analysed.length, files: result.model.files.length, ...(result.fullReason ? { fullReason: result.fullReason } : {}) };
  return { model: result.model, program, timings: { programMs: t1 - t0, analysisMs: performance.now() - t1 }, cache };
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
