import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_NAMES } from '../../src/results/run.js';
import type { Model } from '../../src/engine/model.js';
import { formatReportJson } from '../../src/reporters/report-json.js';
import type { InventoryRow, Report } from '../../src/report/types.js';
import { DEMO_MANIFEST, DEMO_TSCONFIG, analyseDemo, demoReport, type DemoAnalysis } from './demo.js';

let demo: DemoAnalysis;
let report: Report;
const row = (id: string): InventoryRow => {
  const r = report.inventory.find((x) => x.id === id);
  if (!r) throw new Error(`no inventory row for ${id}`);
  return r;
};
const SRC = 'fixtures/demo-app/src';

beforeAll(() => {
  demo = analyseDemo();
  report = demo.report;
});

describe('buildReport on fixtures/demo-app', () => {
  it('verdict: fails on the deliberate errors, one per rule and the legacy MD5 check, and counts the policy gaps', () => {
    expect(report.verdict).toMatchObject({ status: 'fail', errors: 9, warnings: 0, gaps: demo.manifest.warnings.length });
    expect(report.verdict.byRule.map((b) => b.rule)).toEqual(RULE_NAMES.map((n) => `privacy/${n}`));
    // no-plaintext-password twice: the back-office reset's MD5 and the login's MD5 check of the same legacy scheme
    expect(report.verdict.byRule.every((b) => b.errors === (b.rule === 'privacy/no-plaintext-password' ? 2 : 1) && b.docs === `docs/rules/${b.rule.slice(8)}.md`)).toBe(true);
    expect(report.verdict.summary).toBe(`9 errors in 8 rules; ${demo.manifest.warnings.length} policy gaps.`);
    expect(report.project).toEqual({
      tsconfig: DEMO_TSCONFIG, projects: [DEMO_TSCONFIG], manifest: DEMO_MANIFEST, controller: 'Seoul Metropolitan Government (demo)',
      service: 'Seoul Public Service Reservations', files: 22,
    });
  });

  it('inventory: the manifest items in manifest order, then the undeclared annotation id', () => {
    expect(report.inventory.map((r) => r.id)).toEqual([...demo.manifest.data.dataItems.map((i) => i.id), 'emial']);
    expect(row('emial')).toMatchObject({ declared: false, recognisedBy: [{ how: 'annotation', detail: '@personal emial', at: { file: `${SRC}/inquiries/inquiries.routes.ts`, line: 12 } }] });
    expect(row('email')).toMatchObject({ declared: true, class: 'ordinary', label: 'Email address' });
  });

  it('phone goes to the SMS vendor, an undeclared host, not to the declared NAVER Cloud', () => {
    const phone = row('phone');
    expect(phone.parties).toEqual([
      { party: 'api.sms-vendor.example', name: 'api.sms-vendor.example', role: 'undeclared', via: 'axios.post', at: { file: `${SRC}/notifications/sms.ts`, line: 8, column: 9 } },
    ]);
    expect(phone.logs).toEqual([{ via: 'pino.info', at: { file: `${SRC}/reservations/reservations.service.ts`, line: 93, column: 3 }, masked: true, by: 'mask.maskPhone' }]);
    expect(phone.recognisedBy.map((r) => r.how)).toContain('brand');
  });

  it('the RRN row shows NICE as its declared processor, and that it is never stored', () => {
    const rrn = row('rrn');
    expect(rrn.parties.map((p) => [p.party, p.role])).toEqual([['nice', 'processor']]);
    expect(rrn.stores).toEqual([]);
    expect(rrn.retention).toEqual([expect.objectContaining({ status: 'not-stored' })]);
    expect(rrn.retention[0]!.note).toMatch(/in transit only/);
  });

  it('the password row: stored in members, deleted by the withdrawal handler; email is logged unmasked once', () => {
    const password = row('password');
    expect(password.stores.map((s) => [s.store, s.name, s.retention])).toEqual([['drizzle:members', 'members', 'evidenced']]);
    expect(password.retention).toHaveLength(1);
    expect(password.retention[0]).toMatchObject({ rule: 'membership', period: "until the 'membership_withdrawal' event", status: 'evidenced' });
    expect(password.retention[0]!.evidence).toEqual([expect.objectContaining({ kind: 'event', name: 'membership_withdrawal', store: 'drizzle:members', deletion: 'delete' })]);
    const email = row('email');
    expect(email.logs.filter((l) => !l.masked).map((l) => `${l.via} ${l.at.file}:${l.at.line}`)).toEqual([`pino.info ${SRC}/members/members.service.ts:31`]);
    expect(email.parties).toEqual([expect.objectContaining({ party: 'sentry', role: 'processor', masked: true })]);
  });

  it('retention evidence names the purge job; the inquiries table has none', () => {
    const health = row('health_note').retention;
    expect(health).toHaveLength(1);
    expect(health[0]).toMatchObject({ rule: 'reservation_records', period: '6 months after collection', status: 'evidenced' });
    const job = health[0]!.evidence[0]!;
    expect(job).toMatchObject({ kind: 'job', name: '0 3 * * *', store: 'drizzle:reservations', duration: 'P6M', at: { file: `${SRC}/jobs/purge.ts` } });
    expect(job.path?.join(' > ')).toContain('purgeExpiredReservations');
    const inquiry = row('email').retention.find((v) => v.rule === 'inquiry_records')!;
    expect(inquiry).toMatchObject({ status: 'no-evidence', evidence: [] });
    expect(inquiry.note).toContain('nothing ever deletes inquiries');
    expect(row('email').stores.find((s) => s.name === 'inquiries')?.retention).toBe('no-evidence');
    expect(row('marketing_source').retention).toEqual([expect.objectContaining({ status: 'unspecified', note: expect.stringContaining('no retention rule') })]);
  });

  it('parties: declared against observed, over-shared and stale', () => {
    const byId = new Map(report.parties.map((p) => [p.id, p]));
    expect(report.parties.map((p) => `${p.id}:${p.role}`)).toEqual(['toss_payments:processor', 'nice:processor', 'naver_cloud:processor', 'sentry:processor', 'api.sms-vendor.example:undeclared']);
    expect(byId.get('toss_payments')).toMatchObject({ observedItems: ['name', 'refund_account'], overShared: [], stale: ['email', 'card_number'] });
    expect(byId.get('naver_cloud')).toMatchObject({ observedItems: [], stale: ['phone'], at: [] });
    expect(byId.get('sentry')).toMatchObject({ country: 'US', observedItems: ['email'], overShared: [], stale: [] });
    expect(byId.get('sentry')?.overseasUndeclared).toBeUndefined();
    expect(byId.get('api.sms-vendor.example')).toMatchObject({ declaredItems: [], observedItems: ['phone'], overShared: ['phone'] });
  });

  it('drift: the stale SMS processor, the undeclared SMS host, the mistyped annotation', () => {
    expect(report.drift).toEqual({
      declaredNotObserved: [],
      observedNotDeclared: [{ id: 'emial', at: { file: `${SRC}/inquiries/inquiries.routes.ts`, line: 12, column: 7 } }],
      partiesNotObserved: ['naver_cloud'],
      partiesNotDeclared: ['api.sms-vendor.example'],
    });
  });

  it('graph: every edge joins two nodes; findings mark the edges that carry them', () => {
    const ids = new Set(report.graph.nodes.map((n) => n.id));
    expect(report.graph.edges.every((e) => ids.has(e.from) && ids.has(e.to))).toBe(true);
    const edge = (from: string, to: string) => report.graph.edges.find((e) => e.from === from && e.to === to);
    expect(edge('item:phone', 'party:api.sms-vendor.example')).toEqual({ from: 'item:phone', to: 'party:api.sms-vendor.example', count: 1, finding: true });
    expect(edge('item:phone', 'log:pino')?.finding).toBe(false);
    expect(edge('item:email', 'log:pino')?.finding).toBe(true);
    expect(edge('item:email', 'store:drizzle:inquiries')).toMatchObject({ count: 0, finding: true });
    expect(report.graph.nodes.find((n) => n.id === 'store:drizzle:inquiries')?.warn).toBe(true);
    expect(report.graph.nodes.find((n) => n.id === 'party:nice')?.warn).toBeUndefined();
  });

  it('findings carry an excerpt with two lines of context and the rule docs', () => {
    const sms = report.findings.find((f) => f.file === `${SRC}/notifications/sms.ts`)!;
    expect(sms).toMatchObject({ ruleId: 'privacy/no-undeclared-transfer', line: 8, docs: 'docs/rules/no-undeclared-transfer.md' });
    expect(sms.excerpt[0]!.line).toBe(6);
    expect(sms.excerpt.find((l) => l.line === 8)?.text).toContain('await axios.post(');
    expect(sms.flow[0]).toMatchObject({ file: `${SRC}/reservations/reservations.service.ts`, line: 92 });
  });

  it('is deterministic: the same JSON when the Model lists its facts in another order', () => {
    const m = demo.model;
    const shuffled: Model = {
      ...m,
      flows: [...m.flows].reverse().map((f) => ({ ...f, labels: [...f.labels].reverse() })),
      stores: [...m.stores].reverse().map((s) => ({ ...s, items: [...s.items].reverse() })),
      deletions: [...m.deletions].reverse(),
      annotations: [...m.annotations].reverse(),
    };
    const again = demoReport(shuffled, demo.manifest, demo);
    expect(formatReportJson(again)).toBe(formatReportJson(report));
  });
});
