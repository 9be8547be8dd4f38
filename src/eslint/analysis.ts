/**
 * The analysis the eight ESLint rules share. typescript-eslint hands every rule of one lint run the same
 * ts.Program, so the Model and the findings of ALL checks are cached per Program (WeakMap) and per loaded
 * manifest: the first rule to run analyses, the other seven read the cache.
 *
 * Editor path: with `projectService` every edit produces a new Program. Per manifest and project folder the
 * facts of the last analysis are kept with the SourceFile objects it saw; the next Program re-analyses only
 * the files whose text changed and the files importing them (src/engine/incremental.ts; a project the language
 * service reloaded re-parses every file, and a file of the same text counts as unchanged), and
 * reuses the facts of the others; when the edit leaves the file's outline and its functions' summaries as they
 * were (a statement appended, a body changed without changing what it does to its arguments), the importers
 * are not re-analysed either. A library or lib file of another text, changed compiler options (beyond
 * diagnostic-only ones), or an added or removed file, make it analyse everything again.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
// The user's `typescript` (a peer dependency), the copy typescript-eslint built the Program with.
import ts from 'typescript';
import type * as TS from 'typescript';
import { analyzeIncremental, type IncrementalState } from '../engine/incremental.js';
import { projectFileTest } from '../engine/project-files.js';
import { prismaSchemas } from '../engine/stores/prisma.js';
import { checkModel, type CheckResult, type Finding } from '../results/run.js';
import { ruleLevelDiagnostics } from '../results/levels.js';
import { BaselineError, fingerprintsOf, readBaseline } from '../results/baseline.js';
import type { Deletion, Model } from '../engine/model.js';
import { formatDiagnostic } from '../manifest/diagnostics.js';
import { findManifest, readManifest, type Manifest } from '../manifest/load.js';
import type { AnalysisMemo } from '../engine/analysis.js';

export interface Analysis {
  model: Model;
  /** Every check's findings and suppressed findings (ESLint's directives left to ESLint). */
  result: CheckResult;
  /** Every check's findings, by normalised file name, then by rule. */
  byFile: Map<string, Map<string, Finding[]>>;
  /** The findings that came from another file, by the normalised name of the file where their data entered, then by rule. */
  bySource: Map<string, Map<string, Finding[]>>;
}

/**
 * What a rule gets for one file: its findings, and the findings elsewhere whose data entered in this file (to
 * report at the source too, when settings ask for it); or a setup problem to report once on line 1.
 */
export type FileResult = { findings: readonly Finding[]; fromHere: readonly Finding[] } | { problem: { key: string; message: string } };

/** The plugin's shared settings (`settings: { privacy: { … } }` in eslint.config). */
export interface PrivacySettings {
  /** The baseline file (relative to ESLint's working directory): findings it lists are not reported, as in `check --baseline`. */
  baseline?: string;
  /** Also report a cross-file finding at the line where its data entered, when that file is linted (default false). */
  reportAtSource?: boolean;
}

/**
 * How often the expensive steps ran (for tests: one analysis per Program, one load per manifest version, and
 * how many files the last analysis re-analysed, which of them, and why everything was when it was).
 */
export const stats: { analyses: number; manifestLoads: number; filesAnalysed: number; lastAnalysed: string[]; lastFullReason: string | undefined; lastEnvironmentChange: string | undefined; lastMs: number; lastTimings: Record<string, number | Record<string, number>> } = {
  analyses: 0,
  manifestLoads: 0,
  filesAnalysed: 0,
  lastAnalysed: [],
  lastFullReason: undefined,
  lastEnvironmentChange: undefined,
  lastMs: 0,
  lastTimings: {},
};

/** The last analysis per manifest and project folder: its facts, and the SourceFiles (all of the Program's) it saw. */
interface Previous {
  state: IncrementalState;
  memo: AnalysisMemo;
  /** The Model's deletions: the next analysis reuses them when no analysed file's retention parts changed. */
  deletions: readonly Deletion[];
  sources: Map<string, ts.SourceFile>;
  options: ts.CompilerOptions;
  /** The Prisma schemas' text: not part of the Program, but stores and encrypted fields come from them. */
  schemas: string;
}
const previous = new WeakMap<Manifest, Map<string, Previous>>();

