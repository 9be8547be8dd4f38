/**
 * The engine's driver: one analysis of a Program into the Model, cold or incremental. An incremental analysis
 * re-analyses only the files an edit can affect (dirty.ts), reuses the FileFacts (facts.ts) of the others, and
 * assembles the Model from facts (join.ts). The editor keeps the state in memory between Programs
 * (src/eslint/analysis.ts), `check --cache` on disk (incremental-cache.ts); a cold analysis is the same code with
 * every file to analyse, so both paths join facts the same way.
 *
 * One pass (`pass`) in named steps:
 *   1. open:      the Analysis (analysis.ts) with the flow evaluator and the stores plugged in, the last memo inherited;
 *   2. registry:  the store declarations (restored from the state, or read from every file);
 *   3. flows:     every file to analyse evaluated (top level and each function's summary), sink hits recorded;
 *   4. contained: edits that kept their outline must also keep their summaries, or their importers are dirty after all;
 *   5. facts:     each analysed file's facts (flows, annotations, suppressions, retention parts);
 *   6. join:      the Model from the new facts and the state's facts of the other files, and the next state.
 * A pass ends in a result, in a retry with more files (4), or in the reason everything must be analysed (2, 5).
 */
import type * as TS from 'typescript';
import type { ManifestData } from '../manifest/schema.js';
import { Analysis, type AnalysisMemo } from './analysis.js';
import { collectAnnotations } from './annotations.js';
import { brandDeclared } from './brand.js';
import { closure, dirtyFiles, importsOf, isGlobal, type Previous } from './dirty.js';
import { effectsOf, memoEffects, sameMaps } from './effects.js';
import { type FileFacts, flowFacts, functionsOf, type IncrementalState, retentionFacts } from './facts.js';
import { Frame, summarize } from './flow/evaluator.js';
import { hookWrites } from './flow/hooks.js';
import { ItemResolver } from './items.js';
import { assemble } from './join.js';
import type { Model, Skipped } from './model.js';
import { unresolvedPackages } from './packages.js';
import { isTestFile, projectFileTest, type TestScope, testFilesOf } from './project-files.js';
import { CallGraph } from './stores/callgraph.js';
import { StoreAnalysis } from './stores/index.js';
import { collectSuppressions } from './suppressions.js';

export type { IncrementalState } from './facts.js';
export type { Previous } from './dirty.js';

export interface IncrementalOptions {
  program: TS.Program;
  manifest: ManifestData;
  ts: typeof TS;
  rootDir?: string;
  /** Analyse test files too (check --include-tests); by default the manifest's `tests` globs or the conventions leave them out. */
  includeTests?: boolean;
  /** Which files are the project's own code (overrides `rootDir`; the CLI's monorepo test, project.ts). */
  isProjectFile?: (sf: TS.SourceFile) => boolean;
  /**
   * Of the project's files, those this analysis produces facts for (default: all). The others are read as project
   * code (their functions summarised where called, their stores known) but another Program analyses them: the CLI
   * analyses each file of a monorepo once, in the project that owns it.
   */
  analyse?: (sf: TS.SourceFile) => boolean;
  /** Record in each file's facts the fingerprints of its summaries, so that a later run without a memo (check --cache) can tell an edit its importers cannot see. */
  effects?: boolean;
  /** The previous analysis of the same project and manifest, and which files are unchanged since. */
  previous?: Previous;
  /** Called after each file is evaluated, with how many of this pass's files are done (a progress display). */
  progress?: (done: number, total: number) => void;
}

export interface IncrementalResult {
  model: Model;
  state: IncrementalState;
  /** The project files analysed this time (all of them in a cold run), in Program order. */
  analysed: string[];
  /** Why everything was analysed, when it was and there was a previous state. */
  fullReason?: string;
  /** Summaries and class fields for the next analysis of a Program sharing this one's unchanged SourceFiles. */
  memo: AnalysisMemo;
  /** Milliseconds per step: registry, flows (frames and summaries), retention (facts), join; and per file analysed (flows). */
  timings: Timings;
}

type Timings = Record<'registry' | 'flows' | 'retention' | 'join', number> & { files: Record<string, number> };

/** How a pass ends: with a result, with files whose summaries changed (analyse their importers too), or with why everything must be analysed. */
type Outcome = { result: IncrementalResult } | { retry: string[] } | { full: string };

/** A pass over the dirty files of a previous state (undefined: a cold pass over every file). */
interface Plan {
  dirty: ReadonlySet<string>;
  contained: ReadonlySet<string>;
  previous: Previous;
}

