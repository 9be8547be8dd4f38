/**
 * Incremental analysis: re-analyse only the files an edit can affect, reuse the FileFacts (facts.ts) of the
 * others, and assemble the Model from facts. The editor keeps the state in memory between Programs
 * (src/eslint/analysis.ts), `check --cache` on disk (src/cli/cache.ts); a cold analysis is the same code
 * with every file to analyse, so both paths join facts the same way.
 *
 * Which files: changed = project files whose text changed (the caller says how it knows: the same SourceFile
 * object, or the same content hash); dirty = changed plus every file that imports a changed one, directly or
 * not (a file's facts depend on its own code and on what it imports: callees' summaries, constants, types).
 * When unsure it analyses everything: a file added or removed, a changed file that is not a module or declares
 * globals, a changed library or lib file, different compiler options, or a dirty file that declares stores
 * (the store registry is global: SQL names tables declared anywhere).
 */
import type * as TS from 'typescript';
import type { ManifestData } from '../manifest/schema.js';
import { collectAnnotations } from './annotations.js';
import { brandDeclared } from './brand.js';
import { type FileFacts, flowFacts, functionsOf, joinDeletions, joinFlows, retentionFacts } from './facts.js';
import { Context, type ContextMemo } from './flow/context.js';
import { Frame, type Summary } from './flow/evaluator.js';
import type { Val } from './flow/value.js';
import { unresolvedPackages } from './flow/targets.js';
import { ItemResolver } from './items.js';
import type { Deletion, Model, Skipped } from './model.js';
import type { StoreRegistry } from './stores/registry.js';
import { CallGraph } from './stores/callgraph.js';
import { ADAPTERS, attributeRegistry, type RegistryFacts, registry, registryFacts, registryTouched, seedRegistry, storesOf } from './stores/index.js';
import { collectSuppressions } from './suppressions.js';

/** What one analysis leaves for the next: plain data (it is written to disk as JSON by `check --cache`). */
export interface IncrementalState {
  /** Project files in Program order, with their facts. */
  files: Array<{ file: string; facts: FileFacts }>;
  /** Project file -> the project files it imports (resolved by the checker). */
  imports: Record<string, string[]>;
  /** Project files that are not modules or declare globals: a change to one re-analyses everything. */
  globals: string[];
  registry: RegistryFacts;
}

export interface IncrementalOptions {
  program: TS.Program;
  manifest: ManifestData;
  ts: typeof TS;
  rootDir?: string;
  /** Record in each file's facts the fingerprints of its summaries, so that a later run without a memo (check --cache) can tell an edit its importers cannot see. */
  effects?: boolean;
  /** The previous analysis of the same project and manifest, and which files are unchanged since. */
  previous?: {
    state: IncrementalState;
    /** True when `sf` has the text the previous analysis saw. */
    unchanged: (sf: TS.SourceFile) => boolean;
    /** False when a library, lib file or the compiler options changed: everything is analysed again. */
    environmentUnchanged: boolean;
    /** The previous result's memo, when its Program shares the SourceFile objects of unchanged files (editor). */
    memo?: ContextMemo;
    /** The SourceFile the previous analysis saw for a file (editor), or one parsed from its text (cache), to tell an edit its importers cannot see. */
    before?: (fileName: string) => TS.SourceFile | undefined;
    /**
     * The Program holds only the files to analyse and what they import (check --cache): the other project files
     * are as in the state. Whatever would need the whole Program makes analyzePartial say so instead.
     */
    partial?: boolean;
  };
}

export interface IncrementalResult {
  model: Model;
  state: IncrementalState;
  /** The project files analysed this time (all of them in a cold run), in Program order. */
  analysed: string[];
  /** Why everything was analysed, when it was and there was a previous state. */
  fullReason?: string;
  /** Summaries and class fields for the next analysis of a Program sharing this one's unchanged SourceFiles. */
  memo: ContextMemo;
  /** Milliseconds per step: registry, flows (frames and summaries), retention (facts), join; and per file analysed (flows). */
  timings: Record<'registry' | 'flows' | 'retention' | 'join', number> & { files: Record<string, number> };
}

