/**
 * The joins: the Model assembled from the files' facts (facts.ts), with no Program. Cold, incremental and cached
 * runs all end here, so they cannot disagree on how facts are joined.
 * - flows: the hits of every file on one sink call merged into one flow;
 * - deletions: each deletion with the triggers that reach it through the call graph (jobs, event handlers,
 *   `@retention` functions), declared TTLs, and the rows that go with a deleted parent (cascades);
 * - stores: the registry's declarations with the items flows bring into them.
 */
import type { ManifestData } from '../manifest/schema.js';
import type { DeletionFact, EdgeFact, FileFacts, FnFact, FnKey, PendingFact, RootFact } from './facts.js';
import { cmp, compareLabels, compareLocations, comparePlaces, mergeLabels } from './labels.js';
import type { Deletion, Flow, Label, Location, Model, Step, Trigger } from './model.js';
import { cascaded, VERB } from './stores/evidence.js';
import { type RegistryFacts, storesOf } from './stores/index.js';
import type { StoreRegistry } from './stores/registry.js';

/** The parts of a store registry the joins read (from a live registry or from its facts). */
export type JoinedRegistry = Pick<StoreRegistry, 'stores' | 'ttls' | 'cascades'>;

/**
 * The Model from facts: flows merged per sink call, stores, deletions with their triggers.
 * `deletions`: the joined deletions of a Model built from the same retention facts, registry and manifest.
 */
export function assemble(facts: readonly FileFacts[], regFacts: RegistryFacts, r: JoinedRegistry, manifest: ManifestData, deletions?: readonly Deletion[]): Model {
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

/**
 * One flow per sink call: the files' hits on one call merged (program order), sorted by location. A flow's labels
 * are sorted too (compareLabels), so their order does not depend on the order the checker was queried in.
 */
export function joinFlows(files: readonly FileFacts[]): Flow[] {
  // A guess a function made through its parameter (`dto.password` by its declared type) is its call sites' to decide
  // where it has any (each recorded what its argument holds): it holds only for a function nothing calls.
  const called = new Set(files.flatMap((f) => f.called ?? []));
  const byCall = new Map<string, Flow & { labels: Label[] }>();
  for (const f of files) {
    for (const h of f.flows) {
      const labels = h.labels.filter((x) => x.unless === undefined || !called.has(x.unless)).map(({ unless: _u, ...x }) => x);
      if (labels.length === 0) continue;
      const l = h.location;
      const key = `${l.file}:${l.line}:${l.column}:${l.endLine}:${l.endColumn}`;
      let known = byCall.get(key);
      if (!known) byCall.set(key, (known = { sink: h.sink, location: h.location, labels: [] }));
      mergeLabels(known.labels, labels);
    }
  }
  const flows = [...byCall.values()];
  for (const f of flows) f.labels.sort(compareLabels);
  flows.sort((a, b) => compareLocations(a.location, b.location) || cmp(a.sink.name, b.sink.name));
  return flows;
}

type Events = Record<string, { code?: string[] | undefined } | null | undefined>;

/** Retention evidence from facts: each deletion with the triggers reaching it, TTLs, and cascaded deletions. */
export function joinDeletions(files: readonly FileFacts[], r: Pick<StoreRegistry, 'ttls' | 'cascades'> & { stores?: StoreRegistry['stores'] }, events: Events): Deletion[] {
  const graph = new Reach(files, rootsOf(files, events));
  const paranoid = (store: string) => !!r.stores?.get(store)?.paranoid;
  const out: Deletion[] = files.flatMap((f) => f.deletions).flatMap((d) => (d.param ? graph.bound(d, paranoid) : [graph.deletion(d)]));
  for (const ttl of r.ttls) {
    const step: Step = { location: ttl.location, note: `documents of ${ttl.store} expire${ttl.duration ? ` after ${ttl.duration}` : ''}` };
    out.push(expiry(ttl.store, ttl.location, ttl.duration, step));
  }
  out.push(...cascaded(r, out));
  out.sort((a, b) => comparePlaces(a.location, b.location) || cmp(a.store, b.store));
  return out;
}

/**
 * Where deletions are started from, across files: the roots each file set up, jobs attached where they are
 * processed (a bullmq repeat to its queue's Worker, an agenda `every` to its `define`), and the handlers the
 * manifest's `events.<id>.code` names. Jobs and events first, then `@retention` functions (kind 'call').
 */
function rootsOf(files: readonly FileFacts[], events: Events): RootFact[] {
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
        for (const { fn, location, binds } of f.events.find((e) => e.id === id && e.code === code)?.fns ?? []) {
          const same = (x: RootFact) => x.kind === 'event' && x.name === id && x.fn === fn && JSON.stringify(x.binds) === JSON.stringify(binds);
          if (!roots.some(same)) roots.push({ kind: 'event', name: id, location, fn, note: `handles ${id} (events.${id}.code: ${code})`, ...(binds ? { binds } : {}) });
        }
      }
    }
  }
  return [...roots.filter((x) => x.kind !== 'call'), ...roots.filter((x) => x.kind === 'call')];
}

