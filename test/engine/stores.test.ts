/**
 * Stores and deletions per ORM (fixtures/engine/stores-*): declarations with their items, the store each
 * write reaches, deletions told apart (delete, soft delete, anonymise, TTL), cascades, and the jobs and
 * events that reach them. Expectations are inline (see stores-harness.ts).
 */
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { loadManifest } from '../../src/manifest/load.js';
import { runChecks } from '../../src/results/run.js';
import { compareStores } from './stores-harness.js';

const FIXTURES = ['stores-drizzle', 'stores-typeorm', 'stores-mongoose', 'stores-prisma', 'stores-knex', 'stores-sequelize', 'stores-generic'];

describe('engine: stores and deletions', () => {
  for (const dir of FIXTURES) {
    it(`${dir}: every expected store and deletion, nothing else`, { timeout: 60_000 }, () => {
      const { missing, extra, model } = compareStores(`engine/${dir}`);
      expect({ missing, extra, skipped: model.skipped }).toEqual({ missing: { stores: [], deletions: [] }, extra: { stores: [], deletions: [] }, skipped: [] });
    });
  }
});

describe('engine: deletions in a generic base service', () => {
  it('a base method deletes the store the path binds T to: the inherited handler the manifest names, or a typed receiver', { timeout: 60_000 }, () => {
    const { model, root } = compareStores('engine/stores-generic');
    const user = model.deletions.find((d) => d.store === 'sequelize:User');
    expect(user?.reachedFrom.map((t) => t.path.map((s) => `${relative(root, s.location.file)}:${s.location.line} ${s.note}`))).toEqual([
      [
        'src/services/base.ts:7 handles membership_withdrawal (events.membership_withdrawal.code: src/services/users.ts#UserService.forceDelete)',
        'src/services/base.ts:8 deletes rows of sequelize:User: this.repository.destroy',
      ],
    ]);
    // Upload rows are deleted by the same base method, but only from removeUpload, which no event reaches
    const findings = runChecks(model, loadManifest(join(root, 'privacy.yaml')).data);
    expect(findings.map((f) => `${relative(root, f.location.file)}:${f.location.line} ${f.ruleId}`)).toEqual(['src/models/models.ts:21 privacy/require-retention']);
  });
});