export function analyzeIncremental(options: IncrementalOptions): IncrementalResult {
  const { program } = options;
  const root = options.rootDir?.replace(/\/?$/, '/');
  const isProjectFile = (sf: TS.SourceFile) =>
    !sf.isDeclarationFile && !sf.fileName.includes('/node_modules/') && (root === undefined || sf.fileName.startsWith(root));
  const files = program.getSourceFiles().filter(isProjectFile);
  const prev = options.previous;
  if (prev) {
    try {
      return incrementally(options, isProjectFile, files, prev);
    } catch (e) {
      // A state that does not fit this Program (a bug, or a cache written by hand): analyse everything.
      return { ...(run(options, isProjectFile, files, undefined, undefined) as IncrementalResult), fullReason: `the previous analysis could not be reused (${(e as Error).message})` };
    }
  }
  return run(options, isProjectFile, files, undefined, undefined) as IncrementalResult;
}

/** analyzeIncremental on a partial Program (previous.partial): the result, or why the whole Program is needed. */
export function analyzePartial(options: IncrementalOptions & { previous: NonNullable<IncrementalOptions['previous']> }): IncrementalResult | { needsFullProgram: string } {
  const root = options.rootDir?.replace(/\/?$/, '/');
  const isProjectFile = (sf: TS.SourceFile) =>
    !sf.isDeclarationFile && !sf.fileName.includes('/node_modules/') && (root === undefined || sf.fileName.startsWith(root));
  const files = options.program.getSourceFiles().filter(isProjectFile);
  const prev = options.previous;
  try {
    const plan = dirtyFiles(options.ts, files, prev);
    if (typeof plan === 'string') return { needsFullProgram: plan };
    const present = new Set(files.map((sf) => sf.fileName));
    const missing = [...plan.dirty].find((f) => !present.has(f));
    if (missing) return { needsFullProgram: `${missing} is not in the partial Program` };
    const result = run(options, isProjectFile, files, plan.dirty, prev.state, prev.memo, plan.contained);
    if (typeof result === 'string') return { needsFullProgram: result };
    if ('retry' in result) return { needsFullProgram: `the summaries of ${result.retry.join(', ')} changed` };
    return result;
  } catch (e) {
    return { needsFullProgram: (e as Error).message };
  }
}

/** The previous state reused: dirty files analysed (their importers too when a contained file's summaries changed), or everything when it must be. */
function incrementally(options: IncrementalOptions, isProjectFile: (sf: TS.SourceFile) => boolean, files: readonly TS.SourceFile[], prev: NonNullable<IncrementalOptions['previous']>): IncrementalResult {
  const plan = dirtyFiles(options.ts, files, prev);
  if (typeof plan === 'string') return { ...(run(options, isProjectFile, files, undefined, undefined) as IncrementalResult), fullReason: plan };
  let result = run(options, isProjectFile, files, plan.dirty, prev.state, prev.memo, plan.contained);
  // An edit whose summaries turned out to differ: its importers after all.
  if (typeof result !== 'string' && 'retry' in result) result = run(options, isProjectFile, files, closure(prev.state, result.retry, plan.dirty), prev.state, prev.memo, new Set());
  if (typeof result !== 'string' && !('retry' in result)) return result;
  return { ...(run(options, isProjectFile, files, undefined, undefined) as IncrementalResult), fullReason: typeof result === 'string' ? result : 'summaries changed twice' };
}

/**
 * The files to re-analyse, or why everything must be. A changed file is *contained* (its importers stay clean)
 * when the previous SourceFile is at hand (editor) and its outline is the same (outline(): its declarations
 * with the bodies of explicitly typed functions left out, at the same positions); run() then checks that its
 * functions' summaries and class fields came out the same, else its importers are analysed after all.
 */
