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
import type { Context } from './flow/context.js';
import { mergeLabels } from './flow/context.js';
import { compareLabels, compareLocations } from './flow/label-order.js';
import { functionWithBody } from './flow/targets.js';
import type { Annotation, Deletion, Flow, Label, Location, SinkFact, Skipped, Step, Trigger } from './model.js';
import type { Suppression } from './suppressions.js';
import type { Adapter, Found } from './stores/adapter.js';
import { enclosingFunction, type Fn, fnTags } from './stores/ast.js';
import { CallGraph } from './stores/callgraph.js';
import { cutoffIn } from './stores/durations.js';
import { cascaded, deletionsAt, VERB } from './stores/evidence.js';
import type { StoreRegistry } from './stores/registry.js';
import { sqlDeletions } from './stores/sql.js';
import { resolveCode, scanRoots } from './stores/triggers.js';

/** A function, named by its file and position (stable while the file's text is). */
export type FnKey = string;

export interface FlowFact {
  sink: SinkFact;
  location: Location;
  labels: Label[];
}

export interface EdgeFact {
  to: FnKey;
  at: Location;
  note: string;
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
}

export interface FileFacts {
  file: string;
  flows: FlowFact[];
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
  events: Array<{ id: string; code: string; fns: Array<{ fn: FnKey; location: Location }> }>;
  functions: Record<FnKey, FnFact>;
  /** Fingerprints of the summaries of the file's functions and of its classes' fields (by position), when asked for (`check --cache`). */
  effects?: Record<string, string>;
}

export function fnKey(fn: TS.Node): FnKey {
  return `${fn.getSourceFile().fileName}#${fn.pos}`;
}

/** The hits a file's code recorded (Context.hitsByFile), as facts. */
export function flowFacts(cx: Context, file: string): FlowFact[] {
  return [...(cx.hitsByFile.get(file)?.values() ?? [])].map((h) => ({ sink: h.sink, location: cx.location(h.call), labels: h.labels }));
}

/**
 * A file's retention parts: the deletions the adapters find in it, the roots set up in it, and for each of
 * its functions the call-graph edges, cut-off and tags. Errors reading deletions become the file's `skipped`.
 */
export function retentionFacts(cx: Context, r: StoreRegistry, graph: CallGraph, sf: TS.SourceFile, adapters: readonly Adapter[]): Pick<FileFacts, 'deletions' | 'roots' | 'workers' | 'defined' | 'repeats' | 'everies' | 'events' | 'functions' | 'skipped'> {
  const ts = cx.ts;
  const errorsBefore = r.errors.length;
  const found: Found[] = [];
  const seen = new Set<string>();
  const push = (f: Found) => {
    const key = `${f.store}|${f.kind}|${f.node.pos}`;
    if (!seen.has(key)) (seen.add(key), found.push(f));
  };
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node)) {
      for (const f of deletionsAt(cx, r, node, adapters)) push(f);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      for (const f of sqlDeletions(r, node)) push(f);
    }
    ts.forEachChild(node, visit);
  };
  r.guard(sf, 'deletions', () => visit(sf));
  const deletions: DeletionFact[] = found.map((f) => {
    const fn = f.kind === 'ttl' ? undefined : enclosingFunction(ts, f.node);
    const duration = f.kind === 'ttl' ? f.duration : (f.duration ?? cutoffIn(cx, f.node));
    return { store: f.store, kind: f.kind, location: cx.location(f.node), ...(duration ? { duration } : {}), note: `${VERB[f.kind]} ${f.store}: ${f.what}`, ...(fn ? { fn: fnKey(fn) } : {}) };
  });

  const scan = scanRoots(cx, [sf]);
  const pending = (p: (typeof scan.repeats)[number]): PendingFact => ({ ...(p.queue !== undefined ? { queue: p.queue } : {}), names: p.names, name: p.name, location: cx.location(p.node), via: p.via });
  const events: FileFacts['events'] = [];
  for (const [id, ev] of Object.entries(cx.manifest.events ?? {})) {
    for (const code of ev?.code ?? []) {
      const fns = resolveCode(cx, [sf], code);
      if (fns.length > 0) events.push({ id, code, fns: fns.map((fn) => ({ fn: fnKey(fn), location: cx.location(fn) })) });
    }
  }

  const functions: Record<FnKey, FnFact> = {};
  const each = (node: TS.Node): void => {
    if (ts.isFunctionLike(node) && (node as Fn).body) {
      const fn = node as Fn;
      const edges = graph.edges(fn).map((e) => ({ to: fnKey(e.to), at: cx.location(e.at), note: e.note }));
      const cutoff = fn.body ? cutoffIn(cx, fn.body) : undefined;
      const retention = fnTags(ts, fn, 'retention');
      if (edges.length > 0 || cutoff || retention.length > 0) {
        functions[fnKey(fn)] = { ...(edges.length > 0 ? { edges } : {}), ...(cutoff ? { cutoff } : {}), ...(retention.length > 0 ? { retention } : {}) };
      }
    }
    ts.forEachChild(node, each);
  };
  each(sf);

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
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function hasBody(ts: typeof TS, node: TS.SignatureDeclaration): boolean {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node);
}

