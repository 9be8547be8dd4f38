/**
 * The CLI's way in: Programs from tsconfigs, built and analysed with ts-morph's bundled TypeScript module (the one
 * that created the Programs). The ESLint rules go through analyze() with typescript-eslint's Program and the user's
 * `typescript` instead; the engine itself never imports either copy.
 *
 * Projects (loadProjects): the tsconfigs given, with the projects they reference, followed transitively (a
 * solution-style tsconfig, `{ "files": [], "references": [...] }`, contributes its references only), each after
 * the projects it references. A tsconfig that cannot be read, parsed or validated is a problem with its file,
 * line and column, as tsc reports it; so is a project with no input files.
 *
 * Each project's Program is built from its parsed tsconfig as `tsc` builds it (not from a ts-morph Project:
 * ts-morph's host resolved NodeNext imports of an ESM project to the packages' CommonJS typings as well, which
 * loaded drizzle-orm twice), with the sources of referenced projects in place of their built declarations, as an
 * editor sees them (`useSourceOfProjectReferenceRedirect`): calls into another package of a monorepo reach its
 * functions' bodies, so flows cross package boundaries. Lib files and declaration files are parsed once for all
 * projects.
 *
 * Project code (isProjectCode): files that are not declarations, not under node_modules, and inside the workspace
 * (workspaceRoot: the folder of the monorepo holding the tsconfig) or inside an analysed project's folder; source
 * reached through a path alias or a workspace package is project code. Each file is analysed once, by the first
 * project (references first) whose tsconfig lists it or, for a file no tsconfig lists, whose Program reaches it;
 * the Model is joined from every project's facts (facts.ts), so deletions, stores and events join across packages.
 *
 * With a cache folder (`check --cache`), each project's facts of the last run are read from its cache file
 * (incremental-cache.ts), only the files whose content hash changed and the files importing them are analysed
 * again, and the cache is rewritten.
 */
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { ts } from 'ts-morph';
import type * as TS from 'typescript';
import type { ManifestData } from '../manifest/schema.js';
import type { FileFacts, IncrementalState } from './facts.js';
import { cacheFile, cacheKey, type CachedFile, environmentHash, fileShape, hash, type Loaded, readCache, writeCache } from './incremental-cache.js';
import { prismaSchemas } from './stores/prisma.js';
import { outlineFingerprint, planFromTexts } from './dirty.js';
import { analyzeIncremental, analyzePartial, type IncrementalOptions, type IncrementalResult, type Previous } from './incremental.js';
import { assemble } from './join.js';
import { isTestFile, projectFileTest, testFilesOf, workspaceRoot } from './project-files.js';
import type { Model, Skipped } from './model.js';
import { type RegistryFacts, registryFromFacts } from './stores/index.js';
import { collectSuppressions } from './suppressions.js';
import { walk } from './syntax.js';

export interface ProjectAnalysis {
  model: Model;
  /** The last project's Program; undefined when the cache answered without one. */
  program?: TS.Program;
  /** Milliseconds spent building Programs (parse + bind) and in the engine, for the stats line. */
  timings: { programMs: number; analysisMs: number };
  /** With a cache: how many project files were analysed (the others' facts came from the cache), and why all were. */
  cache?: { analysed: number; files: number; fullReason?: string };
  /** The tsconfigs analysed (absolute paths), in the order they were: references first. */
  projects: string[];
  /** Files of the projects that were not analysed, with why (the Model's `skipped` says what failed inside files). */
  notAnalysed: Skipped[];
  /** Source files of the Programs outside the project (reached through an import or a path alias): read for their types only. */
  outside: string[];
  /** The functions the project declares, per file (declaredFunctions), for checking the names the manifest gives. */
  functions: Array<{ file: string; names: string[] }>;
  /** The `events.<id>.code` handlers the engine found in the project. */
  eventCodes: string[];
}

