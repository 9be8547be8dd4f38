/**
 * What one storage ecosystem (Drizzle, TypeORM, Mongoose, Sequelize, Knex/Kysely, Prisma, raw SQL,
 * Redis) contributes: its store declarations, the store a call addresses, and the deletions it performs.
 * One file per ecosystem, listed in createAdapters (stores/index.ts).
 */
import type * as TS from 'typescript';
import type { Deletion } from '../model.js';
import type { StoreRegistry } from './registry.js';
import type { CallTarget } from '../analysis.js';

/** A deletion (or soft delete, anonymisation, TTL) found at a call. */
export interface Found {
  store: string;
  kind: Deletion['kind'];
  /** Where it is reported: the whole call chain, the TTL option, the SQL string's call. */
  node: TS.Node;
  /** A duration the adapter knows itself (TTLs); purge cut-offs are looked up in the query afterwards. */
  duration?: string;
  /** For the path's last step: "db.delete(reservations)", "Member.destroy (paranoid: soft delete)". */
  what: string;
  /**
   * `store` is the key of a generic class's type parameter (registry.typeParamOf), not a store: the deletion of a
   * base service's `this.repository.destroy(…)`, whose store the joins take from the path that binds it.
   */
  param?: true;
  /** A Sequelize `destroy()` without `force: true`: a soft delete where the bound store is paranoid. */
  softIfParanoid?: true;
}

export interface Adapter {
  name: string;
  /** Records declarations made at this node (a call, `new`, class, string) in the registry. */
  declare?(r: StoreRegistry, node: TS.Node): void;
  /** The store a call of a builder chain addresses (the chain's other calls are asked too). */
  storeOf?(r: StoreRegistry, call: TS.CallExpression, t: CallTarget): string | undefined;
  /** The deletions a call performs. */
  deletions?(r: StoreRegistry, call: TS.CallExpression, t: CallTarget): Found[];
  /**
   * The method names whose calls `deletions` reads (`x.delete(…)`): the pass over every call of the project asks
   * the checker about a method call only when some adapter reads that name. Without it, every call is resolved.
   */
  deletes?: RegExp;
}
