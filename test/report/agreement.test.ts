/**
 * The report and `check` cannot disagree: on the same project, `report --format json` lists exactly the
 * findings of `check --format json`, and every finding's items (and, for transfers, logs and stores, the
 * party, the log call or the store) appear in the report's inventory at the finding's place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../src/results/result.js';
import type { Report } from '../../src/report/types.js';
import { ROOT, cli } from '../cli/helpers.js';

const DEMO = ['--project', 'fixtures/demo-app/tsconfig.json', '--manifest', 'fixtures/demo-app/privacy.yaml'];
let report: Report;
let checked: ReportedFinding[];
let codes: { report: number; check: number };

beforeAll(async () => {
  const r = await cli(['report', ...DEMO, '--format', 'json'], ROOT);
  const c = await cli(['check', ...DEMO, '--format', 'json'], ROOT);
  report = JSON.parse(r.out) as Report;
  checked = (JSON.parse(c.out) as { findings: ReportedFinding[] }).findings;
  codes = { report: r.code, check: c.code };
});

describe('report agrees with check on fixtures/demo-app', () => {
  it('the same findings, in the same order, with the same exit code', () => {
    expect(checked.length).toBeGreaterThan(0);
    expect(report.findings.map(({ excerpt: _e, docs: _d, ...f }) => f)).toEqual(checked);
    expect(codes.report).toBe(codes.check);
    expect(report.verdict.errors).toBe(checked.filter((f) => f.severity === 'error').length);
  });

  it("every finding's items and destination appear in the inventory", () => {
    const problems: string[] = [];
    for (const f of report.findings) {
      const here = (p: { file: string; line: number; column: number }) => p.file === f.file && p.line === f.line && p.column === f.column;
      for (const id of f.dataItems) {
        const row = report.inventory.find((r) => r.id === id);
        const where = `${f.ruleId} ${f.file}:${f.line} ${id}`;
        if (!row) {
          problems.push(`${where}: no inventory row`);
          continue;
        }
        if (f.ruleId === 'privacy/no-undeclared-transfer' && !row.parties.some((p) => here(p.at) && !p.masked && p.role !== undefined)) problems.push(`${where}: party missing`);
        if (f.ruleId === 'privacy/no-personal-data-in-logs' && !row.logs.some((l) => here(l.at) && !l.masked)) problems.push(`${where}: unmasked log missing`);
        if (f.sink?.kind === 'storage' && row.stores.length === 0) problems.push(`${where}: no store`);
        if (f.ruleId === 'privacy/require-retention' && !row.stores.some((s) => here(s.at) && s.retention !== 'evidenced')) problems.push(`${where}: store without evidence missing`);
        if (f.ruleId === 'privacy/valid-annotations' && !row.recognisedBy.some((x) => x.at && here(x.at))) problems.push(`${where}: annotation missing`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('an undeclared destination of a transfer finding is an undeclared party; a declared one lists the item as over-shared', () => {
    for (const f of report.findings.filter((x) => x.ruleId === 'privacy/no-undeclared-transfer')) {
      const party = report.parties.find((p) => p.at.some((c) => c.file === f.file && c.line === f.line));
      expect(party, `${f.file}:${f.line}`).toBeDefined();
      for (const id of f.dataItems) expect(party!.role === 'undeclared' || party!.overShared.includes(id) || (party!.overseasUndeclared ?? []).includes(id)).toBe(true);
    }
  });
});