export interface ProjectOptions {
  /** The cache folder (`check --cache`); `warn` reports a cache that cannot be used. */
  cache?: { dir: string; warn: (message: string) => void };
  /** Called as each project is analysed and as files are analysed, for a progress display. */
  progress?: (event: ProgressEvent) => void;
  /** Analyse only these projects (tsconfigs) of the loaded ones (the others are analysed with another manifest). */
  only?: ReadonlySet<string>;
  /** File -> the project that analyses it, shared by the calls analysing one run's projects (each file is analysed once). */
  owners?: Map<string, string>;
  /** Analyse test files too (check --include-tests); by default they are left out (project-files.ts). */
  includeTests?: boolean;
}

/** Reading a project's files into its Program (`files` parsed so far), or analysing them (`done` of `total`). */
export type ProgressEvent = { phase: 'program'; project: string; files: number } | { phase: 'analysis'; project: string; done: number; total: number };

/** A tsconfig problem, as tsc reports it: the file, the 1-based line and column where there is one, the message. */
export interface TsconfigProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface Project {
  /** Absolute path. */
  tsconfig: string;
  parsed: TS.ParsedCommandLine;
}

export interface Projects {
  /** The projects with files, references before the projects referencing them. */
  projects: Project[];
  /** Solution-style tsconfigs (no files of their own, only references): followed, not analysed themselves. */
  solutions: string[];
  problems: TsconfigProblem[];
  /** Where project code may live (isProjectCode): the workspace root, or the projects' folders. */
  roots: string[];
}

/** A tsconfig that cannot be used; analyzeProject throws it (the CLI reports loadProjects' problems itself). */
export class TsconfigError extends Error {
  constructor(readonly problems: readonly TsconfigProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'TsconfigError';
  }
}

export function formatProblem(p: TsconfigProblem): string {
  return `${p.file}${p.line === undefined ? '' : `:${p.line}:${p.column ?? 1}`}: ${p.message}`;
}

/**
 * The projects to analyse for the tsconfigs given: each with the projects it references (transitively), references
 * first, each once. `implicitReferences` adds references a tsconfig does not write (workspace dependencies).
 */
export function loadProjects(tsconfigs: readonly string[], implicitReferences: ReadonlyMap<string, readonly string[]> = new Map()): Projects {
  const problems: TsconfigProblem[] = [];
  const projects: Project[] = [];
  const solutions: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const extended = new Map<string, TS.ExtendedConfigCacheEntry>();
  const visit = (file: string): void => {
    if (state.has(file)) return; // done, or a reference cycle (tsc reports those; each project is analysed once)
    state.set(file, 'visiting');
    const parsed = parseConfig(file, problems, extended);
    if (parsed) {
      const refs = parsed.projectReferences ?? [];
      refs.forEach((ref, i) => {
        const target = ts.resolveProjectReferencePath(ref);
        if (ts.sys.fileExists(target)) visit(resolve(target));
        else {
          const written = relative(dirname(file), ref.path).split('\\').join('/') || '.';
          problems.push({ file, ...jsonPosition(file, ['references', i, 'path']), message: `references[${i}]: "${written}" has no tsconfig.json; fix the path or remove the reference` });
        }
      });
      const implicit = (implicitReferences.get(file) ?? []).filter((t) => !refs.some((r) => resolve(ts.resolveProjectReferencePath(r)) === t));
      for (const other of implicit) visit(other);
      const withImplicit = implicit.length === 0 ? parsed : { ...parsed, projectReferences: [...refs, ...implicit.map((path) => ({ path }))] };
      if (parsed.fileNames.length > 0) projects.push({ tsconfig: file, parsed: withImplicit });
      else if (refs.length > 0) solutions.push(file);
      else if (!problems.some((p) => p.file === file)) problems.push({ file, message: 'the tsconfig names no input files; check "files" and "include"' });
    }
    state.set(file, 'done');
  };
  for (const t of tsconfigs) visit(resolve(t));
  const roots = new Set<string>();
  for (const p of projects) roots.add(workspaceRoot(ts.sys, dirname(p.tsconfig)) ?? dirname(p.tsconfig));
  return { projects, solutions, problems, roots: [...roots].sort() };
}

