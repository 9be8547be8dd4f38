import { describe, expect, it } from 'vitest';
import { compareFindingsOf, expectedFindings } from '../checks/harness.js';
import { analyzeFixture } from '../engine/harness.js';
import { ROOT, cli } from './helpers.js';

const DEMO = ['--project', 'fixtures/demo-app/tsconfig.json', '--manifest', 'fixtures/demo-app/privacy.yaml'];

describe('privacy-lint check', () => {
  it('text: findings grouped by file with their flow; exit 1 on error findings', { timeout: 60_000 }, async () => {
    const r = await cli(['check', ...DEMO], ROOT);
    expect(r.code).toBe(1);
    expect(r.out).toContain('fixtures/demo-app/src/notifications/sms.ts\n  8:9      error    `phone`');
    expect(r.out).toMatch(/flow: fixtures\/demo-app\/src\/\S+:\d+:\d+ /);
    expect(r.out).toMatch(/✖ \d+ problems \(\d+ errors, 0 warnings\) in 22 files/);
    expect(r.err).toContain('privacy-lint: analysing fixtures/demo-app/tsconfig.json against fixtures/demo-app/privacy.yaml');
  });

  it('json: the contract, with paths relative to the working directory', { timeout: 60_000 }, async () => {
    const r = await cli(['check', ...DEMO, '--format', 'json'], ROOT);
    const json = JSON.parse(r.out) as { version: number; findings: Array<Record<string, unknown>>; stats: { files: number; durationMs: number } };
    expect(json.version).toBe(1);
    expect(json.stats.files).toBe(22);
    const sms = json.findings.find((f) => f.file === 'fixtures/demo-app/src/notifications/sms.ts');
    expect(sms).toMatchObject({
      ruleId: 'privacy/no-undeclared-transfer', severity: 'error', line: 8, column: 9, dataItems: ['phone'],
      sink: { kind: 'transfer', name: 'axios.post' },
    });
    expect(Object.keys(sms!).sort()).toEqual(['column', 'dataItems', 'endColumn', 'endLine', 'file', 'flow', 'line', 'message', 'ruleId', 'severity', 'sink']);
    // the same findings as the demo's inline expectations, one of each rule
    const { model, root } = analyzeFixture('demo-app');
    const expected = expectedFindings(model.files, root);
    expect(new Set(expected.map((e) => e.split(' ')[1])).size).toBe(8);
    expect(json.findings.map((f) => `${String(f.file).replace('fixtures/demo-app/', '')}:${String(f.line)} ${String(f.ruleId)}`).sort()).toEqual(expected);
  });

  it('--rule keeps only the named rules; an unknown rule is a usage error', { timeout: 60_000 }, async () => {
    const r = await cli(['check', ...DEMO, '--format', 'json', '--rule', 'privacy/no-personal-data-in-logs'], ROOT);
    const ids = (JSON.parse(r.out) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId);
    expect(new Set(ids)).toEqual(new Set(['privacy/no-personal-data-in-logs']));
    const bad = await cli(['check', ...DEMO, '--rule', 'no-personal-data-in-log'], ROOT);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('privacy-lint check: unknown rule "no-personal-data-in-log" (did you mean "no-personal-data-in-logs"?); the rules are listed in docs/rules/\n');
  });

  it('a missing tsconfig or a broken manifest is exit 2 with one line each', async () => {
    const r = await cli(['check', '--project', 'nowhere/tsconfig.json'], ROOT);
    expect(r).toMatchObject({ code: 2, err: "nowhere/tsconfig.json: no such file; run in the project's folder, or pass --project path/to/tsconfig.json\n" });
    const m = await cli(['check', '--project', 'fixtures/demo-app', '--manifest', 'fixtures/manifests/nope.yaml'], ROOT);
    expect(m.code).toBe(2);
    expect(m.err).toContain('fixtures/manifests/nope.yaml: no such file');
  });
});

describe('suppression comments', () => {
  it('a reasoned privacy-lint-disable-next-line hides its rule on the next line; without a reason it is reported', () => {
    const { missing, extra, findings } = compareFindingsOf('checks/suppressions');
    expect(extra).toEqual(['src/audit.ts:4 privacy/valid-annotations']);
    expect(missing).toEqual([]);
    expect(findings.find((f) => f.location.line === 4)?.message).toMatch(/needs a reason after " -- "/);
  });
});