function dirtyFiles(ts: typeof TS, files: readonly TS.SourceFile[], prev: NonNullable<IncrementalOptions['previous']>): { dirty: Set<string>; contained: Set<string> } | string {
  if (!prev.environmentUnchanged) return 'compiler options, libraries or lib files changed';
  const state = prev.state;
  const known = new Set(state.files.map((f) => f.file));
  if (files.some((sf) => !known.has(sf.fileName)) || (!prev.partial && files.length !== known.size)) return 'files were added or removed';
  return planDirty(ts, state, files.filter((sf) => !prev.unchanged(sf)), prev.before, !!prev.memo);
}

/** The dirty files for `changed` (see dirtyFiles), or why everything must be analysed. */
function planDirty(ts: typeof TS, state: IncrementalState, changed: readonly TS.SourceFile[], before: ((file: string) => TS.SourceFile | undefined) | undefined, memo: boolean): { dirty: Set<string>; contained: Set<string> } | string {
  const globals = new Set(state.globals);
  for (const sf of changed) {
    if (globals.has(sf.fileName) || isGlobal(ts, sf)) return `${sf.fileName} is not a module or declares globals`;
  }
  const contained = new Set<string>();
  const effects = new Map(state.files.map((f) => [f.file, f.facts.effects]));
  for (const sf of changed) {
    const old = (memo || effects.get(sf.fileName)) && before?.(sf.fileName);
    if (old && outline(ts, old) === outline(ts, sf)) contained.add(sf.fileName);
  }
  const dirty = closure(state, changed.map((sf) => sf.fileName).filter((f) => !contained.has(f)), new Set(contained));
  const declaring = state.registry.files.find((f) => dirty.has(f) || f === '(unknown)');
  if (declaring) return `${declaring} adds to the store registry`;
  return { dirty, contained };
}

/** The files a partial Program must hold for `changed` files given by their texts before and after (check --cache), or why the whole Program is needed. */
export function planFromTexts(ts: typeof TS, state: IncrementalState, changed: ReadonlyArray<{ file: string; before?: string; after: string }>): string[] | string {
  const parse = (file: string, text: string) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const olds = new Map(changed.flatMap((c) => (c.before === undefined ? [] : [[c.file, parse(c.file, c.before)] as const])));
  const plan = planDirty(ts, state, changed.map((c) => parse(c.file, c.after)), (f) => olds.get(f), false);
  return typeof plan === 'string' ? plan : [...plan.dirty];
}

/** `from` plus every file importing one of them, directly or not, added to `into`. */
function closure(state: IncrementalState, from: readonly string[], into: Set<string>): Set<string> {
  const dirty = new Set(into);
  if (from.length === 0) return dirty; // an edit contained in its file: no importer to look for
  const importers = new Map<string, string[]>();
  for (const [f, tos] of Object.entries(state.imports)) {
    for (const to of tos) {
      const list = importers.get(to);
      if (list) list.push(f);
      else importers.set(to, [f]);
    }
  }
  const queue = [...from];
  for (const f of from) dirty.add(f);
  while (queue.length > 0) {
    for (const f of importers.get(queue.shift()!) ?? []) if (!dirty.has(f)) (dirty.add(f), queue.push(f));
  }
  return dirty;
}

/**
 * What other files can see of a file without calling into it: every top-level statement but expression
 * statements, with its position, the bodies of functions, methods and constructors that declare their
 * return type (or need none) left out (their effect is in their summaries, compared after the analysis),
 * and the positions of all functions (call-graph facts of other files name functions by position).
 */
