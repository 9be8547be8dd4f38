/**
 * Stores and retention evidence (Model.stores, Model.deletions). Two entry points:
 * - `storeOfCall(cx, call)`: the store a storage sink call writes (SinkFact.store), used by flow/hosts.ts;
 * - `retentionEvidence(cx, flows)`: every store with its items (declared columns plus the items flows
 *   bring into it), and every deletion, soft delete, anonymisation and TTL with the jobs, event handlers
 *   and `@retention` functions that reach it (see evidence.ts).
 * The registry of declarations is built once per analysis, on first use, by the adapters in ADAPTERS; an
 * incremental analysis restores it instead from the facts of the previous one (`seedRegistry`) and visits only
 * the files it re-analyses, noting any file that adds to it (`registryTouched`): the registry is global (a
 * table named in SQL may be declared anywhere), so a file that declares stores is re-analysed with all others.
 */
import type * as TS from 'typescript';
import type { Context } from '../flow/context.js';
import type { Flow, Skipped, Store } from '../model.js';
import type { Adapter } from './adapter.js';
import { chainCalls, chainTop, target } from './ast.js';
import { itemsOfColumns } from './columns.js';
import { drizzle } from './drizzle.js';
import { knex } from './knex.js';
import { mongoose } from './mongoose.js';
import { declarePrismaModels, prisma } from './prisma.js';
import { redis } from './redis.js';
import { type Cascade, type StoreDecl, StoreMap, StoreRegistry, type TtlDecl, registryOf } from './registry.js';
import { sequelize } from './sequelize.js';
import { sql } from './sql.js';
import { typeorm } from './typeorm.js';

/** Every storage ecosystem; order matters only for `storeOfCall` (the first adapter that knows wins). */
export const ADAPTERS: readonly Adapter[] = [drizzle, typeorm, mongoose, sequelize, knex, prisma, redis, sql];

export function projectFiles(cx: Context): TS.SourceFile[] {
  return cx.program.getSourceFiles().filter((sf) => cx.isProjectFile(sf));
}

/** The registry as plain data: what an incremental analysis restores into the next Program. */
export interface RegistryFacts {
  stores: Array<Omit<StoreDecl, 'columns' | 'aliases'> & { columns: Array<[string, string[]]>; aliases: string[] }>;
  cascades: Cascade[];
  ttls: TtlDecl[];
  errors: Skipped[];
  bySymbol: Array<[string, string]>;
  /** Files whose code added to the registry (declarations, implicit stores); '(prisma)' for schema.prisma. */
  files: string[];
  /** What the schema.prisma files declare, to notice an edit of them (they are not in the Program). */
  prisma: string;
}

interface Tracking {
  current: string | undefined;
  touched: Set<string>;
}

const seeds = new WeakMap<Context, { facts: RegistryFacts; files: readonly TS.SourceFile[] }>();
const tracking = new WeakMap<Context, Tracking>();

/** Restore the registry from `facts` instead of visiting every file; only `files` (re-analysed) are visited. */
export function seedRegistry(cx: Context, facts: RegistryFacts, files: readonly TS.SourceFile[]): void {
  seeds.set(cx, { facts, files });
}

/** Attribute what is added to the registry from now on to `file` (undefined: nobody in particular). */
export function attributeRegistry(cx: Context, file: string | undefined): void {
  const t = tracking.get(cx);
  if (t) t.current = file;
}

/** The files that added to the registry in this analysis. */
export function registryTouched(cx: Context): ReadonlySet<string> {
  return tracking.get(cx)?.touched ?? new Set();
}

export function registryFacts(cx: Context): RegistryFacts {
  const r = registry(cx);
  return {
    stores: [...r.stores.values()].map((s) => ({ ...s, columns: [...s.columns], aliases: [...s.aliases] })),
    cascades: [...r.cascades],
    ttls: [...r.ttls],
    errors: [...r.errors],
    bySymbol: [...r.bySymbol],
    files: [...registryTouched(cx)].sort(),
    prisma: prismaFingerprint(cx),
  };
}

function prismaFingerprint(cx: Context): string {
  const scratch = new StoreRegistry(cx);
  declarePrismaModels(scratch, projectFiles(cx));
  return JSON.stringify([[...scratch.stores.values()].map((s) => ({ ...s, columns: [...s.columns], aliases: [...s.aliases] })), scratch.cascades]);
}

export function registry(cx: Context): StoreRegistry {
  return registryOf(cx, (r) => {
    const t = track(cx, r);
    const seed = seeds.get(cx);
    const declarers = ADAPTERS.filter((a) => a.declare);
    const visit = (node: TS.Node): void => {
      for (const a of declarers) a.declare!(r, node);
      cx.ts.forEachChild(node, visit);
    };
    if (seed) {
      const f = seed.facts;
      for (const s of f.stores) r.stores.set(s.id, { ...s, columns: new Map(s.columns), aliases: new Set(s.aliases) });
      r.cascades.push(...f.cascades);
      r.ttls.push(...f.ttls);
      r.errors.push(...f.errors);
      for (const [k, v] of f.bySymbol) r.bySymbol.set(k, v);
      for (const file of f.files) t.touched.add(file);
      if (prismaFingerprint(cx) !== f.prisma) t.touched.add('(prisma)');
      for (const sf of seed.files) attributed(cx, r, sf.fileName, () => r.guard(sf, 'store declarations', () => visit(sf)));
    } else {
      const files = projectFiles(cx);
      attributed(cx, r, '(prisma)', () => declarePrismaModels(r, files));
      for (const sf of files) attributed(cx, r, sf.fileName, () => r.guard(sf, 'store declarations', () => visit(sf)));
    }
    t.current = undefined;
  });
}

/**
 * Notes which file adds to the registry: add(), name() and defer() are wrapped on the instance (a deferred
 * function counts for the file that deferred it), cascades, TTLs and errors by their count around each file.
 */
function track(cx: Context, r: StoreRegistry): Tracking {
  const t: Tracking = { current: undefined, touched: new Set() };
  tracking.set(cx, t);
  const touch = () => t.touched.add(t.current ?? '(unknown)');
  const add = r.add.bind(r);
  const name = r.name.bind(r);
  const defer = r.defer.bind(r);
  r.add = (store, ...aliases) => (touch(), add(store, ...aliases));
  r.name = (sym, id) => {
    if (sym) touch();
    name(sym, id);
  };
  r.defer = (f) => {
    touch();
    const file = t.current;
    defer(() => attributed(cx, r, file, f));
  };
  return t;
}

function attributed(cx: Context, r: StoreRegistry, file: string | undefined, f: () => void): void {
  const t = tracking.get(cx)!;
  const prev = t.current;
  const before = r.cascades.length + r.ttls.length + r.errors.length;
  t.current = file;
  try {
    f();
  } finally {
    if (r.cascades.length + r.ttls.length + r.errors.length !== before) t.touched.add(file ?? '(unknown)');
    t.current = prev;
  }
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

/** The parts of a registry the joins read, from its facts (a cached run that needs no Program). */
export function registryFromFacts(f: RegistryFacts): Pick<StoreRegistry, 'stores' | 'ttls' | 'cascades'> {
  return { stores: new StoreMap(f.stores.map((s) => [s.id, { ...s, columns: new Map(s.columns), aliases: new Set(s.aliases) }])), ttls: f.ttls, cascades: f.cascades };
}

/** Model.stores: every declared store with its columns' items and the items flows bring into it. */
export function storesOf(r: Pick<StoreRegistry, 'stores'>, flows: readonly Flow[]): Store[] {
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
  return stores;
}
