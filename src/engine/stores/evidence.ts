/**
 * Retention evidence: every deletion the adapters find (and every declared TTL), with the cut-off found
 * in its query, and the triggers that reach it through the call graph: jobs and event handlers, plus
 * `@retention` functions that no job or event is seen to call (kind 'call'). Rows removed by
 * ON DELETE CASCADE become a 'delete' of the child store, located at the cascade declaration, reached
 * from the parent deletion's triggers (path extended by the parent deletion and the cascade), once per
 * distinct parent duration.
 */
import type * as TS from 'typescript';
import type { Context } from '../flow/context.js';
import { type CallTarget, skipOuter } from '../flow/targets.js';
import type { Deletion, Step, Trigger } from '../model.js';
import type { Adapter, Found } from './adapter.js';
import { enclosingFunction, type Fn, fnTags, target } from './ast.js';
import { CallGraph } from './callgraph.js';
import { cutoffIn } from './durations.js';
import type { StoreRegistry } from './registry.js';
import { sqlDeletions } from './sql.js';
import { findRoots, type Root } from './triggers.js';

export const VERB: Record<Deletion['kind'], string> = {
  delete: 'deletes rows of',
  'soft-delete': 'flags rows of (soft delete, rows stay)',
  anonymise: 'nulls personal columns of',
  ttl: 'sets an expiry on',
};

export function collectDeletions(cx: Context, r: StoreRegistry, files: readonly TS.SourceFile[], adapters: readonly Adapter[]): Deletion[] {
  const ts = cx.ts;
  const found: Found[] = [];
  const seen = new Set<string>();
  const push = (f: Found) => {
    const key = `${f.store}|${f.kind}|${f.node.getSourceFile().fileName}|${f.node.pos}`;
    if (!seen.has(key)) (seen.add(key), found.push(f));
  };
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node)) for (const f of deletionsAt(cx, r, node, adapters)) push(f); else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      for (const f of sqlDeletions(r, node)) push(f);
    }
    ts.forEachChild(node, visit);
  };
  for (const sf of files) r.guard(sf, 'deletions', () => visit(sf));

  const roots = findRoots(cx, files);
  const graph = new CallGraph(cx);
  const out: Deletion[] = [];
  for (const f of found) {
    const location = cx.location(f.node);
    const last = cx.step(f.node, `${VERB[f.kind]} ${f.store}: ${f.what}`);
    if (f.kind === 'ttl') {
      const name = f.duration ?? 'unknown';
      out.push({ store: f.store, kind: f.kind, location, ...(f.duration ? { duration: f.duration } : {}), reachedFrom: [{ kind: 'ttl', name, location, path: [last] }] });
      continue;
    }
    const reached = triggersOf(cx, graph, roots, enclosingFunction(ts, f.node), last);
    const reachedFrom = reached.map((x) => x.trigger);
    const duration = f.duration ?? cutoffIn(cx, f.node) ?? jobCutoff(cx, reached);
    out.push({ store: f.store, kind: f.kind, location, ...(duration ? { duration } : {}), reachedFrom });
  }
  for (const ttl of r.ttls) {
    const step: Step = { location: ttl.location, note: `documents of ${ttl.store} expire${ttl.duration ? ` after ${ttl.duration}` : ''}` };
    out.push({ store: ttl.store, kind: 'ttl', location: ttl.location, ...(ttl.duration ? { duration: ttl.duration } : {}), reachedFrom: [{ kind: 'ttl', name: ttl.duration ?? 'unknown', location: ttl.location, path: [step] }] });
  }
  out.push(...cascaded(r, out));
  out.sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || a.store.localeCompare(b.store));
  return out;
}

/**
 * The deletions the adapters find at one call. A method call is resolved only when an adapter reads calls by its
 * name (Adapter.deletes), so the query builders' `.where(…).limit(1)` are not type-checked for this pass.
 */
