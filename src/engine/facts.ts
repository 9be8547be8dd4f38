/**
 * FileFacts: everything one project file contributes to the Model, as plain JSON data (no ts objects), so that
 * an incremental analysis can keep the facts of unchanged files (in memory for the editor, on disk for
 * `check --cache`) and re-analyse only the files an edit can affect. The Model is always assembled from
 * facts, cold runs included, so a cold and an incremental analysis cannot disagree on how they are joined.
 *
 * A file's facts are what its own code produced: the sink hits recorded while its top-level code or one of
 * its functions ran (a helper's sink reached with a caller's argument belongs to the caller's file), its
 * annotations and suppressions, and its retention parts: deletions, job and event roots, and per function the
 * call-graph edges, the cut-off in its body and its `@retention` tags. The joins (flows merged per sink call,
 * triggers found through the call graph, cascades) run on facts, never on the AST.
 */
import type * as TS from 'typescript';
import type { Analysis } from './analysis.js';
import type { Annotation, Deletion, Flow, Location, Skipped, Step } from './model.js';
import type { Found } from './stores/adapter.js';
import type { CallGraph } from './stores/callgraph.js';
import { cutoffIn } from './stores/durations.js';
import { deletionsAt, VERB } from './stores/evidence.js';
import type { RegistryFacts, StoreAnalysis } from './stores/index.js';
import { sqlDeletions } from './stores/sql.js';
import { resolveCode, scanRoots } from './stores/triggers.js';
import type { Suppression } from './suppressions.js';
import { enclosingFunction, type Fn, functionWithBody, walk } from './syntax.js';
import { fnTags } from './tags.js';

/** A function, named by its file and position (stable while the file's text is). */
export type FnKey = string;

export interface EdgeFact {
  to: FnKey;
  at: Location;
  note: string;
  /** Type parameters of a generic project class the call's receiver binds to stores (StoreRegistry.classBindings). */
  binds?: Record<string, string>;
}

export interface FnFact {
  edges?: EdgeFact[];
  /** The first cut-off in the body (stores/durations.ts). */
  cutoff?: string;
  /** `@retention` tags. */
  retention?: string[];
}

export interface RootFact {
  kind: 'event' | 'job' | 'call';
  name: string;
  location: Location;
  fn: FnKey;
  note: string;
  via?: Step;
  /** The stores an inherited handler's class binds its base's type parameters to (`UserService.forceDelete`). */
  binds?: Record<string, string>;
}

export interface PendingFact {
  queue?: string;
  names: string[];
  name: string;
  location: Location;
  via: string;
}

export interface DeletionFact {
  store: string;
  kind: Deletion['kind'];
  location: Location;
  /** The adapter's own duration (TTLs), else the cut-off in the query. */
  duration?: string;
  note: string;
  /** The function the deletion sits in. */
  fn?: FnKey;
  /** `store` is a generic class's type parameter (Found.param): the joins take the store from a path binding it. */
  param?: true;
  /** The call, for the note of a deletion whose store the joins resolve. */
  what?: string;
  /** Soft, not hard, where the bound store is paranoid (Sequelize destroy() without `force: true`). */
  softIfParanoid?: true;
}

export interface FileFacts {
  file: string;
  flows: Flow[];
  annotations: Annotation[];
  suppressions: Suppression[];
  skipped: Skipped[];
  unresolvedPackages: string[];
  deletions: DeletionFact[];
  roots: RootFact[];
  workers: Array<{ queue?: string; fn: FnKey; location: Location }>;
  defined: Array<{ name: string; fn: FnKey; location: Location }>;
  repeats: PendingFact[];
  everies: PendingFact[];
  /** Functions of this file that the manifest's `events.<id>.code` names. */
  events: Array<{ id: string; code: string; fns: Array<{ fn: FnKey; location: Location; binds?: Record<string, string> }> }>;
  functions: Record<FnKey, FnFact>;
  /** Project functions this file's code called with arguments (Analysis.calledByFile), sorted; absent when none. */
  called?: FnKey[];
  /** Fingerprints of the summaries of the file's functions and of its classes' fields (by position), when asked for (`check --cache`). */
  effects?: Record<string, string>;
}

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

export function fnKey(fn: TS.Node): FnKey {
  return `${fn.getSourceFile().fileName}#${fn.pos}`;
}

/** The hits a file's code recorded (Analysis.hitsByFile), as facts. */
export function flowFacts(cx: Analysis, file: string): Pick<FileFacts, 'flows' | 'called'> {
  const flows = [...(cx.hitsByFile.get(file)?.values() ?? [])].map((h) => ({ sink: h.sink, location: cx.location(h.call), labels: h.labels }));
  const called = [...(cx.calledByFile.get(file) ?? [])].sort();
  return { flows, ...(called.length > 0 ? { called } : {}) };
}

/**
 * A file's retention parts: the deletions the adapters find in it, the roots set up in it, and for each of
 * its functions the call-graph edges, cut-off and tags. Errors reading deletions become the file's `skipped`.
 */
