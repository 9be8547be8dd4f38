/**
 * Retention evidence at a call: the deletions, soft deletes, anonymisations and TTLs the adapters find (facts.ts
 * records them per file; join.ts links them to the jobs and handlers that reach them), and the deletions implied
 * by ON DELETE CASCADE: a 'delete' of the child store, located at the cascade declaration, reached from the parent
 * deletion's triggers (path extended by the cascade), once per distinct parent duration.
 */
import type * as TS from 'typescript';
import type { Analysis, CallTarget } from '../analysis.js';
import type { Deletion, Trigger } from '../model.js';
import { target } from '../resolve.js';
import { skipOuter } from '../syntax.js';
import type { Adapter, Found } from './adapter.js';
import type { StoreRegistry } from './registry.js';

export const VERB: Record<Deletion['kind'], string> = {
  delete: 'deletes rows of',
  'soft-delete': 'flags rows of (soft delete, rows stay)',
  anonymise: 'nulls personal columns of',
  ttl: 'sets an expiry on',
};

/**
 * The deletions the adapters find at one call. A method call is resolved only when an adapter reads calls by its
 * name (Adapter.deletes), so the query builders' `.where(…).limit(1)` are not type-checked for this pass.
 */
export function deletionsAt(cx: Analysis, r: StoreRegistry, call: TS.CallExpression, adapters: readonly Adapter[]): Found[] {
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
