/**
 * Stores and deletions per ORM (fixtures/engine/stores-*): declarations with their items, the store each
 * write reaches, deletions told apart (delete, soft delete, anonymise, TTL), cascades, and the jobs and
 * events that reach them. Expectations are inline (see stores-harness.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareStores } from './stores-harness.js';

const FIXTURES = ['stores-drizzle', 'stores-typeorm', 'stores-mongoose', 'stores-prisma', 'stores-knex', 'stores-sequelize'];

describe('engine: stores and deletions', () => {
  for (const dir of FIXTURES) {
    it(`${dir}: every expected store and deletion, nothing else`, { timeout: 60_000 }, () => {
      const { missing, extra, model } = compareStores(`engine/${dir}`);
      expect({ missing, extra, skipped: model.skipped }).toEqual({ missing: { stores: [], deletions: [] }, extra: { stores: [], deletions: [] }, skipped: [] });
    });
  }
});