export function outline(ts: typeof TS, sf: TS.SourceFile): string {
  const out: string[] = [];
  const cut: Array<[number, number]> = [];
  const visit = (n: TS.Node): void => {
    if (ts.isFunctionLike(n)) {
      out.push(`fn@${n.pos}`);
      const body = (n as { body?: TS.Node }).body;
      if (body && (n.type !== undefined || ts.isConstructorDeclaration(n) || ts.isSetAccessor(n))) cut.push([body.getStart(sf), body.end]);
    }
    ts.forEachChild(n, visit);
  };
  if (/\.[cm]?jsx?$/.test(sf.fileName)) return sf.text; // JavaScript: bodies declare class members; no outline
  for (const st of sf.statements) {
    if (ts.isExpressionStatement(st)) continue;
    visit(st);
    const start = st.getStart(sf);
    let text = '';
    let at = start;
    for (const [a, b] of cut.filter(([a, b]) => a >= start && b <= st.end)) {
      if (a < at) continue;
      text += `${sf.text.slice(at, a)}{…}`;
      at = b;
    }
    text += sf.text.slice(at, st.end);
    const p = sf.getLineAndCharacterOfPosition(start);
    out.push(`${p.line}:${p.character}:${text}`);
  }
  return out.join('\n');
}

/** One analysis: of `dirty` files with the others' facts from `state`, or of every file when `dirty` is undefined. */
function run(options: IncrementalOptions, isProjectFile: (sf: TS.SourceFile) => boolean, files: readonly TS.SourceFile[], dirty: Set<string> | undefined, state: IncrementalState | undefined, memo?: ContextMemo, contained: ReadonlySet<string> = new Set()): IncrementalResult | { retry: string[] } | string {
  const { program, manifest, ts } = options;
  const checker = program.getTypeChecker();
  const items = new ItemResolver(ts, checker, manifest, brandDeclared(program));
  const cx = new Context(ts, program, checker, items, manifest, isProjectFile);
  if (dirty && memo) {
    // Only what belongs to this Program's SourceFiles: after a project reload a file of the same text is a new
    // SourceFile whose summaries are computed again, and the old tree must not be carried forward.
    const current = new Set(program.getSourceFiles());
    cx.inherit(limit(memo, (sf) => current.has(sf) && !dirty.has(sf.fileName)));
  }
  const todo = dirty ? files.filter((sf) => dirty.has(sf.fileName)) : files;
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  if (state) seedRegistry(cx, state.registry, todo);
  const r = registry(cx);
  const timings = { registry: lap(), flows: 0, retention: 0, join: 0, files: {} as Record<string, number> };
  if (state) {
    const touched = [...registryTouched(cx)].find((f) => !state.registry.files.includes(f));
    if (touched) return `${touched} adds to the store registry`;
  }
  const cached = new Map(state?.files.map((f) => [f.file, f.facts]) ?? []);

  const fresh = new Map<string, Omit<FileFacts, 'flows'>>();
  const skippedOf = new Map<string, Skipped[]>();
  for (const sf of todo) {
    const skipped: Skipped[] = [];
    const syntax = program.getSyntacticDiagnostics(sf);
    if (syntax.length > 0) {
      const d = syntax[0]!;
      const pos = d.start === undefined ? undefined : sf.getLineAndCharacterOfPosition(d.start);
      const where = pos ? `:${pos.line + 1}:${pos.character + 1}` : '';
      skipped.push({ file: sf.fileName, reason: `syntax error${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')} (analysed as far as it parses)` });
    }
    attributeRegistry(cx, sf.fileName);
    const started = performance.now();
    try {
      cx.within(sf.fileName, () => new Frame(cx, undefined, true).run(sf));
      for (const fn of functionsOf(ts, sf)) cx.summary(fn);
    } catch (e) {
      skipped.push({ file: sf.fileName, reason: `internal error: ${(e as Error).message}` });
    }
    if (dirty) timings.files[sf.fileName] = performance.now() - started;
    skippedOf.set(sf.fileName, skipped);
  }
  timings.flows = lap();
  if (contained.size > 0) {
    const changedShape = [...contained].filter((file) => {
      const sf = files.find((f) => f.fileName === file)!;
      const before = memo ? memoEffects(cx, memo, file) : new Map(Object.entries(cached.get(file)?.effects ?? {}));
      return !sameMaps(before, effectsOf(cx, sf));
    });
    if (changedShape.length > 0) return { retry: changedShape };
  }
  const graph = new CallGraph(cx);
  for (const sf of todo) {
    attributeRegistry(cx, sf.fileName);
    const retention = retentionFacts(cx, r, graph, sf, ADAPTERS);
    fresh.set(sf.fileName, {
      file: sf.fileName,
      annotations: collectAnnotations(ts, [sf]),
      suppressions: collectSuppressions([sf]),
      unresolvedPackages: unresolvedPackages(ts, checker, [sf]),
      ...retention,
      skipped: [...skippedOf.get(sf.fileName)!, ...retention.skipped],
      ...(options.effects ? { effects: Object.fromEntries(effectsOf(cx, sf)) } : {}),
    });
  }
  attributeRegistry(cx, undefined);
  timings.retention = lap();
  if (state) {
    const touched = [...registryTouched(cx)].find((f) => !state.registry.files.includes(f));
    if (touched) return `${touched} adds to the store registry`;
  }

  // In Program order; a partial Program (check --cache) holds only some project files: the state's order then.
  const order = options.previous?.partial && state ? state.files.map((f) => f.file) : files.map((sf) => sf.fileName);
  const facts: FileFacts[] = order.map((file) => {
    const own = fresh.get(file);
    return own ? { ...own, flows: flowFacts(cx, file) } : cached.get(file)!;
  });
  const regFacts = state ? state.registry : registryFacts(cx);
  // When no analysed file's retention parts changed (the usual edit), the last Model's deletions still hold:
  // joinDeletions walks the call graph from every root, the slowest join on a large project.
  const sameRetention = !!state && !!dirty && [...fresh].every(([file, own]) => retentionText(own) === retentionText(cached.get(file)));
  const model = assemble(facts, regFacts, r, manifest, sameRetention ? lastDeletions.get(state!) : undefined);
  const present = new Map(files.map((sf) => [sf.fileName, sf]));
  const imports: Record<string, string[]> = {};
  for (const file of order) {
    const sf = present.get(file);
    imports[file] = sf && (!dirty || dirty.has(file)) ? importsOf(ts, checker, sf, isProjectFile) : (state?.imports[file] ?? []);
  }
  const globals = order.filter((file) => {
    const sf = present.get(file);
    return sf && (!dirty || dirty.has(file)) ? isGlobal(ts, sf) : (state?.globals.includes(file) ?? false);
  });
  timings.join = lap();
  const next: IncrementalState = { files: facts.map((f) => ({ file: f.file, facts: f })), imports, globals, registry: regFacts };
  lastDeletions.set(next, model.deletions);
  return {
    model,
    timings,
    memo: cx.memo(() => true),
    state: next,
    analysed: todo.map((sf) => sf.fileName),
  };
}