export function analyzeIncremental(options: IncrementalOptions): IncrementalResult {
  const files = filesToAnalyse(options);
  const prev = options.previous;
  return withTests(options, (() => {
    if (!prev) return cold(options, files);
    try {
      return incrementally(options, files, prev);
    } catch (e) {
      // A state that does not fit this Program (a bug, or a cache written by hand): analyse everything.
      return cold(options, files, `the previous analysis could not be reused (${(e as Error).message})`);
    }
  })());
}

/** Which files are tests, for the project-file test: the manifest's `tests` globs (or the conventions), unless included. */
export function testScope(options: Pick<IncrementalOptions, 'manifest' | 'includeTests'>): TestScope {
  return { tests: options.manifest.tests, includeTests: options.includeTests };
}

/** The Model with the test files left out (the report says how many, and why). */
function withTests(options: IncrementalOptions, result: IncrementalResult): IncrementalResult {
  const tests = testFilesOf(options.program.getSourceFiles(), options.rootDir, testScope(options));
  if (tests.length > 0) result.model.testFiles = tests;
  return result;
}

/** analyzeIncremental on a partial Program (previous.partial): the result, or why the whole Program is needed. */
export function analyzePartial(options: IncrementalOptions & { previous: Previous }): IncrementalResult | { needsFullProgram: string } {
  const files = filesToAnalyse(options);
  const prev = options.previous;
  try {
    const plan = dirtyFiles(options.ts, files, prev);
    if (typeof plan === 'string') return { needsFullProgram: plan };
    const present = new Set(files.map((sf) => sf.fileName));
    const missing = [...plan.dirty].find((f) => !present.has(f));
    if (missing) return { needsFullProgram: `${missing} is not in the partial Program` };
    const outcome = pass(options, files, { ...plan, previous: prev });
    if ('full' in outcome) return { needsFullProgram: outcome.full };
    if ('retry' in outcome) return { needsFullProgram: `the summaries of ${outcome.retry.join(', ')} changed` };
    return outcome.result;
  } catch (e) {
    return { needsFullProgram: (e as Error).message };
  }
}

/** The project files this analysis produces facts for, in Program order. */
/** The project's own files: the caller's test (a monorepo's, project.ts) or the root's; test files left out unless included. */
function ownFileTest(options: IncrementalOptions): (sf: TS.SourceFile) => boolean {
  if (!options.isProjectFile) return projectFileTest(options.rootDir, testScope(options));
  const own = options.isProjectFile;
  const isTest = isTestFile(options.rootDir, testScope(options));
  return (sf) => own(sf) && !isTest(sf.fileName);
}

function filesToAnalyse(options: IncrementalOptions): TS.SourceFile[] {
  const own = ownFileTest(options);
  const analyse = options.analyse;
  return options.program.getSourceFiles().filter((sf) => own(sf) && (!analyse || analyse(sf)));
}

/** The previous state reused: dirty files analysed (their importers too when a contained file's summaries changed), or everything when it must be. */
function incrementally(options: IncrementalOptions, files: readonly TS.SourceFile[], prev: Previous): IncrementalResult {
  const plan = dirtyFiles(options.ts, files, prev);
  if (typeof plan === 'string') return cold(options, files, plan);
  let outcome = pass(options, files, { ...plan, previous: prev });
  // An edit whose summaries turned out to differ: its importers after all.
  if ('retry' in outcome) outcome = pass(options, files, { dirty: closure(prev.state, outcome.retry, plan.dirty), contained: new Set(), previous: prev });
  if ('result' in outcome) return outcome.result;
  return cold(options, files, 'full' in outcome ? outcome.full : 'summaries changed twice');
}

/** Every file analysed; `reason` says why when there was a previous state. */
function cold(options: IncrementalOptions, files: readonly TS.SourceFile[], reason?: string): IncrementalResult {
  const outcome = pass(options, files, undefined);
  if (!('result' in outcome)) throw new Error('a cold analysis cannot be partial'); // only a plan makes a pass retry or give up
  return reason === undefined ? outcome.result : { ...outcome.result, fullReason: reason };
}

