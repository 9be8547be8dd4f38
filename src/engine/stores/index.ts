/**
 * The stores' side of one analysis (Model.stores, and the retention parts of the facts): the registry of store
 * declarations, built once on first use by the adapters (one per ecosystem), and the answers the flow evaluator
 * asks for through the StorePort: which store a storage call writes, which of its columns the ORM encrypts.
 *
 * An incremental analysis restores the registry from the facts of the previous one (`seed`) and visits only the
 * files it re-analyses, noting any file that adds to it (`touched`): the registry is global (a table named in SQL
 * may be declared anywhere), so a file that declares stores is re-analysed with all others.
 */
import type * as TS from 'typescript';
import type { Analysis, EncryptedColumns, StorePort } from '../analysis.js';
import { cmp } from '../labels.js';
import type { Flow, Skipped, Store } from '../model.js';
import { target } from '../resolve.js';
import { chainCalls, chainTop, walk } from '../syntax.js';
import type { Adapter } from './adapter.js';
import { itemsOfColumns } from './columns.js';
import { drizzle } from './drizzle.js';
import { EncryptedColumnFinder } from './encryption.js';
import { knex } from './knex.js';
import { mongoose } from './mongoose.js';
import { declarePrismaModels, prisma } from './prisma.js';
import { redis } from './redis.js';
import { type Cascade, type StoreDecl, StoreMap, StoreRegistry, type TtlDecl } from './registry.js';
import { sequelize } from './sequelize.js';
import { sql } from './sql.js';
import { typeorm } from './typeorm.js';

/** Every storage ecosystem, for one analysis; order matters only for `storeOf` (the first adapter that knows wins). */
export function createAdapters(): Adapter[] {
  return [drizzle, typeorm, mongoose(), sequelize, knex, prisma, redis, sql];
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

/** The previous analysis's registry, and the files visited again (the ones re-analysed). */
export interface RegistrySeed {
  facts: RegistryFacts;
  files: readonly TS.SourceFile[];
}

export class StoreAnalysis implements StorePort {
  readonly adapters = createAdapters();
  /** Files that added to the registry in this analysis. */
  readonly touched = new Set<string>();
  private current: string | undefined;
  private built?: StoreRegistry;
  private encryption?: EncryptedColumnFinder;

  constructor(
    readonly cx: Analysis,
    private readonly seed?: RegistrySeed,
  ) {}

  /** The registry: restored from the seed and the re-analysed files, or built from every project file. */
  get registry(): StoreRegistry {
    if (!this.built) {
      const r = (this.built = new StoreRegistry(this.cx));
      const attributed = this.current;
      this.track(r);
      this.build(r);
      r.finish();
      this.current = attributed;
    }
    return this.built;
  }

  /** Attribute what is added to the registry from now on to `file` (undefined: nobody in particular). */
  attribute(file: string | undefined): void {
    this.current = file;
  }

  storeOf(call: TS.CallExpression): string | undefined {
    const r = this.registry;
    if (r.stores.size === 0) return undefined;
    for (const c of chainCalls(this.cx.ts, chainTop(this.cx.ts, call))) {
      const t = target(this.cx, c);
      for (const a of this.adapters) {
        const id = a.storeOf?.(r, c, t);
        if (id && r.stores.has(id)) return id;
      }
    }
    return undefined;
  }

  storeOfType(type: TS.Type): string | undefined {
    const r = this.registry;
    return r.stores.size === 0 ? undefined : r.ofType(type);
  }

  isColumn(store: string, field: string): boolean {
    const s = this.registry.stores.get(store);
    if (!s || s.implicit || s.columns.size === 0) return true;
    return this.registry.columnItems(store, field) !== undefined;
  }

  encryptedColumns(store: string | undefined, call: TS.CallExpression): EncryptedColumns | undefined {
    return (this.encryption ??= new EncryptedColumnFinder(this.registry)).columns(store, call);
  }

  facts(): RegistryFacts {
    const r = this.registry;
    return {
      stores: [...r.stores.values()].map((s) => ({ ...s, columns: [...s.columns], aliases: [...s.aliases] })),
      cascades: [...r.cascades],
      ttls: [...r.ttls],
      errors: [...r.errors],
      bySymbol: [...r.bySymbol],
      files: [...this.touched].sort(),
      prisma: this.prismaFingerprint(),
    };
  }

  private build(r: StoreRegistry): void {
    const declarers = this.adapters.filter((a) => a.declare);
    const visit = (sf: TS.Node): void =>
      walk(this.cx.ts, sf, (node) => {
        for (const a of declarers) a.declare!(r, node);
      });
    if (this.seed) {
      const f = this.seed.facts;
      for (const s of f.stores) r.stores.set(s.id, { ...s, columns: new Map(s.columns), aliases: new Set(s.aliases) });
      r.cascades.push(...f.cascades);
      r.ttls.push(...f.ttls);
      r.errors.push(...f.errors);
      for (const [k, v] of f.bySymbol) r.bySymbol.set(k, v);
      for (const file of f.files) this.touched.add(file);
      if (this.prismaFingerprint() !== f.prisma) this.touched.add('(prisma)');
      for (const sf of this.seed.files) this.attributed(r, sf.fileName, () => r.guard(sf, 'store declarations', () => visit(sf)));
    } else {
      const files = projectFiles(this.cx);
      this.attributed(r, '(prisma)', () => declarePrismaModels(r, files));
      for (const sf of files) this.attributed(r, sf.fileName, () => r.guard(sf, 'store declarations', () => visit(sf)));
    }
  }

  private prismaFingerprint(): string {
    const scratch = new StoreRegistry(this.cx);
    declarePrismaModels(scratch, projectFiles(this.cx));
    return JSON.stringify([[...scratch.stores.values()].map((s) => ({ ...s, columns: [...s.columns], aliases: [...s.aliases] })), scratch.cascades]);
  }

  /**
   * Notes which file adds to the registry: add(), name() and defer() are wrapped on the instance (a deferred
   * function counts for the file that deferred it), cascades, TTLs and errors by their count around each file.
   */
  private track(r: StoreRegistry): void {
    const touch = () => this.touched.add(this.current ?? '(unknown)');
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
      const file = this.current;
      defer(() => this.attributed(r, file, f));
    };
  }

  private attributed(r: StoreRegistry, file: string | undefined, f: () => void): void {
    const prev = this.current;
    const before = r.cascades.length + r.ttls.length + r.errors.length;
    this.current = file;
    try {
      f();
    } finally {
      if (r.cascades.length + r.ttls.length + r.errors.length !== before) this.touched.add(file ?? '(unknown)');
      this.current = prev;
    }
  }
}

function projectFiles(cx: Analysis): TS.SourceFile[] {
  return cx.program.getSourceFiles().filter(cx.isProjectFile);
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
  stores.sort((a, b) => cmp(a.id, b.id));
  return stores;
}