/** The parsed tsconfig, or undefined when it cannot be used; its problems (syntax, options, extends, no inputs) are pushed. */
function parseConfig(file: string, problems: TsconfigProblem[], extended: Map<string, TS.ExtendedConfigCacheEntry>): TS.ParsedCommandLine | undefined {
  if (/\.([cm]?[jt]sx?)$/.test(file) && !/\.json$/.test(file)) {
    problems.push({ file, message: 'is a source file, not a tsconfig: --project takes a tsconfig.json (or the folder holding one)' });
    return undefined;
  }
  const found: TS.Diagnostic[] = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(file, undefined, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => found.push(d as unknown as TS.Diagnostic) }, extended);
  if (parsed) found.push(...(ts.getConfigFileParsingDiagnostics(parsed) as unknown as TS.Diagnostic[]));
  const errors = found.filter((d) => d.category === ts.DiagnosticCategory.Error);
  const seen = new Set<string>();
  for (const d of errors) {
    const p = problemOf(d, file);
    const key = formatProblem(p);
    if (!seen.has(key)) (seen.add(key), problems.push(p));
  }
  return parsed && errors.length === 0 ? (parsed as unknown as TS.ParsedCommandLine) : undefined;
}

/** A tsc diagnostic as a problem: at its position, or at the key it is about (extends, include) when tsc gives none. */
function problemOf(d: TS.Diagnostic, tsconfig: string): TsconfigProblem {
  const message = `${ts.flattenDiagnosticMessageText(d.messageText as string, ' ')} (TS${d.code})`;
  if (d.file && d.start !== undefined) {
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return { file: d.file.fileName, line: line + 1, column: character + 1, message };
  }
  // TS5083 "Cannot read file" of an extends target; TS18003 "No inputs were found": point at the key.
  const key = d.code === 18003 ? (jsonPosition(tsconfig, ['include']).line !== undefined ? ['include'] : ['files']) : d.code === 5083 && ts.sys.fileExists(tsconfig) ? ['extends'] : undefined;
  const at = key ? jsonPosition(tsconfig, key) : {};
  const hint = d.code === 18003 ? '; fix "include" (or "files") so it names the project\'s sources' : d.code === 5083 && key ? '; fix the path in "extends": without it, its options (strict, paths, types) are lost' : '';
  return { file: tsconfig, ...at, message: `${message}${hint}` };
}

/** Where a key of a tsconfig (JSON with comments) is written, 1-based; nothing when it is not there. */
function jsonPosition(file: string, path: ReadonlyArray<string | number>): { line?: number; column?: number } {
  const text = ts.sys.readFile(file);
  if (text === undefined) return {};
  const sf = ts.parseJsonText(file, text);
  let node: TS.Node | undefined = sf.statements[0]?.expression as unknown as TS.Node | undefined;
  let at: TS.Node | undefined;
  for (const part of path) {
    if (node && ts.isObjectLiteralExpression(node as never)) {
      const prop = (node as unknown as TS.ObjectLiteralExpression).properties.find((p) => p.name && (p.name as TS.StringLiteral).text === part) as TS.PropertyAssignment | undefined;
      at = prop;
      node = prop?.initializer;
    } else if (node && ts.isArrayLiteralExpression(node as never) && typeof part === 'number') {
      node = (node as unknown as TS.ArrayLiteralExpression).elements[part];
      at = node;
    } else node = undefined;
    if (!node) break;
  }
  if (!at) return {};
  const { line, character } = sf.getLineAndCharacterOfPosition(at.getStart(sf as unknown as TS.SourceFile));
  return { line: line + 1, column: character + 1 };
}

/** Loads the projects of the tsconfigs (TsconfigError on a problem) and analyses them. */
export function analyzeProject(tsconfig: string | readonly string[], manifest: ManifestData, options: ProjectOptions = {}): ProjectAnalysis {
  const loaded = loadProjects(typeof tsconfig === 'string' ? [tsconfig] : tsconfig);
  if (loaded.problems.length > 0) throw new TsconfigError(loaded.problems);
  return analyzeProjects(loaded, manifest, options);
}