/** One pass: the files of the plan (every file without one) analysed, the others' facts taken from the plan's state. */
function pass(options: IncrementalOptions, files: readonly TS.SourceFile[], plan: Plan | undefined): Outcome {
  const state = plan?.previous.state;
  const todo = plan ? files.filter((sf) => plan.dirty.has(sf.fileName)) : files;
  const clock = stopwatch();

  // 1. open
  const { cx, stores } = open(options, todo, plan);
  // 2. registry (built now, before any file runs, so that what each file adds to it is attributed to that file)
  void stores.registry;
  const timings: Timings = { registry: clock(), flows: 0, retention: 0, join: 0, files: {} };
  const newDeclarer = state && [...stores.touched].find((f) => !state.registry.files.includes(f));
  if (newDeclarer) return { full: `${newDeclarer} adds to the store registry` };
  // 3. flows
  const skipped = new Map<string, Skipped[]>();
  for (const sf of todo) {
    const started = performance.now();
    skipped.set(sf.fileName, evaluateFile(cx, stores, sf));
    if (plan) timings.files[sf.fileName] = performance.now() - started;
    options.progress?.(skipped.size, todo.length);
  }
  timings.flows = clock();
  // 4. contained
  if (plan && plan.contained.size > 0) {
    const changedShape = [...plan.contained].filter((file) => !sameEffects(cx, files.find((f) => f.fileName === file)!, plan.previous));
    if (changedShape.length > 0) return { retry: changedShape };
  }
  // 5. facts
  const fresh = new Map<string, Omit<FileFacts, 'flows'>>();
  const graph = new CallGraph(cx);
  for (const sf of todo) {
    // One file failing (a bug, or code too deep for the analysis) is that file's problem, not the run's.
    try {
      fresh.set(sf.fileName, fileFacts(cx, stores, graph, sf, skipped.get(sf.fileName)!, !!options.effects));
    } catch (e) {
      fresh.set(sf.fileName, emptyFacts(sf.fileName, [...skipped.get(sf.fileName)!, { file: sf.fileName, reason: failure(e) }]));
    }
  }
  stores.attribute(undefined);
  timings.retention = clock();
  const lateDeclarer = state && [...stores.touched].find((f) => !state.registry.files.includes(f));
  if (lateDeclarer) return { full: `${lateDeclarer} adds to the store registry` };
  // 6. join
  const { model, next } = join(options, cx, stores, files, fresh, plan);
  timings.join = clock();
  return { result: { model, timings, memo: cx.memo(() => true), state: next, analysed: todo.map((sf) => sf.fileName) } };
}

/** The Analysis of this pass, with the flow evaluator and the stores plugged in, and the last memo of unchanged files. */
function open(options: IncrementalOptions, todo: readonly TS.SourceFile[], plan: Plan | undefined): { cx: Analysis; stores: StoreAnalysis } {
  const { program, manifest, ts } = options;
  const items = new ItemResolver(ts, program.getTypeChecker(), manifest, brandDeclared(program));
  let stores: StoreAnalysis | undefined;
  const cx = new Analysis({
    ts,
    program,
    items,
    manifest,
    isProjectFile: ownFileTest(options),
    evaluate: summarize,
    hookWrites,
    stores: (a) => (stores = new StoreAnalysis(a, plan ? { facts: plan.previous.state.registry, files: todo } : undefined)),
  });
  const memo = plan?.previous.memo;
  if (plan && memo) {
    // Only what belongs to this Program's SourceFiles: after a project reload a file of the same text is a new
    // SourceFile whose summaries are computed again, and the old tree must not be carried forward.
    const current = new Set(program.getSourceFiles());
    cx.inherit(limit(memo, (sf) => current.has(sf) && !plan.dirty.has(sf.fileName)));
  }
  return { cx, stores: stores! };
}

/** A file evaluated: its top level and every function's summary; what could not be analysed, with why. */
function evaluateFile(cx: Analysis, stores: StoreAnalysis, sf: TS.SourceFile): Skipped[] {
  const ts = cx.ts;
  const skipped: Skipped[] = [];
  const syntax = cx.program.getSyntacticDiagnostics(sf);
  if (syntax.length > 0) {
    const d = syntax[0]!;
    const pos = d.start === undefined ? undefined : sf.getLineAndCharacterOfPosition(d.start);
    const where = pos ? `:${pos.line + 1}:${pos.character + 1}` : '';
    skipped.push({ file: sf.fileName, reason: `syntax error${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')} (analysed as far as it parses)` });
  }
  stores.attribute(sf.fileName);
  try {
    cx.within(sf.fileName, () => new Frame(cx, undefined, true).run(sf));
    for (const fn of functionsOf(ts, sf)) cx.summary(fn);
  } catch (e) {
    skipped.push({ file: sf.fileName, reason: failure(e) });
  }
  return skipped;
}

/** Why a file's analysis stopped: a stack overflow is the code's depth, anything else an internal error (a bug). */
function failure(e: unknown): string {
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'not analysed: its code nests too deeply for the analysis (the call stack ran out)';
  return `not analysed: internal error (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); please report it`;
}

