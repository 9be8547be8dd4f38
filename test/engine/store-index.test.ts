import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/engine/analysis.js';
import type { Store } from '../../src/engine/model.js';
import { type StoreDecl, StoreRegistry } from '../../src/engine/stores/registry.js';

const loc = { file: '/p/schema.ts', line: 1, column: 1, endLine: 1, endColumn: 2 };
const decl = (kind: Store['kind'], name: string) => ({ id: `${kind}:${name}`, kind, name, location: loc, items: [], columns: new Map<string, string[]>() });

/** ofTableName as it was: a scan of every store per call (the reference the index must agree with). */
function scan(r: StoreRegistry, name: string, kinds?: readonly Store['kind'][]): StoreDecl | undefined {
  const n = name.replace(/^.*\./, '').replace(/["`[\]]/g, '').toLowerCase();
  let best: StoreDecl | undefined;
  for (const s of r.stores.values()) {
    if (kinds && !kinds.includes(s.kind)) continue;
    if (s.name.toLowerCase() === n) return s;
    if (!best && s.aliases.has(n)) best = s;
  }
  return best;
}

describe('store registry: table names are looked up in an index', () => {
  const r = new StoreRegistry({} as Analysis);
  r.add(decl('drizzle', 'Member'), 'app_members');
  r.add(decl('typeorm', 'members'));
  r.add(decl('sequelize', 'Booking'));
  r.add(decl('prisma', 'Visit'), 'visit_log');
  r.add(decl('sql', 'visits'));

  it('a store named so beats an earlier store with the name as alias', () => {
    expect(r.ofTableName('members')?.id).toBe('typeorm:members');
    expect(r.ofTableName('visits')?.id).toBe('sql:visits');
  });

  it('agrees with a scan of every store, with and without kinds, quoted and schema-qualified', () => {
    const names = ['member', 'Member', 'members', 'MEMBERS', 'app_members', 'public."app_members"', '`bookings`', '[Booking]', 'visit', 'visits', 'visit_log', 'nothing'];
    const kindSets: Array<readonly Store['kind'][] | undefined> = [undefined, ['drizzle'], ['typeorm'], ['sequelize'], ['prisma'], ['sql', 'prisma'], ['redis']];
    for (const n of names) for (const k of kindSets) expect(r.ofTableName(n, k)?.id, `${n} ${k?.join(',') ?? ''}`).toBe(scan(r, n, k)?.id);
  });

  it('sees stores set directly (a restored registry) and replaced ones', () => {
    const s = new StoreRegistry({} as Analysis);
    s.stores.set('knex:rentals', { ...decl('knex', 'rentals'), aliases: new Set(['rentals', 'rental']) });
    expect(s.ofTableName('rental')?.id).toBe('knex:rentals');
    s.stores.set('knex:rentals', { ...decl('knex', 'rentals'), aliases: new Set(['hires']) });
    expect(s.ofTableName('rental')).toBeUndefined();
    expect(s.ofTableName('hires')?.id).toBe('knex:rentals');
    s.stores.delete('knex:rentals');
    expect(s.ofTableName('hires')).toBeUndefined();
  });

  it('finds a Prisma model by its exact name only', () => {
    expect(r.stores.named('visit', ['prisma'])?.id).toBe('prisma:Visit');
    expect(r.stores.named('visits', ['prisma'])).toBeUndefined();
  });
});