/** Every project analysed (each file once, by its owner), the Model joined from all their facts. */
export function analyzeProjects(loaded: Projects, manifest: ManifestData, options: ProjectOptions = {}): ProjectAnalysis {
  const env = new SharedHost(loaded);
  const timings = { programMs: 0, analysisMs: 0 };
  // The project whose tsconfig lists a file owns it; a file no tsconfig lists, the first Program that reaches it.
  const owner = options.owners ?? new Map<string, string>();
  for (const p of loaded.projects) for (const f of p.parsed.fileNames) if (!owner.has(f)) owner.set(f, p.tsconfig);
  const runs: Run[] = [];
  const selected = loaded.projects.filter((p) => !options.only || options.only.has(p.tsconfig));
  for (const project of selected) {
    const owns = (sf: TS.SourceFile): boolean => {
      if (!env.isProjectCode(sf) || env.unparsable.has(sf.fileName)) return false;
      let o = owner.get(sf.fileName);
      if (o === undefined) owner.set(sf.fileName, (o = project.tsconfig));
      return o === project.tsconfig;
    };
    const run = analyseOne(project, manifest, env, owns, options);
    timings.programMs += run.timings.programMs;
    timings.analysisMs += run.timings.analysisMs;
    runs.push(run);
  }
  // the tsconfigs' files left out as tests, said the same way whether the cache answered or not
  const scope = { tests: manifest.tests, includeTests: options.includeTests };
  const tests = [...new Set(selected.flatMap((p) => testFilesOf(p.parsed.fileNames.map((f) => ({ fileName: f, isDeclarationFile: /\.d\.[cm]?ts$/.test(f) })), dirname(p.tsconfig), scope)))].sort();
  const withTests = (m: Model): Model => {
    if (tests.length > 0) m.testFiles = tests;
    else delete m.testFiles;
    return m;
  };
  const notAnalysed = [...env.unparsable].sort().map((file) => ({ file, reason: "not analysed: it nests too deeply for TypeScript's parser (tsc cannot compile it either)" }));
  const outside = [...env.outside].filter((f) => !owner.has(f)).sort();
  const projects = selected.map((p) => p.tsconfig);
  const functions = runs.flatMap((r) => Object.entries(r.functions).map(([file, names]) => ({ file, names })));
  const eventCodes = [...new Set(runs.flatMap((r) => r.state.files.flatMap((f) => f.facts.events.map((e) => e.code))))].sort();
  const last = runs.at(-1);
  const program = last?.program;
  const cacheOf = (r: Run) => r.cache;
  const cached = runs.map(cacheOf).filter((c): c is NonNullable<Run['cache']> => c !== undefined);
  const cache = cached.length === 0 ? undefined : {
    analysed: cached.reduce((n, c) => n + c.analysed, 0),
    files: cached.reduce((n, c) => n + c.files, 0),
    ...(cached.some((c) => c.fullReason) ? { fullReason: [...new Set(cached.flatMap((c) => (c.fullReason ? [c.fullReason] : [])))].join('; ') } : {}),
  };
  const base = { timings, projects, notAnalysed, outside, functions, eventCodes, ...(program ? { program } : {}), ...(cache ? { cache } : {}) };
  if (runs.length === 1 && runs[0]!.model) return { model: withTests(runs[0]!.model), ...base };
  const t = performance.now();
  const facts: FileFacts[] = runs.flatMap((r) => r.state.files.map((f) => f.facts));
  const registry = mergeRegistries(runs.map((r) => r.state.registry));
  const model = withTests(assemble(facts, registry, registryFromFacts(registry), manifest));
  timings.analysisMs += performance.now() - t;
  return { model, ...base };
}

/** One project's analysis: its state (the facts of the files it owns), and its own Model when it was joined. */
interface Run {
  state: IncrementalState;
  /** Owned file -> the functions it declares. */
  functions: Record<string, string[]>;
  model?: Model;
  program?: TS.Program;
  timings: { programMs: number; analysisMs: number };
  cache?: { analysed: number; files: number; fullReason?: string };
}