/** Fingerprints of a file's summaries and class fields now, by position (compared with the previous run's). */
function effectsOf(cx: Context, sf: TS.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const fn of functionsOf(cx.ts, sf)) out.set(`${fn.pos}`, fingerprint(summaryText(cx, cx.summary(fn))));
  const ts = cx.ts;
  const classes = (n: TS.Node): void => {
    const f = ts.isClassLike(n) ? cx.classFields(n) : undefined;
    if (f && f.size > 0) out.set(`class@${n.pos}`, fingerprint(JSON.stringify([...f].map(([k, v]) => [k, valText(v)]))));
    ts.forEachChild(n, classes);
  };
  classes(sf);
  return out;
}

/** The same fingerprints from the previous analysis's memo (editor). */
function memoEffects(cx: Context, memo: ContextMemo, file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [fn, s] of memo.summaries) if (fn.getSourceFile().fileName === file) out.set(`${fn.pos}`, fingerprint(summaryText(cx, s)));
  for (const [cls, f] of memo.fields) if (f.size > 0 && cls.getSourceFile().fileName === file) out.set(`class@${cls.pos}`, fingerprint(JSON.stringify([...f].map(([k, v]) => [k, valText(v)]))));
  return out;
}

function sameMaps(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of b) if (a.get(k) !== v) return false;
  return true;
}