const manifests = new Map<string, { mtimeMs: number; size: number; manifest?: Manifest; error?: string }>();
const analyses = new WeakMap<ts.Program, WeakMap<Manifest, Analysis | { error: string }>>();
const reported = new Set<string>();
/** findManifest per folder, remembered for one Program (one lint run; a new Program looks again). */
const nearest = new WeakMap<ts.Program, Map<string, string | undefined>>();

/** The findings of one check for one file, analysing the program on first use. */
export function findingsFor(program: ts.Program, file: string, rule: string, manifestOption: string | undefined, cwd: string, settings: PrivacySettings = {}): FileResult {
  const path = manifestOption === undefined ? nearestManifest(program, dirname(file)) : resolve(cwd, manifestOption);
  if (path === undefined) {
    return problem('no-manifest', `No privacy.yaml found in ${dirname(file)} or any folder above it, so no privacy/* rule can run. Write one with "privacy-lint init", or set the rule option { manifest: "path/to/privacy.yaml" }.`);
  }
  const loaded = manifestAt(path);
  if (!loaded.manifest) return problem(`manifest:${path}:${loaded.mtimeMs}`, `The privacy manifest is invalid, so no privacy/* rule ran: ${loaded.error}`);

  let perManifest = analyses.get(program);
  if (!perManifest) analyses.set(program, (perManifest = new WeakMap()));
  let analysis = perManifest.get(loaded.manifest);
  if (!analysis) {
    analysis = run(program, loaded.manifest);
    perManifest.set(loaded.manifest, analysis);
  }
  if ('error' in analysis) return problem(`analysis:${analysis.error}`, analysis.error);
  const key = normalise(file);
  const fromHere = analysis.bySource.get(key)?.get(rule) ?? [];
  const findings = analysis.byFile.get(key)?.get(rule) ?? [];
  if (settings.baseline === undefined) return { findings, fromHere };
  const known = baselineOf(analysis, resolve(cwd, settings.baseline));
  if ('problem' in known) return known;
  return { findings: findings.filter((f) => !known.has(f)), fromHere: fromHere.filter((f) => !known.has(f)) };
}

/** Per analysis and baseline file (by mtime and size): the findings the baseline lists. */
const baselines = new WeakMap<Analysis, Map<string, { mtimeMs: number; size: number; known: Set<Finding> | { problem: { key: string; message: string } } }>>();

function baselineOf(analysis: Analysis, path: string): Set<Finding> | { problem: { key: string; message: string } } {
  const st = statSync(path, { throwIfNoEntry: false });
  let byPath = baselines.get(analysis);
  if (!byPath) baselines.set(analysis, (byPath = new Map()));
  const cached = byPath.get(path);
  if (cached && cached.mtimeMs === (st?.mtimeMs ?? -1) && cached.size === (st?.size ?? -1)) return cached.known;
  let known: Set<Finding> | { problem: { key: string; message: string } };
  try {
    const baseline = readBaseline(path);
    const listed = new Set(baseline.entries.map((e) => e.fingerprint));
    const prints = fingerprintsOf(analysis.result, dirname(path));
    known = new Set([...prints].filter(([, p]) => listed.has(p)).map(([f]) => f));
  } catch (e) {
    if (!(e instanceof BaselineError)) throw e;
    known = { problem: { key: `baseline:${path}:${st?.mtimeMs ?? -1}`, message: `The privacy baseline cannot be used, so no privacy/* rule ran: ${e.diagnostics.map(formatDiagnostic).join('; ')}. Fix it, or write it again with "privacy-lint check --update-baseline --baseline ${path}".` } };
  }
  byPath.set(path, { mtimeMs: st?.mtimeMs ?? -1, size: st?.size ?? -1, known });
  return known;
}

/** True the first time a key is seen in this process: setup problems are reported once, not per file and rule. */
export function firstReport(key: string): boolean {
  if (reported.has(key)) return false;
  reported.add(key);
  return true;
}

