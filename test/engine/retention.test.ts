/**
 * Retention evidence: the triggers (jobs of every scheduler, event handlers by manifest code and by tag,
 * `@retention` functions) and the call paths that connect them to deletions (fixtures/engine/retention-jobs),
 * the steps of a path across files and through a cascade, the store each write reaches, and the
 * durations read from code.
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromMs, fromMsText, fromSql, iso } from '../../src/engine/stores/durations.js';
import { analysed, compareStores } from './stores-harness.js';

const SLOW = { timeout: 60_000 };

describe('engine: retention triggers (fixtures/engine/retention-jobs)', () => {
  it('finds every expected store, deletion and trigger, nothing else', SLOW, () => {
    const { missing, extra, model } = compareStores('engine/retention-jobs');
    expect({ missing, extra, skipped: model.skipped }).toEqual({ missing: { stores: [], deletions: [] }, extra: { stores: [], deletions: [] }, skipped: [] });
  });

  it('shows the path from a bullmq schedule through its Worker to the deletion', SLOW, () => {
    const { model, root } = analysed('engine/retention-jobs');
    const otps = model.deletions.find((d) => d.store === 'drizzle:otps');
    const bull = otps?.reachedFrom.find((t) => t.name === '*/10 * * * *');
    expect(bull?.path.map((s) => `${relative(root, s.location.file)}:${s.location.line} ${s.note}`)).toEqual([
      'src/jobs/bull.ts:20 scheduled */10 * * * * (bullmq repeat)',
      'src/jobs/bull.ts:15 processed by the Worker of queue retention',
      'src/jobs/bull.ts:11 calls purgeOtps()',
      'src/jobs/purges.ts:11 deletes rows of drizzle:otps: delete(otps)',
    ]);
  });
});

describe('engine: retention paths and store links (fixtures/engine/stores-*)', () => {
  it('a cascade is reached from the parent deletion\'s event, the path crossing files', SLOW, () => {
    const { model, root } = analysed('engine/stores-drizzle');
    const cascade = model.deletions.find((d) => d.store === 'drizzle:reservations' && d.reachedFrom.some((t) => t.kind === 'event'));
    const event = cascade?.reachedFrom.find((t) => t.kind === 'event');
    expect(event?.path.map((s) => `${relative(root, s.location.file)}:${s.location.line} ${s.note}`)).toEqual([
      'src/members/members.service.ts:10 handles membership_withdrawal (@privacyEvent)',
      'src/members/members.service.ts:12 calls deleteMember()',
      'src/members/members.repository.ts:11 deletes rows of drizzle:members: delete(members)',
      "src/db/schema.ts:26 ON DELETE CASCADE: drizzle:reservations rows go with their drizzle:members row (references(…, { onDelete: 'cascade' }))",
    ]);
    expect(event?.location.line).toBe(10);
  });

  it('links storage writes to the store they write', SLOW, () => {
    const links = (dir: string) => {
      const { model, root } = analysed(`engine/${dir}`);
      return model.flows.filter((f) => f.sink.kind === 'storage').map((f) => `${relative(root, f.location.file)}:${f.location.line} ${f.sink.store ?? '-'}`);
    };
    expect(links('stores-drizzle')).toEqual(expect.arrayContaining(['src/inquiries/inquiries.routes.ts:6 drizzle:inquiries', 'src/members/members.repository.ts:6 drizzle:members']));
    expect(links('stores-typeorm')).toEqual(expect.arrayContaining(['src/members/members.service.ts:19 typeorm:Member', 'src/accounts/accounts.service.ts:16 typeorm:Member']));
    expect(links('stores-knex')).toEqual(expect.arrayContaining(['src/members/members.ts:4 knex:members', 'src/members/members.ts:13 sql:audit_events']));
    for (const dir of ['stores-drizzle', 'stores-typeorm', 'stores-mongoose', 'stores-prisma', 'stores-knex', 'stores-sequelize']) {
      expect(links(dir).filter((l) => l.endsWith(' -')), dir).toEqual([]);
    }
  });

  it('a program without stores has no stores and no deletions', SLOW, () => {
    const { model } = analysed('engine/basics');
    expect({ stores: model.stores, deletions: model.deletions }).toEqual({ stores: [], deletions: [] });
  });
});

describe('engine: durations read from code', () => {
  it('converts milliseconds, ms-style text and SQL intervals to ISO-8601', () => {
    expect([fromMs(86_400_000), fromMs(90 * 86_400_000), fromMs(3_600_000), fromMs(90 * 60_000), fromMs(1500), fromMs(0)]).toEqual(['P1D', 'P90D', 'PT1H', 'PT90M', 'PT1.5S', undefined]);
    expect([fromMsText('30d'), fromMsText('10m'), fromMsText('1h'), fromMsText('7 days'), fromMsText('2y'), fromMsText('soon')]).toEqual(['P30D', 'PT10M', 'PT1H', 'P7D', 'P2Y', undefined]);
    expect([fromSql("now() - interval '6 months'"), fromSql('NOW() - INTERVAL 5 YEAR'), fromSql("interval '90 days'"), fromSql('select 1')]).toEqual(['P6M', 'P5Y', 'P90D', undefined]);
    expect([iso(6, 'M'), iso(2, 'W'), iso(10, 'Mi')]).toEqual(['P6M', 'P2W', 'PT10M']);
  });
});