export function retentionFacts(cx: Analysis, stores: StoreAnalysis, graph: CallGraph, sf: TS.SourceFile): Pick<FileFacts, 'deletions' | 'roots' | 'workers' | 'defined' | 'repeats' | 'everies' | 'events' | 'functions' | 'skipped'> {
  const ts = cx.ts;
  const r = stores.registry;
  const errorsBefore = r.errors.length;
  const found: Found[] = [];
  const seen = new Set<string>();
  const push = (f: Found) => {
    const key = `${f.store}|${f.kind}|${f.node.pos}`;
    if (!seen.has(key)) (seen.add(key), found.push(f));
  };
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node)) {
      for (const f of deletionsAt(cx, r, node, stores.adapters)) push(f);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      for (const f of sqlDeletions(r, node)) push(f);
    }
  };
  r.guard(sf, 'deletions', () => walk(ts, sf, visit));
  const deletions: DeletionFact[] = found.map((f) => {
    const fn = f.kind === 'ttl' ? undefined : enclosingFunction(ts, f.node);
    const duration = f.kind === 'ttl' ? f.duration : (f.duration ?? cutoffIn(cx, f.node));
    const generic = f.param ? { param: true as const, what: f.what, ...(f.softIfParanoid ? { softIfParanoid: true as const } : {}) } : {};
    return { store: f.store, kind: f.kind, location: cx.location(f.node), ...(duration ? { duration } : {}), note: `${VERB[f.kind]} ${f.store}: ${f.what}`, ...(fn ? { fn: fnKey(fn) } : {}), ...generic };
  });

  const scan = scanRoots(cx, [sf]);
  const pending = (p: (typeof scan.repeats)[number]): PendingFact => ({ ...(p.queue !== undefined ? { queue: p.queue } : {}), names: p.names, name: p.name, location: cx.location(p.node), via: p.via });
  const events: FileFacts['events'] = [];
  for (const [id, ev] of Object.entries(cx.manifest.events ?? {})) {
    for (const code of ev?.code ?? []) {
      const fns = resolveCode(cx, [sf], code, r);
      if (fns.length > 0) events.push({ id, code, fns: fns.map(({ fn, binds }) => ({ fn: fnKey(fn), location: cx.location(fn), ...(binds ? { binds } : {}) })) });
    }
  }

  const functions: Record<FnKey, FnFact> = {};
  const each = (node: TS.Node): void => {
    if (ts.isFunctionLike(node) && (node as Fn).body) {
      const fn = node as Fn;
      const edges = graph.edges(fn).map((e) => {
        const binds = bindingsAt(cx, r, e.at, e.to);
        return { to: fnKey(e.to), at: cx.location(e.at), note: e.note, ...(binds ? { binds } : {}) };
      });
      const cutoff = fn.body ? cutoffIn(cx, fn.body) : undefined;
      const retention = fnTags(ts, fn, 'retention');
      if (edges.length > 0 || cutoff || retention.length > 0) {
        functions[fnKey(fn)] = { ...(edges.length > 0 ? { edges } : {}), ...(cutoff ? { cutoff } : {}), ...(retention.length > 0 ? { retention } : {}) };
      }
    }
  };
  walk(ts, sf, each);

  return {
    deletions,
    roots: scan.roots.map((x) => ({ kind: x.kind, name: x.name, location: cx.location(x.node), fn: fnKey(x.fn), note: x.note, ...(x.via ? { via: cx.step(x.via.node, x.via.note) } : {}) })),
    workers: scan.workers.map((w) => ({ ...(w.queue !== undefined ? { queue: w.queue } : {}), fn: fnKey(w.fn), location: cx.location(w.node) })),
    defined: [...scan.defined].flatMap(([name, list]) => list.map((d) => ({ name, fn: fnKey(d.fn), location: cx.location(d.node) }))),
    repeats: scan.repeats.map(pending),
    everies: scan.everies.map(pending),
    events,
    functions,
    skipped: r.errors.splice(errorsBefore),
  };
}

/** Every function-like node with a body in a file (what analyze() summarises). */
export function functionsOf(ts: typeof TS, sf: TS.SourceFile): TS.SignatureDeclaration[] {
  const out: TS.SignatureDeclaration[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isFunctionLike(node)) {
      const fn = functionWithBody(ts, node) ?? ((node as Fn).body !== undefined && hasBody(ts, node) ? node : undefined);
      if (fn) out.push(fn);
    }
  };
  walk(ts, sf, visit);
  return out;
}

function hasBody(ts: typeof TS, node: TS.SignatureDeclaration): boolean {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node);
}

/**
 * `service.forceDelete(id)` where forceDelete is a method of a generic project class (`BaseService<T>`): the stores
 * the receiver's type binds the class's type parameters to (`new UserService()`: T is User). Asked only for calls
 * into a class that has type parameters.
 */
function bindingsAt(cx: Analysis, r: StoreAnalysis['registry'], at: TS.Node, to: Fn): Record<string, string> | undefined {
  const ts = cx.ts;
  const owner = to.parent;
  if (!owner || !ts.isClassLike(owner) || !owner.typeParameters?.length || !ts.isCallExpression(at)) return undefined;
  const callee = at.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.expression.kind === ts.SyntaxKind.ThisKeyword) return undefined;
  return r.classBindings(cx.checker.getTypeAtLocation(callee.expression), owner);
}