// ---- joins -----------------------------------------------------------------------------------------------

/**
 * One flow per sink call: the files' hits on one call merged (program order), sorted by location. A flow's labels
 * are sorted too (compareLabels), so their order does not depend on the order the checker was queried in.
 */
export function joinFlows(files: readonly FileFacts[]): Flow[] {
  const byCall = new Map<string, Flow & { labels: Label[] }>();
  for (const f of files) {
    for (const h of f.flows) {
      const l = h.location;
      const key = `${l.file}:${l.line}:${l.column}:${l.endLine}:${l.endColumn}`;
      const known = byCall.get(key);
      if (known) mergeLabels(known.labels, h.labels);
      else byCall.set(key, { sink: h.sink, location: h.location, labels: [...h.labels] });
    }
  }
  const flows = [...byCall.values()];
  for (const f of flows) f.labels.sort(compareLabels);
  flows.sort((a, b) => compareLocations(a.location, b.location) || a.sink.name.localeCompare(b.sink.name));
  return flows;
}

/** Retention evidence from facts: each deletion with the triggers reaching it (as stores/evidence.ts did on the AST). */
export function joinDeletions(files: readonly FileFacts[], r: Pick<StoreRegistry, 'ttls' | 'cascades'>, events: Record<string, { code?: string[] | undefined } | null | undefined>): Deletion[] {
  const fns = new Map<FnKey, FnFact>();
  for (const f of files) for (const [k, v] of Object.entries(f.functions)) fns.set(k, v);

  const roots: RootFact[] = files.flatMap((f) => f.roots);
  const attached = (p: PendingFact, fn: FnKey, location: Location, note: string) =>
    roots.push({ kind: 'job', name: p.name, location: p.location, fn, note: `scheduled ${p.name} (${p.via})`, via: { location, note } });
  const workers = files.flatMap((f) => f.workers);
  for (const rep of files.flatMap((f) => f.repeats)) {
    for (const w of workers) {
      if (rep.queue === undefined || w.queue === undefined || w.queue === rep.queue) attached(rep, w.fn, w.location, `processed by the Worker of queue ${w.queue ?? '?'}`);
    }
  }
  const defined = new Map<string, Array<{ fn: FnKey; location: Location }>>();
  for (const d of files.flatMap((f) => f.defined)) defined.set(d.name, [...(defined.get(d.name) ?? []), d]);
  for (const ev of files.flatMap((f) => f.everies)) for (const n of ev.names) for (const d of defined.get(n) ?? []) attached(ev, d.fn, d.location, `runs the agenda job '${n}'`);
  for (const [id, ev] of Object.entries(events)) {
    for (const code of ev?.code ?? []) {
      for (const f of files) {
        for (const { fn, location } of f.events.find((e) => e.id === id && e.code === code)?.fns ?? []) {
          if (!roots.some((x) => x.kind === 'event' && x.name === id && x.fn === fn)) roots.push({ kind: 'event', name: id, location, fn, note: `handles ${id} (events.${id}.code: ${code})` });
        }
      }
    }
  }

  const reached = new Map<FnKey, Map<FnKey, EdgeFact[]>>();
  const reach = (root: FnKey): Map<FnKey, EdgeFact[]> => {
    const known = reached.get(root);
    if (known) return known;
    const paths = new Map<FnKey, EdgeFact[]>([[root, []]]);
    const queue: FnKey[] = [root];
    while (queue.length > 0) {
      const fn = queue.shift()!;
      const path = paths.get(fn)!;
      if (path.length > 40) continue;
      for (const e of fns.get(fn)?.edges ?? []) {
        if (paths.has(e.to)) continue;
        paths.set(e.to, [...path, e]);
        queue.push(e.to);
      }
    }
    reached.set(root, paths);
    return paths;
  };
  const ordered = [...roots.filter((x) => x.kind !== 'call'), ...roots.filter((x) => x.kind === 'call')];
  // Which roots reach each function, in `ordered` order: a deletion looks only at those, not at every root
  // (deletions x roots was the editor's slowest join at 5,000 files).
  let reachedBy: Map<FnKey, RootFact[]> | undefined;
  const rootsReaching = (fn: FnKey): readonly RootFact[] => {
    if (!reachedBy) {
      reachedBy = new Map();
      for (const root of ordered) {
        for (const f of reach(root.fn).keys()) {
          const list = reachedBy.get(f);
          if (list) list.push(root);
          else reachedBy.set(f, [root]);
        }
      }
    }
    return reachedBy.get(fn) ?? [];
  };
  const triggersOf = (fn: FnKey | undefined, last: Step): Array<{ trigger: Trigger; fns: FnKey[] }> => {
    if (!fn) return [];
    const out: Array<{ trigger: Trigger; fns: FnKey[] }> = [];
    const covered = new Set<FnKey>();
    for (const root of rootsReaching(fn)) {
      if (root.kind === 'call' && covered.has(root.fn)) continue;
      const edges = reach(root.fn).get(fn)!;
      const path = [root.fn, ...edges.map((e) => e.to)];
      if (root.kind !== 'call') for (const f of path) covered.add(f);
      const retention = [...new Set(path.flatMap((f) => fns.get(f)?.retention ?? []))].sort();
      const steps = [{ location: root.location, note: root.note }, ...(root.via ? [root.via] : []), ...edges.map((e) => ({ location: e.at, note: e.note })), last];
      const trigger: Trigger = { kind: root.kind, name: root.name, location: root.location, path: steps };
      if (retention.length > 0) trigger.retention = retention;
      if (!out.some(({ trigger: t }) => t.kind === trigger.kind && t.name === trigger.name && sameLocation(t.location, trigger.location))) out.push({ trigger, fns: path });
    }
    return out;
  };
  const jobCutoff = (reachedFrom: ReadonlyArray<{ trigger: Trigger; fns: FnKey[] }>): string | undefined => {
    for (const { trigger, fns: path } of reachedFrom) {
      if (trigger.kind === 'event') continue;
      for (const fn of [...path].reverse()) {
        const found = fns.get(fn)?.cutoff;
        if (found) return found;
      }
    }
    return undefined;
  };

  const out: Deletion[] = [];
  for (const d of files.flatMap((f) => f.deletions)) {
    const last: Step = { location: d.location, note: d.note };
    if (d.kind === 'ttl') {
      out.push({ store: d.store, kind: d.kind, location: d.location, ...(d.duration ? { duration: d.duration } : {}), reachedFrom: [{ kind: 'ttl', name: d.duration ?? 'unknown', location: d.location, path: [last] }] });
      continue;
    }
    const found = triggersOf(d.fn, last);
    const duration = d.duration ?? jobCutoff(found);
    out.push({ store: d.store, kind: d.kind, location: d.location, ...(duration ? { duration } : {}), reachedFrom: found.map((x) => x.trigger) });
  }
  for (const ttl of r.ttls) {
    const step: Step = { location: ttl.location, note: `documents of ${ttl.store} expire${ttl.duration ? ` after ${ttl.duration}` : ''}` };
    out.push({ store: ttl.store, kind: 'ttl', location: ttl.location, ...(ttl.duration ? { duration: ttl.duration } : {}), reachedFrom: [{ kind: 'ttl', name: ttl.duration ?? 'unknown', location: ttl.location, path: [step] }] });
  }
  out.push(...cascaded(r, out));
  out.sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || a.store.localeCompare(b.store));
  return out;
}

function sameLocation(a: Location, b: Location): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}