/** Whether a contained file's summaries and class fields came out as the previous analysis had them. */
function sameEffects(cx: Analysis, sf: TS.SourceFile, previous: Previous): boolean {
  const before = previous.memo ? memoEffects(cx, previous.memo, sf.fileName) : new Map(Object.entries(previous.state.files.find((f) => f.file === sf.fileName)?.facts.effects ?? {}));
  return sameMaps(before, effectsOf(cx, sf));
}

/** An analysed file's facts but its flows (taken after every file has run: a later file's call may fill a helper's sink). */
function fileFacts(cx: Analysis, stores: StoreAnalysis, graph: CallGraph, sf: TS.SourceFile, skipped: readonly Skipped[], effects: boolean): Omit<FileFacts, 'flows'> {
  stores.attribute(sf.fileName);
  const retention = retentionFacts(cx, stores, graph, sf);
  return {
    file: sf.fileName,
    annotations: collectAnnotations(cx.ts, [sf]),
    suppressions: collectSuppressions([sf]),
    unresolvedPackages: unresolvedPackages(cx.ts, cx.checker, [sf]),
    ...retention,
    skipped: [...skipped, ...retention.skipped, ...cx.leftOut(sf.fileName)],
    ...(effects ? { effects: Object.fromEntries(effectsOf(cx, sf)) } : {}),
  };
}

/** The facts of a file whose analysis failed: nothing but why. */
function emptyFacts(file: string, skipped: Skipped[]): Omit<FileFacts, 'flows'> {
  return { file, annotations: [], suppressions: [], skipped, unresolvedPackages: [], deletions: [], roots: [], workers: [], defined: [], repeats: [], everies: [], events: [], functions: {} };
}

/** The Model from every file's facts (fresh ones for the analysed files, the state's for the others), and the next state. */
function join(options: IncrementalOptions, cx: Analysis, stores: StoreAnalysis, files: readonly TS.SourceFile[], fresh: ReadonlyMap<string, Omit<FileFacts, 'flows'>>, plan: Plan | undefined): { model: Model; next: IncrementalState } {
  const state = plan?.previous.state;
  const cached = new Map(state?.files.map((f) => [f.file, f.facts]) ?? []);
  // In Program order; a partial Program (check --cache) holds only some project files: the state's order then.
  const order = plan?.previous.partial && state ? state.files.map((f) => f.file) : files.map((sf) => sf.fileName);
  const facts: FileFacts[] = order.map((file) => {
    const own = fresh.get(file);
    return own ? { ...own, ...flowFacts(cx, file) } : cached.get(file)!;
  });
  const regFacts = state ? state.registry : stores.facts();
  // When no analysed file's retention parts changed (the usual edit), the last Model's deletions still hold:
  // joinDeletions walks the call graph from every root, the slowest join on a large project.
  const sameRetention = !!plan && [...fresh].every(([file, own]) => retentionText(own) === retentionText(cached.get(file)));
  const model = assemble(facts, regFacts, stores.registry, options.manifest, sameRetention ? plan.previous.deletions : undefined);

  const present = new Map(files.map((sf) => [sf.fileName, sf]));
  const analysed = (file: string) => !plan || plan.dirty.has(file);
  const imports: Record<string, string[]> = {};
  for (const file of order) {
    const sf = present.get(file);
    // a call through an interface depends on the implementing files as on imports (Analysis.extraDeps)
    imports[file] = sf && analysed(file) ? [...new Set([...importsOf(cx.ts, cx.checker, sf, cx.isProjectFile), ...(cx.extraDeps.get(file) ?? [])])] : (state?.imports[file] ?? []);
  }
  const globals = order.filter((file) => {
    const sf = present.get(file);
    return sf && analysed(file) ? isGlobal(cx.ts, sf) : (state?.globals.includes(file) ?? false);
  });
  return { model, next: { files: facts.map((f) => ({ file: f.file, facts: f })), imports, globals, registry: regFacts } };
}

function limit(memo: AnalysisMemo, keep: (sf: TS.SourceFile) => boolean): AnalysisMemo {
  const summaries = new Map([...memo.summaries].filter(([fn]) => keep(fn.getSourceFile())));
  const fields = new Map([...memo.fields].filter(([cls]) => keep(cls.getSourceFile())));
  return { summaries, fields };
}

/** What joinDeletions reads of a file's facts, as text. */
function retentionText(f: Omit<FileFacts, 'flows'> | undefined): string {
  return f ? JSON.stringify([f.deletions, f.roots, f.workers, f.defined, f.repeats, f.everies, f.events, f.functions]) : '';
}

/** Milliseconds since the last call (or since it was made). */
function stopwatch(): () => number {
  let t = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
}