function analyseOne(project: Project, manifest: ManifestData, env: SharedHost, ownsAny: (sf: TS.SourceFile) => boolean, options: ProjectOptions): Run {
  const file = project.tsconfig;
  const parsed = project.parsed;
  const t0 = performance.now();
  const TSM = ts as unknown as typeof TS;
  const includeTests = options.includeTests === true;
  // The files this project analyses: its own, tests left out (they are neither analysed nor its environment)
  const isTest = isTestFile(dirname(file), { tests: manifest.tests, includeTests });
  const owns = (sf: TS.SourceFile): boolean => ownsAny(sf) && !isTest(sf.fileName);
  const base = { manifest, ts: TSM, rootDir: dirname(file), includeTests, isProjectFile: env.isProjectCode, analyse: owns };
  const progress = options.progress;
  const build = (rootNames?: readonly string[]) => env.program(project, rootNames, progress && ((files) => progress({ phase: 'program', project: file, files })));
  const counted = progress && ((done: number, total: number) => progress({ phase: 'analysis', project: file, done, total }));
  const analyse = (o: IncrementalOptions): IncrementalResult => analyzeIncremental({ ...o, ...(counted ? { progress: counted } : {}) });
  const cacheOptions = options.cache;
  if (!cacheOptions) {
    const program = build();
    const t1 = performance.now();
    const result = analyse({ ...base, program });
    const functions = Object.fromEntries(program.getSourceFiles().filter(owns).map((sf) => [sf.fileName, declaredFunctions(TSM, sf)]));
    return { state: result.state, model: result.model, program, functions, timings: { programMs: t1 - t0, analysisMs: performance.now() - t1 } };
  }
  const { dir, warn } = cacheOptions;
  const path = cacheFile(dir, file);
  const key = cacheKey(TSM, manifest, parsed.options, includeTests);
  const cached = readCache(path, key, warn);
  const write = (content: Loaded) => {
    try {
      writeCache(path, dir, { key, ...content });
    } catch (e) {
      warn(`could not write the cache ${path} (${(e as Error).message}); the next run will analyse everything`);
    }
  };
  // The files this project's tsconfig lists and owns (a file listed by an earlier project is that project's).
  const roots = parsed.fileNames.filter((f) => owns({ fileName: f, isDeclarationFile: /\.d\.[cm]?ts$/.test(f) } as TS.SourceFile));
  const diff = cached && compareWithCache(cached, roots, (f) => env.readFile(f), file);
  if (cached && diff && diff.changed.length === 0) {
    try {
      const quick = fromFacts(cached, diff, manifest);
      write(quick.content);
      return { state: quick.content.state, model: quick.model, functions: namesOf(quick.content.files), timings: { programMs: 0, analysisMs: performance.now() - t0 }, cache: { analysed: 0, files: quick.model.files.length } };
    } catch (e) {
      warn(`the cache ${path} could not be used (${(e as Error).message}); analysing everything and writing it again`);
    }
  }

  const previousOf = (c: Loaded, files: Record<string, CachedFile>, environmentUnchanged: boolean, partial: boolean): Previous => ({
    state: c.state,
    unchanged: (sf: TS.SourceFile) => c.files[sf.fileName]?.hash === files[sf.fileName]?.hash,
    environmentUnchanged,
    before: (f: string) => c.files[f]?.outline,
    ...(partial ? { partial } : {}),
  });
  // Code changed: a Program holding only the files to analyse and what they import, when that is enough.
  if (cached && diff) {
    const planned = planFromTexts(TSM, cached.state, [...diff.changed, ...diff.trivia].map((f) => ({ file: f, ...(cached.files[f] ? { before: cached.files[f].outline } : {}), after: diff.texts[f]! })));
    if (typeof planned !== 'string') {
      const program = build(planned);
      const t1 = performance.now();
      const partial = analyzePartial({ ...base, program, effects: true, previous: previousOf(cached, diff.files, true, true), ...(counted ? { progress: counted } : {}) });
      if (!('needsFullProgram' in partial)) {
        write({ environment: cached.environment, environmentFiles: cached.environmentFiles, files: diff.files, state: partial.state });
        return { state: partial.state, model: partial.model, program, functions: namesOf(diff.files), timings: { programMs: t1 - t0, analysisMs: performance.now() - t1 }, cache: { analysed: partial.analysed.length, files: partial.model.files.length } };
      }
    }
  }

  const program = build();
  const t1 = performance.now();
  const all = program.getSourceFiles();
  const files: Record<string, CachedFile> = {};
  for (const sf of all) if (owns(sf)) files[sf.fileName] = fileShape(TSM, sf, outlineFingerprint(TSM, sf), declaredFunctions(TSM, sf));
  // Libraries, lib files, other projects' files and the Prisma schemas: a change there re-analyses everything.
  const outside = all.filter((sf) => !ownsAny(sf));
  const environment = environmentHash([...outside, prismaEnvironment(file, Object.keys(files))])!;
  const full: IncrementalOptions = { ...base, program, effects: true };
  let result: IncrementalResult;
  try {
    result = analyse({ ...full, ...(cached ? { previous: previousOf(cached, files, cached.environment === environment, false) } : {}) });
  } catch (e) {
    if (!cached) throw e;
    warn(`the cache ${path} could not be used (${(e as Error).message}); analysing everything and writing it again`);
    result = analyse(full);
  }
  write({ environment, environmentFiles: outside.map((sf) => sf.fileName), files, state: result.state });
  const cache = { analysed: result.analysed.length, files: result.model.files.length, ...(result.fullReason ? { fullReason: result.fullReason } : {}) };
  return { state: result.state, model: result.model, program, functions: namesOf(files), timings: { programMs: t1 - t0, analysisMs: performance.now() - t1 }, cache };
}

