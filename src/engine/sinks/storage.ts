import type { SinkSpec } from './types.js';

/** Persistent stores written by the service. */
export const STORAGE_SINKS: readonly SinkSpec[] = [
  // drizzle-orm: db.insert(table).values(row), db.update(table).set(patch)
  { name: 'drizzle.insert', kind: 'storage', packages: ['drizzle-orm'], member: /^values$/, container: /Insert/, data: [0] },
  { name: 'drizzle.update', kind: 'storage', packages: ['drizzle-orm'], member: /^set$/, container: /Update/, data: [0] },
  // node-postgres: client.query(text, values)
  { name: 'pg.query', kind: 'storage', packages: ['pg'], member: /^query$/, data: [1] },
  // files
  { name: 'fs.write', kind: 'storage', packages: ['node'], member: /^(writeFile|writeFileSync|appendFile|appendFileSync)$/, data: [1] },
];

/** Browser storage: storage for the password and encryption rules, without a store declaration. */
export const CLIENT_STORAGE_SINKS: readonly SinkSpec[] = [
  { name: 'localStorage.setItem', kind: 'client-storage', packages: ['lib'], member: /^setItem$/, container: /^Storage$/, data: [1] },
];