/** A trigger that reaches a deletion, with the functions on its path (root first). */
interface Reached {
  trigger: Trigger;
  fns: FnKey[];
}

/** The call graph of the facts, walked breadth-first from the roots (so each path is a shortest one). */
class Reach {
  private readonly fns = new Map<FnKey, FnFact>();
  private readonly paths = new Map<FnKey, Map<FnKey, EdgeFact[]>>();
  private byFunction?: Map<FnKey, RootFact[]>;

  constructor(
    files: readonly FileFacts[],
    /** In order: jobs and events, then `@retention` functions. */
    private readonly roots: readonly RootFact[],
  ) {
    for (const f of files) for (const [k, v] of Object.entries(f.functions)) this.fns.set(k, v);
  }

  /** A deletion fact with the triggers reaching it, and its duration: its own, else the cut-off on a job's path. */
  deletion(d: DeletionFact): Deletion {
    const last: Step = { location: d.location, note: d.note };
    if (d.kind === 'ttl') return expiry(d.store, d.location, d.duration, last);
    const found = this.triggersOf(d.fn, last);
    const duration = d.duration ?? this.jobCutoff(found);
    return { store: d.store, kind: d.kind, location: d.location, ...(duration ? { duration } : {}), reachedFrom: found.map((x) => x.trigger) };
  }

  /**
   * A deletion in a generic base class (`this.repository.destroy(…)` in `BaseService<T>`): one deletion per store
   * that a path from a trigger binds the type parameter to, through a receiver (`userService.forceDelete(id)`) or
   * the inherited handler the manifest names (`UserService.forceDelete`). The binding nearest the deletion holds.
   * A deletion no path binds has no store and is left out, as a deletion of an unknown model is.
   */
  bound(d: DeletionFact, paranoid: (store: string) => boolean): Deletion[] {
    if (!d.fn) return [];
    const byStore = new Map<string, Trigger[]>();
    for (const root of this.rootsReaching(d.fn)) {
      for (const { store, edges } of this.bindingPaths(root, d.fn, d.store)) {
        const kind = d.softIfParanoid && paranoid(store) ? 'soft-delete' : d.kind;
        const last: Step = { location: d.location, note: `${VERB[kind]} ${store}: ${d.what ?? ''}` };
        const steps = [{ location: root.location, note: root.note }, ...(root.via ? [root.via] : []), ...edges.map((e) => ({ location: e.at, note: e.note })), last];
        const list = byStore.get(`${kind}|${store}`) ?? [];
        const trigger: Trigger = { kind: root.kind, name: root.name, location: root.location, path: steps };
        if (!list.some((t) => t.kind === trigger.kind && t.name === trigger.name && samePlace(t.location, trigger.location))) list.push(trigger);
        byStore.set(`${kind}|${store}`, list);
      }
    }
    return [...byStore].map(([key, reachedFrom]) => {
      const [kind, store] = key.split('|') as [Deletion['kind'], string];
      return { store, kind, location: d.location, ...(d.duration ? { duration: d.duration } : {}), reachedFrom };
    });
  }

