/**
 * The store registry of one analysis: every store declaration found in the program (and in
 * schema.prisma), the symbols that name each store (a Drizzle table const, a TypeORM entity class, a
 * Mongoose model const), its columns with their items, and the cascades between stores. Built once per
 * Analysis, lazily, the first time a sink or the retention pass asks for it.
 */
import type * as TS from 'typescript';
import type { Location, Skipped, Store } from '../model.js';
import type { Analysis } from '../analysis.js';
import { skipOuter, snake } from '../syntax.js';
import { symbolOf } from '../resolve.js';

export interface StoreDecl extends Store {
  /** Column or field name -> the items it holds (empty for a column holding nothing personal). */
  columns: Map<string, string[]>;
  /** Sequelize `paranoid: true`: destroy() only flags rows. */
  paranoid?: boolean;
  /** Other names raw SQL may use for it (table name, snake_case, plural). */
  aliases: Set<string>;
  /** Declared only by the first write seen (Knex/raw SQL table with no declaration in the program). */
  implicit?: boolean;
}

/** `child` rows are removed with their `parent` row (ON DELETE CASCADE). */
export interface Cascade {
  child: string;
  parent: string;
  location: Location;
  /** How it was declared, for the path note: "references(() => members.id, { onDelete: 'cascade' })". */
  how: string;
}

/** A TTL declared on a store (Mongoose `expires`, a TTL index): a deletion by expiry. */
export interface TtlDecl {
  store: string;
  location: Location;
  duration?: string;
}

/**
 * Stores by id, indexed by lower-cased name and by alias as they are set, for ofTableName and the Prisma
 * delegates: a lookup per sink call must not scan every store. The index lists keep insertion order, so the
 * first store declared under a name still wins. Replacing or deleting a store rebuilds the index.
 */
export class StoreMap extends Map<string, StoreDecl> {
  private names?: Map<string, StoreDecl[]>;
  private aliases?: Map<string, StoreDecl[]>;

  constructor(entries?: Iterable<readonly [string, StoreDecl]>) {
    super(); // entries are set below, once the fields exist: Map's constructor would call set() before them
    for (const [id, decl] of entries ?? []) this.set(id, decl);
  }

  override set(id: string, decl: StoreDecl): this {
    const replaced = this.has(id);
    super.set(id, decl);
    if (replaced) this.reindex();
    else this.index(decl);
    return this;
  }

  override delete(id: string): boolean {
    const deleted = super.delete(id);
    if (deleted) this.reindex();
    return deleted;
  }

  override clear(): void {
    super.clear();
    this.reindex();
  }

  /** The first store (in declaration order) named `name` (lower-cased), of one of `kinds` when given. */
  named(name: string, kinds?: readonly Store['kind'][]): StoreDecl | undefined {
    return first(this.names?.get(name), kinds);
  }

  /** The first store (in declaration order) with the alias `alias` (lower-cased), of one of `kinds` when given. */
  aliased(alias: string, kinds?: readonly Store['kind'][]): StoreDecl | undefined {
    return first(this.aliases?.get(alias), kinds);
  }

  private index(decl: StoreDecl): void {
    push((this.names ??= new Map()), decl.name.toLowerCase(), decl);
    const aliases = (this.aliases ??= new Map());
    for (const a of decl.aliases) push(aliases, a, decl);
  }

  private reindex(): void {
    this.names = new Map();
    this.aliases = new Map();
    for (const decl of this.values()) this.index(decl);
  }
}

function push(index: Map<string, StoreDecl[]>, key: string, decl: StoreDecl): void {
  const list = index.get(key);
  if (list) list.push(decl);
  else index.set(key, [decl]);
}

function first(list: readonly StoreDecl[] | undefined, kinds: readonly Store['kind'][] | undefined): StoreDecl | undefined {
  if (!list) return undefined;
  return kinds ? list.find((s) => kinds.includes(s.kind)) : list[0];
}

export class StoreRegistry {
  readonly stores = new StoreMap();
  readonly cascades: Cascade[] = [];
  readonly ttls: TtlDecl[] = [];
  /** Files whose declarations or deletions could not be read (reported in Model.skipped). */
  readonly errors: Skipped[] = [];
  /** Store ids by the declaration of the symbol naming them (`file:pos`: stable across Programs, see symbolKey). */
  readonly bySymbol = new Map<string, string>();
  private readonly later: Array<() => void> = [];

  constructor(readonly cx: Analysis) {}

  add(store: Omit<StoreDecl, 'aliases'>, ...aliases: string[]): StoreDecl {
    const existing = this.stores.get(store.id);
    if (existing) {
      for (const [k, v] of store.columns) existing.columns.set(k, v);
      return existing;
    }
    const names = [store.name, ...aliases].flatMap((n) => [n, snake(n), `${n}s`, `${snake(n)}s`, n.replace(/s$/, '')]);
    const decl: StoreDecl = { ...store, aliases: new Set(names.map((n) => n.toLowerCase())) };
    this.stores.set(store.id, decl);
    return decl;
  }

