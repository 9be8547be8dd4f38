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
import type { FileFacts } from './facts.js';
import { type CacheFile, cacheFile, cacheKey, environmentHash, hash, type Loaded, readCache, sameCode, writeCache } from './incremental-cache.js';
import { prismaSchemas } from './stores/prisma.js';
import { planFromTexts } from './dirty.js';
import { analyzeIncremental, analyzePartial, type IncrementalOptions, type IncrementalResult, type Previous } from './incremental.js';
import { assemble } from './join.js';
import { projectFileTest, testFilesOf } from './project-files.js';
import type { Model } from './model.js';
import { registryFromFacts } from './stores/index.js';
import { collectSuppressions } from './suppressions.js';

export interface ProjectAnalysis {
  model: Model;
  /** Undefined when the cache answered without one (nothing but comments between statements changed). */
  program?: TS.Program;
  /** Milliseconds spent building the Program (parse + bind) and in the engine, for the stats line. */
  timings: { programMs: number; analysisMs: number };
  /** With a cache: how many project files were analysed (the others' facts came from the cache), and why all were. */
  cache?: { analysed: number; files: number; fullReason?: string };
}

export interface ProjectOptions {
  /** The cache folder (`check --cache`); `warn` reports a cache that cannot be used. */
  cache?: { dir: string; warn: (message: string) => void };
  /** Analyse test files too (check --include-tests). */
  includeTests?: boolean;
}

export function analyzeProject(tsconfig: string, manifest: ManifestData, options: ProjectOptions = {}): ProjectAnalysis {
  const result = analyzeProjectFiles(tsconfig, manifest, options);
  // Said the same way on every path, the cache's too: the tsconfig's files that are tests, left out
  const scope = { tests: manifest.tests, includeTests: options.includeTests };
  const files = result.program?.getSourceFiles() ?? parseConfig(resolve(tsconfig)).fileNames.map((f) => ({ fileName: f, isDeclarationFile: /\.d\.[cm]?ts$/.test(f) }));
  const tests = testFilesOf(files, dirname(resolve(tsconfig)), scope);
  if (tests.length > 0) result.model.testFiles = tests;
  else delete result.model.testFiles;
  return result;
}

function analyzeProjectFiles(tsconfig: string, manifest: ManifestData, options: ProjectOptions): ProjectAnalysis {
  const file = resolve(tsconfig);
  const includeTests = options.includeTests === true;
  const t0 = performance.now();
  const parsed = parseConfig(file);
  const host = compilerHost(parsed);
  const TSM = ts as unknown as typeof TS;
  const cacheOptions = options.cache;
  if (!cacheOptions) {
    const program = createProgramFrom(parsed, host);
    const t1 = performance.now();
    const model = analyzeIncremental({ program, manifest, ts: TSM, rootDir: dirname(file), includeTests }).model;
    return { model, program, timings: { programMs: t1 - t0, analysisMs: performance.now() - t1 } };
  }
  const { dir, warn } = cacheOptions;
  const path = cacheFile(dir, file);
  const key = cacheKey(TSM, manifest, parsed.options as TS.CompilerOptions, includeTests);
  const cached = readCache(path, key, warn);
  const write = (content: Omit<CacheFile, 'key'>) => {
    try {
      writeCache(path, dir, { key, ...content });
    } catch (e) {
      warn(`could not write the cache ${path} (${(e as Error).message}); the next run will analyse everything`);
    }
  };

  const diff = cached && compareWithCache(cached, parsed.fileNames, (f) => host.readFile(f), file);
  if (cached && diff && diff.changed.length === 0) {
    const quick = fromFacts(cached, diff, manifest);
    write(quick.content);
    return { model: quick.model, timings: { programMs: 0, analysisMs: performance.now() - t0 }, cache: { analysed: 0, files: quick.model.files.length } };
  }

  const rootDir = dirname(file);
  const previousOf = (c: Loaded, hashes: Record<string, string>, environmentUnchanged: boolean, partial: boolean): Previous => ({
    state: c.state,
    unchanged: (sf: TS.SourceFile) => c.hashes[sf.fileName] === hashes[sf.fileName],
    environmentUnchanged,
    before: (f: string) => (c.texts[f] === undefined ? undefined : (ts.createSourceFile(f, c.texts[f]!, ts.ScriptTarget.Latest, false) as unknown as TS.SourceFile)),
    ...(partial ? { partial } : {}),
  });
  // Code changed: a Program holding only the files to analyse and what they import, when that is enough.
  if (cached && diff) {
    const roots = planFromTexts(TSM, cached.state, [...diff.changed, ...diff.trivia].map((f) => ({ file: f, ...(cached.texts[f] !== undefined ? { before: cached.texts[f] } : {}), after: diff.texts[f]! })));
    if (typeof roots !== 'string') {
      const program = createProgramFrom({ ...parsed, fileNames: roots }, host);
      const t1 = performance.now();
      const partial = analyzePartial({ program, manifest, ts: TSM, rootDir, includeTests, effects: true, previous: previousOf(cached, diff.hashes, true, true) });
      if (!('needsFullProgram' in partial)) {
        write({ environment: cached.environment, environmentFiles: cached.environmentFiles, hashes: diff.hashes, texts: diff.texts, state: partial.state });
        return { model: partial.model, program, timings: { programMs: t1 - t0, analysisMs: performance.now() - t1 }, cache: { analysed: partial.analysed.length, files: partial.model.files.length } };
      }
    }
  }

  const program = createProgramFrom(parsed, host);
  const t1 = performance.now();
  const base: IncrementalOptions = { program, manifest, ts: TSM, rootDir, includeTests, effects: true };
  const own = projectFileTest(rootDir, { tests: manifest.tests, includeTests });
  const tests = new Set(testFilesOf(program.getSourceFiles(), rootDir, { tests: manifest.tests, includeTests }));
  const all = program.getSourceFiles();
  const hashes: Record<string, string> = {};
  const texts: Record<string, string> = {};
  for (const sf of all) if (own(sf)) (hashes[sf.fileName] = hash(sf.text)), (texts[sf.fileName] = sf.text);
  // Libraries, lib files and the Prisma schemas: a change there re-analyses everything.
  const outside = all.filter((sf) => !own(sf) && !tests.has(sf.fileName));
  const environment = environmentHash([...outside, prismaEnvironment(file, Object.keys(hashes))])!;
  let result: IncrementalResult;
  try {
    result = analyzeIncremental({ ...base, ...(cached ? { previous: previousOf(cached, hashes, cached.environment === environment, false) } : {}) });
  } catch (e) {
    if (!cached) throw e;
    warn(`the cache ${path} could not be used (${(e as Error).message}); analysing everything and writing it again`);
    result = analyzeIncremental(base);
  }
  write({ environment, environmentFiles: outside.map((sf) => sf.fileName), hashes, texts, state: result.state });
  const cache = { analysed: result.analysed.length, files: result.model.files.length, ...(result.fullReason ? { fullReason: result.fullReason } : {}) };
  return { model: result.model, program, timings: { programMs: t1 - t0, analysisMs: performance.now() - t1 }, cache };
}