function namesOf(files: Record<string, CachedFile>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(files).map(([f, c]) => [f, c.functions]));
}

/**
 * The functions a file declares with a body, by the names the manifest uses for them: `fn` (a function, or a const
 * holding one), `Class.method` and `object.method` (a method, or a property holding a function; `default.method` for
 * `export default { … }`).
 */
export function declaredFunctions(ts: typeof TS, sf: TS.SourceFile): string[] {
  const out = new Set<string>();
  // a function, or a wrapper's result around one (`export const deleteAccount = validatedActionWithUser(schema,
  // async (data, form, user) => { … })`, `asyncHandler(async (req, res) => …)`): Next.js actions, Express handlers
  const isFn = (e: TS.Node | undefined): boolean =>
    !!e && (ts.isArrowFunction(e) || ts.isFunctionExpression(e) || (ts.isParenthesizedExpression(e) && isFn(e.expression)) || (ts.isCallExpression(e) && e.arguments.some((a) => isFn(a))) || (ts.isAwaitExpression(e) && isFn(e.expression)));
  const nameOf = (n: TS.Node | undefined): string | undefined => (n && (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isPrivateIdentifier(n)) ? n.text : undefined);
  const owner = (member: TS.Node): string | undefined => {
    const p = member.parent;
    if (p && ts.isClassLike(p)) return nameOf(p.name);
    if (p && ts.isObjectLiteralExpression(p) && ts.isVariableDeclaration(p.parent)) return nameOf(p.parent.name);
    if (p && ts.isObjectLiteralExpression(p) && ts.isExportAssignment(p.parent) && !p.parent.isExportEquals) return 'default';
    return undefined;
  };
  walk(ts, sf, (n) => {
    if (ts.isFunctionDeclaration(n) && n.body && n.name) out.add(n.name.text);
    else if (ts.isVariableDeclaration(n) && isFn(n.initializer)) {
      const name = nameOf(n.name);
      if (name) out.add(name);
    } else if ((ts.isMethodDeclaration(n) && n.body) || ((ts.isPropertyDeclaration(n) || ts.isPropertyAssignment(n)) && isFn(n.initializer))) {
      const name = nameOf(n.name);
      const container = owner(n);
      if (name) out.add(container ? `${container}.${name}` : name);
    }
  });
  return [...out].sort();
}