/** Forget what was reported and cached (tests only). */
export function resetForTests(): void {
  reported.clear();
  manifests.clear();
  stats.analyses = 0;
  stats.manifestLoads = 0;
  stats.filesAnalysed = 0;
  stats.lastAnalysed = [];
  stats.lastFullReason = undefined;
  stats.lastEnvironmentChange = undefined;
}

function nearestManifest(program: ts.Program, dir: string): string | undefined {
  let byDir = nearest.get(program);
  if (!byDir) nearest.set(program, (byDir = new Map()));
  if (!byDir.has(dir)) byDir.set(dir, findManifest(dir));
  return byDir.get(dir);
}

/** The manifest at `path`, loaded once and again only when the file's mtime or size changes. */
function manifestAt(path: string): { mtimeMs: number; manifest?: Manifest; error?: string } {
  const st = statSync(path, { throwIfNoEntry: false });
  const mtimeMs = st?.mtimeMs ?? -1;
  const size = st?.size ?? -1;
  const known = manifests.get(path);
  if (known && known.mtimeMs === mtimeMs && known.size === size) return known;
  stats.manifestLoads++;
  const result = readManifest(path);
  const errors = [...result.diagnostics.filter((d) => d.severity === 'error'), ...(result.manifest ? ruleLevelDiagnostics(result.manifest) : [])];
  const entry = result.manifest && errors.length === 0
    ? { mtimeMs, size, manifest: result.manifest }
    : { mtimeMs, size, error: `${errors.map(formatDiagnostic).join('; ')}. Run "privacy-lint validate --manifest ${path}" for every problem.` };
  manifests.set(path, entry);
  return entry;
}

function run(program: ts.Program, manifest: Manifest): Analysis | { error: string } {
  stats.analyses++;
  const started = performance.now();
  try {
    const rootDir = rootDirOf(program, manifest);
    let byRoot = previous.get(manifest);
    if (!byRoot) previous.set(manifest, (byRoot = new Map()));
    const prev = byRoot.get(rootDir);
    const sources = new Map(program.getSourceFiles().map((sf) => [sf.fileName, sf] as const));
    const options = program.getCompilerOptions();
    const config = options['configFilePath'];
    const own = projectFileTest(rootDir, { includeTests: true });
    const schemas = prismaSchemas(ts.sys, typeof config === 'string' ? config : undefined, program.getSourceFiles().filter(own).map((sf) => sf.fileName)).fingerprint;
    const change = prev ? environmentChange(prev, sources, options, rootDir, schemas) : undefined;
    stats.lastEnvironmentChange = change;
    const result = analyzeIncremental({
      program,
      manifest: manifest.data,
      ts: ts as unknown as typeof TS,
      rootDir,
      ...(prev ? { previous: { state: prev.state, unchanged: (sf: TS.SourceFile) => sameFile(prev.sources.get(sf.fileName), sf as unknown as ts.SourceFile), environmentUnchanged: change === undefined, memo: prev.memo, deletions: prev.deletions, before: (f: string) => prev.sources.get(f) as TS.SourceFile | undefined } } : {}),
    });
    byRoot.set(rootDir, { state: result.state, memo: result.memo, deletions: result.model.deletions, sources, options, schemas });
    stats.filesAnalysed += result.analysed.length;
    stats.lastAnalysed = result.analysed;
    stats.lastFullReason = result.fullReason;
    stats.lastTimings = result.timings;
    const model = result.model;
    // ESLint applies its own disable directives to what the rules report; applying them here too would leave them
    // "unused" in ESLint's eyes (reportUnusedDisableDirectives).
    const checked = checkModel(model, manifest.data, { eslintDirectives: false });
    const byFile: Analysis['byFile'] = new Map();
    const bySource: Analysis['bySource'] = new Map();
    for (const f of checked.findings) {
      add(byFile, f.location.file, f);
      const source = f.flow[0]?.location.file;
      if (source !== undefined && source !== f.location.file) add(bySource, source, f);
    }
    stats.lastMs = performance.now() - started;
    return { model, result: checked, byFile, bySource };
  } catch (e) {
    return { error: `privacy-lint could not analyse this program (${(e as Error).message}); no privacy/* rule ran. Please report it with the file that triggers it.` };
  }
}