interface Diff {
  hashes: Record<string, string>;
  texts: Record<string, string>;
  /** Project files whose code changed (not only comments between statements). */
  changed: string[];
  /** Files whose text changed in comments between statements only. */
  trivia: string[];
}

/**
 * The project files compared with the cache, without a Program: undefined when the tsconfig names a file the
 * cache does not know, a file cannot be read, or a file outside the project reads differently.
 */
function compareWithCache(cached: Loaded, roots: readonly string[], read: (f: string) => string | undefined, tsconfig: string): Diff | undefined {
  const known = new Set(cached.state.files.map((f) => f.file));
  if (roots.some((f) => !known.has(f))) return undefined;
  const outside = cached.environmentFiles.map((fileName) => ({ fileName, text: read(fileName) }));
  if (environmentHash([...outside, prismaEnvironment(tsconfig, [...known])]) !== cached.environment) return undefined;
  const diff: Diff = { hashes: {}, texts: {}, changed: [], trivia: [] };
  for (const { file } of cached.state.files) {
    const text = read(file);
    if (text === undefined) return undefined;
    diff.hashes[file] = hash(text);
    diff.texts[file] = text;
    if (diff.hashes[file] === cached.hashes[file]) continue;
    const before = cached.texts[file];
    if (before !== undefined && sameCode(ts as unknown as typeof TS, file, before, text)) diff.trivia.push(file);
    else diff.changed.push(file);
  }
  return diff;
}

/**
 * The Model straight from the cached facts, with no Program, when only comments between statements changed
 * (sameCode): those files' suppression comments are read again, everything else is the cached facts.
 */
function fromFacts(cached: Loaded, diff: Diff, manifest: ManifestData): { model: Model; content: Omit<CacheFile, 'key'> } {
  const trivia = new Set(diff.trivia);
  const files: FileFacts[] = cached.state.files.map(({ file, facts }) => {
    if (!trivia.has(file)) return facts;
    const sf = ts.createSourceFile(file, diff.texts[file]!, ts.ScriptTarget.Latest, false) as unknown as TS.SourceFile;
    return { ...facts, suppressions: collectSuppressions([sf]) };
  });
  const state = { ...cached.state, files: files.map((facts) => ({ file: facts.file, facts })) };
  const model = assemble(files, state.registry, registryFromFacts(state.registry), manifest);
  return { model, content: { environment: cached.environment, environmentFiles: cached.environmentFiles, hashes: diff.hashes, texts: diff.texts, state } };
}

/** The Prisma schemas as part of the environment: what the engine's own search finds (stores/prisma.ts), present or absent. */
function prismaEnvironment(tsconfig: string, projectFiles: readonly string[]): { fileName: string; text: string } {
  return { fileName: '(prisma schemas)', text: prismaSchemas(ts.sys, tsconfig, projectFiles).fingerprint };
}

/** The parsed tsconfig (a tsconfig that cannot be read is an error, as in tsc). */
function parseConfig(tsconfig: string): ReturnType<typeof ts.getParsedCommandLineOfConfigFile> & object {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`${tsconfig}: cannot read the tsconfig`);
  return parsed;
}

/** ts-morph's bundled TypeScript has no lib folder on disk: the lib files come from ts-morph's own in-memory copy. */
function compilerHost(parsed: ReturnType<typeof parseConfig>): ReturnType<typeof ts.createCompilerHost> {
  const { libFolder, libs } = libFiles();
  const host = ts.createCompilerHost(parsed.options);
  const { fileExists, readFile } = host;
  host.getDefaultLibLocation = () => libFolder;
  host.getDefaultLibFileName = (options) => `${libFolder}/${ts.getDefaultLibFileName(options)}`;
  host.fileExists = (f) => libs.has(f) || fileExists.call(host, f);
  host.readFile = (f) => libs.get(f) ?? readFile.call(host, f);
  return host;
}

function createProgramFrom(parsed: ReturnType<typeof parseConfig>, host: ReturnType<typeof ts.createCompilerHost>): TS.Program {
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host, ...(parsed.projectReferences ? { projectReferences: parsed.projectReferences } : {}) });
  return program as unknown as TS.Program;
}

/** The Program `tsc -p tsconfig` would build. */
export function createProgram(tsconfig: string): TS.Program {
  const parsed = parseConfig(tsconfig);
  return createProgramFrom(parsed, compilerHost(parsed));
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
