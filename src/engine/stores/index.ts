/**
 * Stores and retention evidence (Model.stores, Model.deletions). Two entry points:
 * - `storeOfCall(cx, call)`: the store a storage sink call writes (SinkFact.store), used by flow/hosts.ts;
 * - `retentionEvidence(cx, flows)`: every store with its items (declared columns plus the items flows
 *   bring into it), and every deletion, soft delete, anonymisation and TTL with the jobs, event handlers
 *   and `@retention` functions that reach it (see evidence.ts).
 * The registry of declarations is built once per analysis, on first use, by the adapters in ADAPTERS.
 */
import type * as TS from 'typescript';
import type { Context } from '../flow/context.js';
import type { Deletion, Flow, Skipped, Store } from '../model.js';
import type { Adapter } from './adapter.js';
import { chainCalls, chainTop, target } from './ast.js';
import { itemsOfColumns } from './columns.js';
import { drizzle } from './drizzle.js';
import { collectDeletions } from './evidence.js';
import { knex } from './knex.js';
import { mongoose } from './mongoose.js';
import { declarePrismaModels, prisma } from './prisma.js';
import { redis } from './redis.js';
import { type StoreRegistry, registryOf } from './registry.js';
import { sequelize } from './sequelize.js';
import { sql } from './sql.js';
import { typeorm } from './typeorm.js';

/** Every storage ecosystem; order matters only for `storeOfCall` (the first adapter that knows wins). */
export const ADAPTERS: readonly Adapter[] = [drizzle, typeorm, mongoose, sequelize, knex, prisma, redis, sql];

export function projectFiles(cx: Context): TS.SourceFile[] {
  return cx.program.getSourceFiles().filter((sf) => cx.isProjectFile(sf));
}

export function registry(cx: Context): StoreRegistry {
  return registryOf(cx, (r) => {
    const files = projectFiles(cx);
    declarePrismaModels(r, files);
    const declarers = ADAPTERS.filter((a) => a.declare);
    const visit = (node: TS.Node): void => {
      for (const a of declarers) a.declare!(r, node);
      cx.ts.forEachChild(node, visit);
    };
    for (const sf of files) r.guard(sf, 'store declarations', () => visit(sf));
  });
}

/** The store a storage sink call writes, when its table, entity, model or key space resolves. */
export function storeOfCall(cx: Context, call: TS.CallExpression): string | undefined {
  const r = registry(cx);
  if (r.stores.size === 0) return undefined;
  for (const c of chainCalls(cx.ts, chainTop(cx.ts, call))) {
    const t = target(cx, c);
    for (const a of ADAPTERS) {
      const id = a.storeOf?.(r, c, t);
      if (id && r.stores.has(id)) return id;
    }
  }
  return undefined;
}

/** Model.stores and Model.deletions. */
export function retentionEvidence(cx: Context, flows: readonly Flow[]): { stores: Store[]; deletions: Deletion[]; skipped: Skipped[] } {
  const r = registry(cx);
  const deletions = collectDeletions(cx, r, projectFiles(cx), ADAPTERS);
  const fromFlows = new Map<string, Set<string>>();
  for (const f of flows) {
    if (!f.sink.store) continue;
    const set = fromFlows.get(f.sink.store) ?? new Set<string>();
    for (const l of f.labels) set.add(l.item);
    fromFlows.set(f.sink.store, set);
  }
  const stores: Store[] = [...r.stores.values()].map((s) => ({
    id: s.id,
    kind: s.kind,
    name: s.name,
    location: s.location,
    items: [...new Set([...itemsOfColumns(s.columns), ...s.items, ...(fromFlows.get(s.id) ?? [])])].sort(),
  }));
  stores.sort((a, b) => a.id.localeCompare(b.id));
  return { stores, deletions, skipped: r.errors };
}