interface Diff {
  files: Record<string, CachedFile>;
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
  const diff: Diff = { files: {}, texts: {}, changed: [], trivia: [] };
  const TSM = ts as unknown as typeof TS;
  for (const { file } of cached.state.files) {
    const text = read(file);
    const before = cached.files[file];
    if (text === undefined || before === undefined) return undefined;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false) as unknown as TS.SourceFile;
    const now = hash(text);
    diff.texts[file] = text;
    if (now === before.hash) {
      diff.files[file] = before;
      continue;
    }
    diff.files[file] = fileShape(TSM, sf, outlineFingerprint(TSM, sf), declaredFunctions(TSM, sf));
    if (diff.files[file].code === before.code) diff.trivia.push(file);
    else diff.changed.push(file);
  }
  return diff;
}

/**
 * The Model straight from the cached facts, with no Program, when only comments between statements changed
 * (the files' code shape is the same): those files' suppression comments are read again, everything else is the
 * cached facts.
 */
function fromFacts(cached: Loaded, diff: Diff, manifest: ManifestData): { model: Model; content: Loaded } {
  const trivia = new Set(diff.trivia);
  const files: FileFacts[] = cached.state.files.map(({ file, facts }) => {
    if (!trivia.has(file)) return facts;
    const sf = ts.createSourceFile(file, diff.texts[file]!, ts.ScriptTarget.Latest, false) as unknown as TS.SourceFile;
    return { ...facts, suppressions: collectSuppressions([sf]) };
  });
  const state = { ...cached.state, files: files.map((facts) => ({ file: facts.file, facts })) };
  const model = assemble(files, state.registry, registryFromFacts(state.registry), manifest);
  return { model, content: { environment: cached.environment, environmentFiles: cached.environmentFiles, files: diff.files, state } };
}

/** The Prisma schemas as part of the environment: what the engine's own search finds (stores/prisma.ts), present or absent. */
function prismaEnvironment(tsconfig: string, projectFiles: readonly string[]): { fileName: string; text: string } {
  return { fileName: '(prisma schemas)', text: prismaSchemas(ts.sys, tsconfig, projectFiles).fingerprint };
}

/** The registries of several projects as one: stores by id, the rest without repeats. */
function mergeRegistries(list: readonly RegistryFacts[]): RegistryFacts {
  const stores = new Map<string, RegistryFacts['stores'][number]>();
  for (const r of list) for (const s of r.stores) if (!stores.has(s.id)) stores.set(s.id, s);
  const unique = <T>(xs: readonly T[]): T[] => {
    const seen = new Set<string>();
    return xs.filter((x) => {
      const k = JSON.stringify(x);
      return seen.has(k) ? false : (seen.add(k), true);
    });
  };
  return {
    stores: [...stores.values()],
    cascades: unique(list.flatMap((r) => r.cascades)),
    ttls: unique(list.flatMap((r) => r.ttls)),
    errors: unique(list.flatMap((r) => r.errors)),
    bySymbol: unique(list.flatMap((r) => r.bySymbol)),
    files: [...new Set(list.flatMap((r) => r.files))].sort(),
    prisma: list.map((r) => r.prisma).join('\n'),
  };
}

/**
 * What the projects of one run share: ts-morph's lib files, the declaration files parsed once for every Program,
 * the parsed tsconfigs (for references), which files could not be parsed, and the project-code test.
 */
class SharedHost {
  readonly unparsable = new Set<string>();
  /** Source files the Programs hold outside the project (isProjectCode false, not declarations, not node_modules). */
  readonly outside = new Set<string>();
  readonly isProjectCode: (sf: TS.SourceFile) => boolean;
  private readonly libs = libFiles();
  private readonly declarations = new Map<string, TS.SourceFile>();
  private readonly configs = new Map<string, TS.ParsedCommandLine>();