  /** A symbol (const, class) that names the store wherever it is imported. */
  name(sym: TS.Symbol | undefined, id: string): void {
    const key = sym && symbolKey(sym);
    if (key) this.bySymbol.set(key, id);
  }

  /** Work that needs every declaration first (relations, model() of a schema declared later). */
  defer(f: () => void): void {
    this.later.push(f);
  }

  /** Runs `f` on a file, reporting instead of failing the analysis when it throws. */
  guard(file: TS.SourceFile, what: string, f: () => void): void {
    try {
      f();
    } catch (e) {
      this.errors.push({ file: file.fileName, reason: `internal error reading ${what}: ${(e as Error).message}` });
    }
  }

  finish(): void {
    for (let i = 0; i < this.later.length; i++) {
      try {
        this.later[i]!();
      } catch (e) {
        this.errors.push({ file: '(stores)', reason: `internal error linking store declarations: ${(e as Error).message}` });
      }
    }
    this.later.length = 0;
  }

  /** The store an expression names: the table const, entity class, model const, or an alias of one. */
  ofExpression(e: TS.Expression | undefined, depth = 0): string | undefined {
    const ts = this.cx.ts;
    if (!e || depth > 4) return undefined;
    const x = skipOuter(ts, e);
    if (ts.isIdentifier(x) || ts.isPropertyAccessExpression(x)) {
      const sym = symbolOf(this.cx, x);
      const key = sym && symbolKey(sym);
      const id = key && this.bySymbol.get(key);
      if (id) return id;
      const decl = sym?.valueDeclaration;
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && this.cx.isProjectFile(decl.getSourceFile())) {
        const init = skipOuter(ts, decl.initializer);
        if (ts.isIdentifier(init) || ts.isPropertyAccessExpression(init)) return this.ofExpression(init, depth + 1);
      }
    }
    return undefined;
  }

  /** The store a type belongs to: an entity class, `typeof Entity`, `Repository<Entity>`, `Model<IMember>`. */
  ofType(type: TS.Type, depth = 0): string | undefined {
    if (depth > 3) return undefined;
    for (const sym of [type.getSymbol(), type.aliasSymbol]) {
      const key = sym && symbolKey(sym);
      const id = key && this.bySymbol.get(key);
      if (id) return id;
    }
    if (type.isUnion() || type.isIntersection()) {
      for (const t of type.types) {
        const id = this.ofType(t, depth + 1);
        if (id) return id;
      }
    }
    const ts = this.cx.ts;
    const isReference = !!(type.flags & ts.TypeFlags.Object) && !!((type as TS.ObjectType).objectFlags & ts.ObjectFlags.Reference);
    const args = [...(isReference ? this.cx.checker.getTypeArguments(type as TS.TypeReference) : []), ...(type.aliasTypeArguments ?? [])];
    for (const t of args) {
      const id = this.ofType(t, depth + 1);
      if (id) return id;
    }
    return undefined;
  }

  /**
   * The type parameter of a project class a type stands for (`T` in `ModelStatic<T>`, `Repository<T>`): the store
   * of a generic base service's `this.repository`, known only where a subclass or a receiver binds `T`
   * (classBindings). Its key is the parameter's declaration (symbolKey).
   */
  typeParamOf(type: TS.Type, depth = 0): string | undefined {
    const ts = this.cx.ts;
    if (depth > 3) return undefined;
    if (type.flags & ts.TypeFlags.TypeParameter) {
      const sym = type.getSymbol();
      const decl = sym?.declarations?.[0];
      return decl && ts.isTypeParameterDeclaration(decl) && ts.isClassLike(decl.parent) && this.cx.isProjectFile(decl.getSourceFile()) ? symbolKey(sym!) : undefined;
    }
    if (type.isUnion() || type.isIntersection()) {
      for (const t of type.types) {
        const key = this.typeParamOf(t, depth + 1);
        if (key) return key;
      }
    }
    const isReference = !!(type.flags & ts.TypeFlags.Object) && !!((type as TS.ObjectType).objectFlags & ts.ObjectFlags.Reference);
    for (const t of [...(isReference ? this.cx.checker.getTypeArguments(type as TS.TypeReference) : []), ...(type.aliasTypeArguments ?? [])]) {
      const key = this.typeParamOf(t, depth + 1);
      if (key) return key;
    }
    return undefined;
  }

  /**
   * The stores a class instance type binds the type parameters of a generic project class to, by parameter key:
   * `class UserService extends BaseService<UserModel>` binds BaseService's `T` to User's store. `type` is the
   * receiver (`new UserService()`, `this.users`), `owner` the class declaring the called method.
   */
  classBindings(type: TS.Type, owner: TS.ClassLikeDeclaration): Record<string, string> | undefined {
    const ts = this.cx.ts;
    const checker = this.cx.checker;
    const params = owner.typeParameters;
    if (!params || params.length === 0) return undefined;
    const ownerSym = owner.name ? checker.getSymbolAtLocation(owner.name) : undefined;
    if (!ownerSym) return undefined;
    const seen = new Set<TS.Type>();
    const find = (t: TS.Type, depth: number): TS.TypeReference | undefined => {
      if (depth > 8 || seen.has(t)) return undefined;
      seen.add(t);
      const target = (t.flags & ts.TypeFlags.Object) && ((t as TS.ObjectType).objectFlags & ts.ObjectFlags.Reference) ? (t as TS.TypeReference).target : t;
      if (target.getSymbol() === ownerSym) return t as TS.TypeReference;
      if (!(target.flags & ts.TypeFlags.Object) || !((target as TS.ObjectType).objectFlags & (ts.ObjectFlags.Class | ts.ObjectFlags.Interface))) return undefined;
      for (const b of checker.getBaseTypes(target as TS.InterfaceType)) {
        const hit = find(b, depth + 1);
        if (hit) return hit;
      }
      return undefined;
    };
    const ref = find(checker.getApparentType(type), 0);
    if (!ref || !(ref.flags & ts.TypeFlags.Object) || !((ref as TS.ObjectType).objectFlags & ts.ObjectFlags.Reference)) return undefined;
    const args = checker.getTypeArguments(ref);
    const out: Record<string, string> = {};
    params.forEach((p, i) => {
      const sym = checker.getSymbolAtLocation(p.name);
      const key = sym && symbolKey(sym);
      const arg = args[i];
      const store = arg && !(arg.flags & ts.TypeFlags.TypeParameter) ? this.ofType(arg) : undefined;
      if (key && store) out[key] = store;
    });
    return Object.keys(out).length > 0 ? out : undefined;
  }

  /**
   * The type arguments a class type gives a base class `isBase` accepts, found through its chain of base classes with
   * the type parameters in between bound: `class UserRepository extends Repository<User>` gives [User] for typeorm's
   * Repository, and so does `class UserRepo extends BaseRepo<User>` with `class BaseRepo<T> extends Repository<T>`.
   */
  baseTypeArguments(type: TS.Type, isBase: (sym: TS.Symbol) => boolean): TS.Type[] | undefined {
    const ts = this.cx.ts;
    const checker = this.cx.checker;
    const isReference = (t: TS.Type) => !!(t.flags & ts.TypeFlags.Object) && !!((t as TS.ObjectType).objectFlags & ts.ObjectFlags.Reference);
    const visit = (t: TS.Type, bound: ReadonlyMap<TS.Type, TS.Type>, depth: number): TS.Type[] | undefined => {
      if (depth > 8) return undefined;
      const target = isReference(t) ? (t as TS.TypeReference).target : t;
      const args = (isReference(t) ? checker.getTypeArguments(t as TS.TypeReference) : []).map((a) => bound.get(a) ?? a);
      const sym = target.getSymbol();
      if (sym && isBase(sym)) return args;
      if (!(target.flags & ts.TypeFlags.Object) || !((target as TS.ObjectType).objectFlags & (ts.ObjectFlags.Class | ts.ObjectFlags.Interface))) return undefined;
      const params = (target as TS.InterfaceType).typeParameters ?? [];
      const next = new Map(params.map((p, i) => [p as TS.Type, args[i] ?? p]));
      for (const b of checker.getBaseTypes(target as TS.InterfaceType)) {
        const hit = visit(b, next, depth + 1);
        if (hit) return hit;
      }
      return undefined;
    };
    return visit(checker.getApparentType(type), new Map(), 0);
  }

  /** The store a table or collection name in SQL or a query builder refers to: by its name, else by an alias. */
  ofTableName(name: string, kinds?: readonly Store['kind'][]): StoreDecl | undefined {
    const n = name.replace(/^.*\./, '').replace(/["`[\]]/g, '').toLowerCase();
    return this.stores.named(n, kinds) ?? this.stores.aliased(n, kinds);
  }

  /** The items of a column, or undefined when the store does not declare it. */
  columnItems(store: string, column: string): string[] | undefined {
    const s = this.stores.get(store);
    if (!s) return undefined;
    const hit = s.columns.get(column) ?? [...s.columns].find(([k]) => snake(k) === snake(column))?.[1];
    return hit;
  }
}

/**
 * A symbol by its declaration (`file:pos`), not by object: an incremental analysis restores the registry of
 * unchanged files into a new Program, whose checker makes new Symbol objects for the same declarations.
 */
export function symbolKey(sym: TS.Symbol): string | undefined {
  const decl = sym.valueDeclaration ?? sym.declarations?.[0];
  return decl ? `${decl.getSourceFile().fileName}:${decl.pos}:${sym.getName()}` : undefined;
}