  /** Breadth-first from a root to `fn`, tracking what the path binds `param` to: one shortest path per bound store. */
  private bindingPaths(root: RootFact, fn: FnKey, param: string): Array<{ store: string; edges: EdgeFact[] }> {
    const start = root.binds?.[param];
    const seen = new Map<string, EdgeFact[]>([[`${root.fn}|${start ?? ''}`, []]]);
    const queue: Array<{ at: FnKey; bound: string | undefined; path: EdgeFact[] }> = [{ at: root.fn, bound: start, path: [] }];
    const out: Array<{ store: string; edges: EdgeFact[] }> = [];
    while (queue.length > 0) {
      const { at, bound, path } = queue.shift()!;
      if (at === fn) {
        if (bound) out.push({ store: bound, edges: path });
        continue;
      }
      if (path.length > 40) continue;
      for (const e of this.fns.get(at)?.edges ?? []) {
        const next = e.binds?.[param] ?? bound;
        const key = `${e.to}|${next ?? ''}`;
        if (seen.has(key)) continue;
        const p = [...path, e];
        seen.set(key, p);
        queue.push({ at: e.to, bound: next, path: p });
      }
    }
    return out;
  }

  /** Jobs and event handlers reaching `fn`, then `@retention` functions no such path goes through. */
  private triggersOf(fn: FnKey | undefined, last: Step): Reached[] {
    if (!fn) return [];
    const out: Reached[] = [];
    const covered = new Set<FnKey>();
    for (const root of this.rootsReaching(fn)) {
      if (root.kind === 'call' && covered.has(root.fn)) continue;
      const edges = this.from(root.fn).get(fn)!;
      const path = [root.fn, ...edges.map((e) => e.to)];
      if (root.kind !== 'call') for (const f of path) covered.add(f);
      const retention = [...new Set(path.flatMap((f) => this.fns.get(f)?.retention ?? []))].sort();
      const steps = [{ location: root.location, note: root.note }, ...(root.via ? [root.via] : []), ...edges.map((e) => ({ location: e.at, note: e.note })), last];
      const trigger: Trigger = { kind: root.kind, name: root.name, location: root.location, path: steps };
      if (retention.length > 0) trigger.retention = retention;
      if (!out.some(({ trigger: t }) => t.kind === trigger.kind && t.name === trigger.name && samePlace(t.location, trigger.location))) out.push({ trigger, fns: path });
    }
    return out;
  }

  /**
   * A purge whose own query shows no cut-off (`deleteMember(id)` called for rows a job selected): the first
   * cut-off in the functions of a job's or `@retention` function's path, nearest the deletion first.
   */
  private jobCutoff(reached: readonly Reached[]): string | undefined {
    for (const { trigger, fns } of reached) {
      if (trigger.kind === 'event') continue;
      for (const fn of [...fns].reverse()) {
        const found = this.fns.get(fn)?.cutoff;
        if (found) return found;
      }
    }
    return undefined;
  }

  /**
   * The roots that reach a function, in root order: a deletion looks only at those, not at every root
   * (deletions x roots was the editor's slowest join at 5,000 files).
   */
  private rootsReaching(fn: FnKey): readonly RootFact[] {
    if (!this.byFunction) {
      const index = (this.byFunction = new Map<FnKey, RootFact[]>());
      for (const root of this.roots) {
        for (const f of this.from(root.fn).keys()) {
          const list = index.get(f);
          if (list) list.push(root);
          else index.set(f, [root]);
        }
      }
    }
    return this.byFunction.get(fn) ?? [];
  }

  /** Every function reachable from `root`, with the edges leading there (empty for the root itself). */
  private from(root: FnKey): Map<FnKey, EdgeFact[]> {
    const known = this.paths.get(root);
    if (known) return known;
    const paths = new Map<FnKey, EdgeFact[]>([[root, []]]);
    const queue: FnKey[] = [root];
    while (queue.length > 0) {
      const fn = queue.shift()!;
      const path = paths.get(fn)!;
      if (path.length > 40) continue;
      for (const e of this.fns.get(fn)?.edges ?? []) {
        if (paths.has(e.to)) continue;
        paths.set(e.to, [...path, e]);
        queue.push(e.to);
      }
    }
    this.paths.set(root, paths);
    return paths;
  }
}

/** A deletion by expiry: a TTL found at a call, or one declared on a store. */
function expiry(store: string, location: Location, duration: string | undefined, step: Step): Deletion {
  return { store, kind: 'ttl', location, ...(duration ? { duration } : {}), reachedFrom: [{ kind: 'ttl', name: duration ?? 'unknown', location, path: [step] }] };
}

function samePlace(a: Location, b: Location): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}
