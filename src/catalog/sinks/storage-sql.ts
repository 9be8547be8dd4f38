import type { SinkSpec } from './types.js';

/**
 * SQL query builders and drivers: Drizzle, Knex, Kysely, node-postgres, mysql2. What arrives is the row
 * or patch written (`values`, `set`, `insert`, `update`, upsert merges) and a raw statement's parameters.
 * WHERE criteria, selects and deletes are not storage of what they mention.
 */
export const SQL_SINKS: readonly SinkSpec[] = [
  // drizzle-orm: db.insert(t).values(row), db.update(t).set(patch), upserts: .onConflictDoUpdate({ set }) (pg, sqlite),
  // .onDuplicateKeyUpdate({ set }) (mysql)
  { name: 'drizzle.insert', kind: 'storage', packages: ['drizzle-orm'], member: /^values$/, container: /Insert/, data: [0] },
  { name: 'drizzle.update', kind: 'storage', packages: ['drizzle-orm'], member: /^set$/, container: /Update/, data: [0] },
  { name: 'drizzle.insert', kind: 'storage', packages: ['drizzle-orm'], member: /^(onConflictDoUpdate|onDuplicateKeyUpdate)$/, container: /Insert/, data: [{ arg: 0, field: 'set' }] },

  // knex: knex('t').insert(rows), .update(patch) or .update(column, value), .upsert(rows), .onConflict(c).merge(patch)
  { name: 'knex', kind: 'storage', packages: ['knex'], member: /^(insert|upsert)$/, container: /^QueryInterface$/, data: [0] },
  { name: 'knex', kind: 'storage', packages: ['knex'], member: /^update$/, container: /^QueryInterface$/, data: [0, 1] },
  { name: 'knex.onConflict', kind: 'storage', packages: ['knex'], member: /^merge$/, container: /^OnConflictQueryBuilder$/, data: [0] },

  // kysely: db.insertInto(t).values(row), db.updateTable(t).set(patch), .onConflict((oc) => oc.doUpdateSet(patch)),
  // .onDuplicateKeyUpdate(patch)
  { name: 'kysely.insertInto', kind: 'storage', packages: ['kysely'], member: /^(values|onDuplicateKeyUpdate)$/, container: /^InsertQueryBuilder$/, data: [0] },
  { name: 'kysely.updateTable', kind: 'storage', packages: ['kysely'], member: /^set$/, container: /^UpdateQueryBuilder$/, data: [0] },
  { name: 'kysely.onConflict', kind: 'storage', packages: ['kysely'], member: /^doUpdateSet$/, container: /^OnConflict/, data: [0] },

  // node-postgres: client.query(text, values), client.query({ text, values }). The statement is not read: the
  // parameters of a SELECT are reported too (criteria, not storage: a known over-approximation).
  { name: 'pg', kind: 'storage', packages: ['pg'], member: /^query$/, data: [1, { arg: 0, field: 'values' }] },
  // mysql2 (callback and promise APIs): query/execute(sql, values), query({ sql, values }), `INSERT … SET ?` objects
  { name: 'mysql2', kind: 'storage', packages: ['mysql2'], member: /^(query|execute)$/, data: [1, { arg: 0, field: 'values' }] },
];