export function deletionsAt(cx: Context, r: StoreRegistry, call: TS.CallExpression, adapters: readonly Adapter[]): Found[] {
  const ts = cx.ts;
  const callee = skipOuter(ts, call.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  let t: CallTarget | undefined;
  const out: Found[] = [];
  for (const a of adapters) {
    if (!a.deletions || (name !== undefined && a.deletes && !a.deletes.test(name))) continue;
    out.push(...a.deletions(r, call, (t ??= target(cx, call))));
  }
  return out;
}

/**
 * A purge whose own query shows no cut-off (`deleteMember(id)` called for rows a job selected): the
 * first cut-off in the functions of a job's or `@retention` function's path, nearest the deletion first.
 */
function jobCutoff(cx: Context, reached: ReadonlyArray<{ trigger: Trigger; fns: Fn[] }>): string | undefined {
  for (const { trigger, fns } of reached) {
    if (trigger.kind === 'event') continue;
    for (const fn of [...fns].reverse()) {
      const found = fn.body && cutoffIn(cx, fn.body);
      if (found) return found;
    }
  }
  return undefined;
}

/** Jobs and event handlers reaching `fn`, then `@retention` functions no such path goes through. */
function triggersOf(cx: Context, graph: CallGraph, roots: readonly Root[], fn: Fn | undefined, last: Step): Array<{ trigger: Trigger; fns: Fn[] }> {
  if (!fn) return [];
  const ts = cx.ts;
  const triggers: Array<{ trigger: Trigger; fns: Fn[] }> = [];
  const covered = new Set<Fn>();
  const ordered = [...roots.filter((r) => r.kind !== 'call'), ...roots.filter((r) => r.kind === 'call')];
  for (const root of ordered) {
    if (root.kind === 'call' && covered.has(root.fn)) continue;
    const edges = graph.reach(root.fn).get(fn);
    if (!edges) continue;
    const fns = [root.fn, ...edges.map((e) => e.to)];
    if (root.kind !== 'call') for (const f of fns) covered.add(f);
    const retention = [...new Set(fns.flatMap((f) => fnTags(ts, f, 'retention')))].sort();
    const path = [cx.step(root.node, root.note), ...(root.via ? [cx.step(root.via.node, root.via.note)] : []), ...edges.map((e) => cx.step(e.at, e.note)), last];
    const trigger: Trigger = { kind: root.kind, name: root.name, location: cx.location(root.node), path };
    if (retention.length > 0) trigger.retention = retention;
    if (!triggers.some(({ trigger: t }) => t.kind === trigger.kind && t.name === trigger.name && sameLocation(t, trigger))) triggers.push({ trigger, fns });
  }
  return triggers;
}

function sameLocation(a: Trigger, b: Trigger): boolean {
  return a.location.file === b.location.file && a.location.line === b.location.line && a.location.column === b.location.column;
}

/** Child deletions implied by ON DELETE CASCADE, transitively (a grandchild goes with its grandparent). */
export function cascaded(r: Pick<StoreRegistry, 'cascades'>, deletions: readonly Deletion[]): Deletion[] {
  const made = new Map<string, Deletion>();
  let frontier = deletions.filter((d) => d.kind === 'delete');
  for (let round = 0; round < 8 && frontier.length > 0; round++) {
    const next = new Set<Deletion>();
    // The frontier by store, in frontier order: one pass, not one filter of the whole frontier per cascade.
    const byStore = new Map<string, Deletion[]>();
    for (const d of frontier) {
      const list = byStore.get(d.store);
      if (list) list.push(d);
      else byStore.set(d.store, [d]);
    }
    for (const c of r.cascades) {
      for (const p of byStore.get(c.parent) ?? []) {
        const key = `${c.child}|${c.parent}|${c.location.file}:${c.location.line}:${c.location.column}|${p.duration ?? ''}`;
        let d = made.get(key);
        if (!d) {
          d = { store: c.child, kind: 'delete', location: c.location, ...(p.duration ? { duration: p.duration } : {}), reachedFrom: [] };
          made.set(key, d);
          next.add(d);
        }
        const note = `ON DELETE CASCADE: ${c.child} rows go with their ${c.parent} row (${c.how})`;
        for (const t of p.reachedFrom) {
          if (d.reachedFrom.some((u) => u.kind === t.kind && u.name === t.name && sameLocation(u, t))) continue;
          d.reachedFrom.push({ ...t, path: [...t.path, { location: c.location, note }] });
          next.add(d);
        }
      }
    }
    frontier = [...next];
  }
  return [...made.values()];
}
