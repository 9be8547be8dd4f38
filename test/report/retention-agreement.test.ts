/**
 * Retention in full: the inventory and require-retention are built from the same deletion facts, so they
 * agree on every item and store; a soft delete is said for what it is (the row stays) in both; and every
 * place either names carries its file, never a bare line number.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../src/results/result.js';
import type { Report } from '../../src/report/types.js';
import { ROOT, cli } from '../cli/helpers.js';

const PROJECTS = {
  demo: ['--project', 'fixtures/demo-app/tsconfig.json', '--manifest', 'fixtures/demo-app/privacy.yaml'],
  drizzle: ['--project', 'fixtures/engine/stores-drizzle/tsconfig.json', '--manifest', 'fixtures/engine/stores-drizzle/privacy.yaml'],
};
const RULE = 'privacy/require-retention';
const runs: Record<string, { report: Report; findings: ReportedFinding[] }> = {};

beforeAll(async () => {
  for (const [name, args] of Object.entries(PROJECTS)) {
    const report = JSON.parse((await cli(['report', ...args, '--format', 'json'], ROOT)).out) as Report;
    const findings = (JSON.parse((await cli(['check', ...args, '--format', 'json'], ROOT)).out) as { findings: ReportedFinding[] }).findings;
    runs[name] = { report, findings: findings.filter((f) => f.ruleId === RULE) };
  }
}, 180_000);

describe('the inventory and require-retention agree', () => {
  for (const name of Object.keys(PROJECTS)) {
    it(`${name}: a store of an item has a retention finding exactly when the inventory judges it unproven`, () => {
      const { report, findings } = runs[name]!;
      let compared = 0;
      for (const row of report.inventory) {
        for (const s of row.stores) {
          if (s.retention === undefined || s.retention === 'not-stored') continue;
          compared++;
          const finding = findings.find((f) => f.file === s.at.file && f.line === s.at.line && f.dataItems.includes(row.id));
          const expected = s.retention !== 'evidenced';
          expect(finding !== undefined, `${row.id} in ${s.name} (${s.retention}): finding ${finding ? 'present' : 'absent'}`).toBe(expected);
        }
      }
      expect(compared).toBeGreaterThan(3);
    });

    it(`${name}: every place a retention note or finding names carries its file`, () => {
      const { report, findings } = runs[name]!;
      const notes = report.inventory.flatMap((r) => r.retention.map((v) => v.note));
      for (const text of [...notes, ...findings.map((f) => f.message)]) expect(text).not.toMatch(/\(line \d+|\blines? \d+[,)]/);
    });
  }

  it('says a soft delete keeps the row, in the finding and in the inventory, at the same place', () => {
    const { report, findings } = runs.drizzle!;
    const finding = findings.find((f) => f.message.startsWith('inquiries (drizzle)'));
    expect(finding?.message).toContain('but it is only soft-deleted (inquiries/inquiries.routes.ts:11): the row stays, flagged as deleted, which is not a deletion');
    const email = report.inventory.find((r) => r.id === 'email')!;
    const views = email.retention.filter((v) => v.softDeletes);
    expect(views.length).toBeGreaterThan(0);
    for (const v of views) {
      expect(v.softDeletes).toContainEqual({ store: expect.stringContaining('inquiries') as unknown as string, at: { file: 'fixtures/engine/stores-drizzle/src/inquiries/inquiries.routes.ts', line: 11, column: expect.any(Number) as unknown as number } });
      expect(v.note).toContain('inquiries is only soft-deleted (fixtures/engine/stores-drizzle/src/inquiries/inquiries.routes.ts:11): the row stays');
    }
  });
});