  constructor(loaded: Projects) {
    for (const p of loaded.projects) this.configs.set(p.tsconfig, p.parsed);
    // project code whatever its folder; which files are tests is each project's question (analyseOne)
    const code = projectFileTest(undefined, { includeTests: true });
    const roots = [...loaded.roots, ...loaded.projects.map((p) => dirname(p.tsconfig))].map((r) => r.replace(/\/?$/, '/'));
    this.isProjectCode = (sf) => {
      if (!code(sf)) return false;
      if (roots.some((r) => sf.fileName.startsWith(r))) return true;
      if (!/\.json$/.test(sf.fileName)) this.outside.add(sf.fileName);
      return false;
    };
  }

  readFile(file: string): string | undefined {
    return this.libs.libs.get(file) ?? ts.sys.readFile(file);
  }

  program(project: Project, rootNames?: readonly string[], read?: (files: number) => void): TS.Program {
    const parsed = project.parsed;
    const host = this.compilerHost(parsed.options as unknown as ts.CompilerOptions, read);
    const program = ts.createProgram({
      rootNames: rootNames ?? parsed.fileNames,
      options: parsed.options as unknown as ts.CompilerOptions,
      host,
      ...(parsed.projectReferences ? { projectReferences: parsed.projectReferences as unknown as readonly ts.ProjectReference[] } : {}),
    });
    return program as unknown as TS.Program;
  }

  /** ts-morph's bundled TypeScript has no lib folder on disk: the lib files come from ts-morph's own in-memory copy. */
  private compilerHost(options: ts.CompilerOptions, read?: (files: number) => void): ts.CompilerHost {
    let count = 0;
    const { libFolder, libs } = this.libs;
    const host = ts.createCompilerHost(options) as ts.CompilerHost & { useSourceOfProjectReferenceRedirect?: () => boolean };
    const { fileExists, readFile, getSourceFile } = host;
    host.getDefaultLibLocation = () => libFolder;
    host.getDefaultLibFileName = (o) => `${libFolder}/${ts.getDefaultLibFileName(o)}`;
    host.fileExists = (f) => libs.has(f) || fileExists.call(host, f);
    host.readFile = (f) => libs.get(f) ?? readFile.call(host, f);
    // A referenced project's sources instead of its built declarations, as an editor sees them (a public option of
    // TypeScript's watch and language-service hosts, read by createProgram from any host).
    host.useSourceOfProjectReferenceRedirect = () => true;
    host.getParsedCommandLine = (f) => (this.configs.get(resolve(f)) as unknown as ts.ParsedCommandLine | undefined) ?? (ts.getParsedCommandLineOfConfigFile(f, undefined, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined }) ?? undefined);
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreateNewSourceFile) => {
      const opts = typeof languageVersion === 'object' ? languageVersion : { languageVersion };
      const key = /\.d\.[cm]?ts$/.test(fileName) ? `${fileName}\0${opts.languageVersion}\0${opts.impliedNodeFormat ?? ''}\0${opts.jsDocParsingMode ?? ''}\0${options.moduleDetection ?? ''}` : undefined;
      read?.(++count);
      const known = key === undefined || shouldCreateNewSourceFile ? undefined : this.declarations.get(key);
      if (known) return known as unknown as ts.SourceFile;
      let sf: ts.SourceFile | undefined;
      try {
        sf = getSourceFile.call(host, fileName, languageVersion, onError, shouldCreateNewSourceFile);
      } catch (e) {
        // TypeScript's parser is recursive: code nested thousands of levels deep overflows the call stack (tsc
        // fails on it too). That file is left out, said in notAnalysed; the others are analysed.
        if (!(e instanceof RangeError)) throw e;
        this.unparsable.add(fileName);
        sf = ts.createSourceFile(fileName, '', languageVersion);
      }
      if (key !== undefined && sf) this.declarations.set(key, sf as unknown as TS.SourceFile);
      return sf;
    };
    return host;
  }
}

/** The Program `tsc -p tsconfig` would build. */
export function createProgram(tsconfig: string): TS.Program {
  const loaded = loadProjects([tsconfig]);
  const project = loaded.projects.find((p) => p.tsconfig === resolve(tsconfig));
  if (!project) throw new TsconfigError(loaded.problems.length > 0 ? loaded.problems : [{ file: tsconfig, message: 'has no files of its own' }]);
  return new SharedHost(loaded).program(project);
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