function add(map: Map<string, Map<string, Finding[]>>, file: string, f: Finding): void {
  const key = normalise(file);
  let rules = map.get(key);
  if (!rules) map.set(key, (rules = new Map()));
  const name = f.ruleId.slice('privacy/'.length);
  const list = rules.get(name);
  if (list) list.push(f);
  else rules.set(name, [f]);
}

/**
 * Compiler options as text, for comparison. `configFile` (the parsed tsconfig's SourceFile, attached by the
 * project service) is left out: a re-read of an unchanged tsconfig gives a new one whose internals differ.
 * So are the IGNORED_OPTIONS below.
 */
function optionsText(options: ts.CompilerOptions): string {
  return JSON.stringify(options, (key, value: unknown) => (IGNORED_OPTIONS.has(key) ? undefined : value));
}

/**
 * Options that change neither types nor symbols, only which diagnostics tsc reports or how the editor opens
 * files: tsserver sets allowNonTsExtensions on a reloaded project, and the unused-code checks are diagnostics.
 * A Program that differs from the last one only in these keeps the last analysis's facts.
 */
const IGNORED_OPTIONS = new Set(['configFile', 'allowNonTsExtensions', 'noUnusedLocals', 'noUnusedParameters', 'noEmit', 'noErrorTruncation', 'pretty', 'diagnostics', 'extendedDiagnostics']);

function environmentChange(prev: Previous, sources: ReadonlyMap<string, ts.SourceFile>, options: ts.CompilerOptions, rootDir: string, schemas: string): string | undefined {
  if (prev.options !== options && optionsText(prev.options) !== optionsText(options)) {
    const keys = [...new Set([...Object.keys(prev.options), ...Object.keys(options)])].filter((k) => optionsText({ [k]: prev.options[k] }) !== optionsText({ [k]: options[k] }));
    return `compiler options (${keys.sort().join(', ')})`;
  }
  if (prev.schemas !== schemas) return 'the Prisma schema';
  if (prev.sources.size !== sources.size) return `${prev.sources.size} -> ${sources.size} files in the Program`;
  // the project's files, tests too: an edited test is not a new environment (the analysis leaves it out anyway)
  const own = projectFileTest(rootDir, { includeTests: true });
  for (const [name, sf] of sources) {
    if (own(sf)) continue;
    const before = prev.sources.get(name);
    // A reloaded project (tsserver re-opening it with other options) re-parses lib files and typings: the
    // same text declares the same types, so only a different text changes the environment.
    if (!sameFile(before, sf)) return `${name} (${before ? 'a changed text' : 'new in the Program'})`;
  }
  return undefined;
}

/**
 * The same file for the analysis: the same SourceFile object, or (a project the language service reloaded, which
 * re-parses every file) one with the same text. Types and facts depend on the text, not on the object.
 */
function sameFile(before: ts.SourceFile | undefined, sf: ts.SourceFile): boolean {
  return before === sf || (before !== undefined && before.text === sf.text);
}

/**
 * The project's own files are those under the tsconfig's folder, as for the CLI (analyzeProject); a Program
 * without a tsconfig (projectService's default project) falls back to the manifest's folder.
 */
function rootDirOf(program: ts.Program, manifest: Manifest): string {
  const config = program.getCompilerOptions()['configFilePath'];
  return typeof config === 'string' ? dirname(config) : dirname(resolve(manifest.file));
}

function problem(key: string, message: string): FileResult {
  return { problem: { key, message } };
}

/** ESLint gives OS paths, the Program forward slashes; case is folded where the file system folds it. */
export function normalise(file: string): string {
  const p = resolve(file).replace(/\\/g, '/');
  return ts.sys.useCaseSensitiveFileNames ? p : p.toLowerCase();
}