/** cyrb53: a 53-bit string hash (the engine stays free of Node's crypto), as hex. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

function summaryText(cx: Context, s: Summary): string {
  return JSON.stringify({
    returns: valText(s.returns),
    hits: s.hits.map((h) => ({ at: cx.location(h.at), sink: h.sink, val: valText(h.val) })),
    thisFields: [...s.thisFields].map(([k, v]) => [k, valText(v)]),
  });
}

function valText(v: Val): unknown {
  return { labels: v.labels, params: v.params, ...(v.fields ? { fields: [...v.fields].map(([k, f]) => [k, valText(f)]) } : {}) };
}

function limit(memo: ContextMemo, keep: (sf: TS.SourceFile) => boolean): ContextMemo {
  const summaries = new Map([...memo.summaries].filter(([fn]) => keep(fn.getSourceFile())));
  const fields = new Map([...memo.fields].filter(([cls]) => keep(cls.getSourceFile())));
  return { summaries, fields };
}

/** The deletions of the Model assembled with a state (read-only: a later Model may share them). */
const lastDeletions = new WeakMap<IncrementalState, readonly Deletion[]>();

/** What joinDeletions reads of a file's facts, as text. */
function retentionText(f: Omit<FileFacts, 'flows'> | undefined): string {
  return f ? JSON.stringify([f.deletions, f.roots, f.workers, f.defined, f.repeats, f.everies, f.events, f.functions]) : '';
}

/**
 * The Model from facts: flows merged per sink call, stores, deletions with their triggers (no Program needed).
 * `deletions`: the joined deletions of a Model built from the same retention facts, registry and manifest.
 */
export function assemble(facts: readonly FileFacts[], regFacts: RegistryFacts, r: Pick<StoreRegistry, 'stores' | 'ttls' | 'cascades'>, manifest: ManifestData, deletions?: readonly Deletion[]): Model {
  const flows = joinFlows(facts);
  return {
    flows,
    annotations: facts.flatMap((f) => f.annotations),
    suppressions: facts.flatMap((f) => f.suppressions),
    stores: storesOf(r, flows),
    deletions: deletions ? [...deletions] : joinDeletions(facts, r, manifest.events ?? {}),
    files: facts.map((f) => f.file).sort(),
    skipped: [...facts.flatMap((f) => f.skipped), ...regFacts.errors],
    unresolvedPackages: [...new Set(facts.flatMap((f) => f.unresolvedPackages))].sort(),
  };
}

/** The project files a file imports or re-exports (import, export from, import x = require, import(), require(), import types). */
function importsOf(ts: typeof TS, checker: TS.TypeChecker, sf: TS.SourceFile, isProjectFile: (sf: TS.SourceFile) => boolean): string[] {
  const out = new Set<string>();
  const resolve = (spec: TS.Node | undefined) => {
    if (!spec || !ts.isStringLiteralLike(spec)) return;
    const sym = checker.getSymbolAtLocation(spec);
    for (const d of sym?.declarations ?? []) {
      const file = d.getSourceFile();
      if (file !== sf && isProjectFile(file)) out.add(file.fileName);
    }
  };
  const visit = (node: TS.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) resolve(node.moduleSpecifier);
    else if (ts.isExternalModuleReference(node)) resolve(node.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) resolve(node.argument.literal);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) resolve(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return [...out].sort();
}

/** A script (no import or export) or a file declaring globals or ambient modules: any file may depend on it. */
function isGlobal(ts: typeof TS, sf: TS.SourceFile): boolean {
  if (!ts.isExternalModule(sf)) return true;
  return sf.statements.some((s) => ts.isModuleDeclaration(s) && (ts.isStringLiteral(s.name) || (s.flags & ts.NodeFlags.GlobalAugmentation) !== 0));
}
