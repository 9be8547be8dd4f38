/**
 * buildReport on small hand-made Models: the cases the demo app does not have (a purge that deletes
 * before a statutory minimum, a TTL, an unspecified end, a response, an undeclared vendor known to the
 * catalog, a party abroad without an overseas transfer, storage whose table did not resolve).
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/results/run.js';
import { checkModel } from '../../src/results/run.js';
import type { Deletion, Flow, Label, Location, Model, SinkFact, Store } from '../../src/engine/model.js';
import { parseManifest } from '../../src/manifest/load.js';
import { buildReport } from '../../src/report/build.js';
import type { Report } from '../../src/report/types.js';

const CWD = '/project';
const loc = (file: string, line: number): Location => ({ file: `${CWD}/${file}`, line, column: 1, endLine: line, endColumn: 20 });
const label = (item: string, line = 1, clean?: Label['clean']): Label => ({
  item, how: 'kind', steps: [{ location: loc('src/in.ts', line), note: `${item} (matched by the ${item} kind's name pattern)` }], ...(clean ? { clean } : {}),
});
const flow = (sink: SinkFact, line: number, ...labels: Label[]): Flow => ({ sink, location: loc('src/out.ts', line), labels });

const MANIFEST = `
version: 1
controller: { name: Shop, jurisdictions: [KR] }
dataItems:
  - { id: email, class: ordinary, kind: email }
  - { id: phone, class: ordinary, kind: phone }
  - { id: card_number, class: financial, kind: card_number }
  - { id: session, class: ordinary }
  - { id: nickname, class: ordinary }
purposes:
  - { id: shop, basis: contract, items: { required: [email, phone, card_number, session, nickname] } }
retention:
  - { id: orders, items: [card_number], end: { since: collection, after: P5Y }, mustRetainUntilEnd: true }
  - { id: sessions, items: [session], end: { since: collection, after: PT1H } }
  - { id: contact, items: [email, phone], end: unspecified }
processors:
  - { id: mailer, name: Mailer Inc., items: [email], country: US, recognise: { hosts: [api.mailer.example] } }
`;

function build(model: Partial<Model>): { report: Report; findings: Finding[] } {
  const { manifest } = parseManifest(MANIFEST, `${CWD}/privacy.yaml`);
  if (!manifest) throw new Error('test manifest does not load');
  const full: Model = { flows: [], annotations: [], suppressions: [], stores: [], deletions: [], files: [`${CWD}/src/out.ts`], skipped: [], unresolvedPackages: [], ...model };
  const { findings } = checkModel(full, manifest.data);
  const report = buildReport({ model: full, findings, manifest: manifest.data, gaps: manifest.warnings, cwd: CWD, tsconfig: 'tsconfig.json', manifestFile: 'privacy.yaml', readSource: () => undefined });
  return { report, findings };
}

const orders: Store = { id: 'prisma:Order', kind: 'prisma', name: 'Order', location: loc('prisma/schema.prisma', 10), items: ['card_number'] };
const sessions: Store = { id: 'redis:session', kind: 'redis', name: 'session', location: loc('src/session.ts', 3), items: ['session'] };
const contacts: Store = { id: 'prisma:Contact', kind: 'prisma', name: 'Contact', location: loc('prisma/schema.prisma', 20), items: ['email', 'phone'] };
const job = (store: string, duration: string, line: number): Deletion => ({
  store, kind: 'delete', duration, location: loc('src/jobs.ts', line),
  reachedFrom: [{ kind: 'job', name: '0 4 * * *', location: loc('src/jobs.ts', 1), path: [{ location: loc('src/jobs.ts', 1), note: 'scheduled 0 4 * * * (node-cron)' }] }],
});

describe('buildReport: retention cases', () => {
  it('a purge after 1 year contradicts a 5-year statutory minimum, as require-retention says', () => {
    const { report, findings } = build({ stores: [orders], deletions: [job('prisma:Order', 'P1Y', 5)] });
    const card = report.inventory.find((r) => r.id === 'card_number')!;
    expect(card.retention).toEqual([expect.objectContaining({ rule: 'orders', period: '5 years after collection', status: 'contradicted' })]);
    expect(card.retention[0]!.note).toBe('Order is deleted after 1 year (src/jobs.ts:5), before the 5 years after collection that "orders" requires it to be kept.');
    expect(card.stores[0]!.retention).toBe('contradicted');
    // deleted too early, and (P1Y is not P5Y) no deletion matching the rule: two require-retention findings
    expect(findings.map((f) => f.message.match(/deleted earlier|reached by no handler/)?.[0] ?? f.message).sort()).toEqual(['deleted earlier', 'reached by no handler']);
  });

  it('a purge with the rule\'s period is evidence; a TTL with no trigger is evidence too', () => {
    const ttl: Deletion = { store: 'redis:session', kind: 'ttl', duration: 'PT1H', location: loc('src/session.ts', 8), reachedFrom: [] };
    const { report, findings } = build({ stores: [orders, sessions], deletions: [job('prisma:Order', 'P5Y', 5), ttl] });
    expect(report.inventory.find((r) => r.id === 'card_number')!.retention[0]).toMatchObject({ status: 'evidenced', evidence: [{ kind: 'job', name: '0 4 * * *', duration: 'P5Y', path: ['scheduled 0 4 * * * (node-cron)'] }] });
    expect(report.inventory.find((r) => r.id === 'session')!.retention[0]).toMatchObject({
      status: 'evidenced', period: '1 hour after collection',
      evidence: [{ kind: 'ttl', name: '1 hour', store: 'redis:session', deletion: 'ttl', duration: 'PT1H', at: { file: 'src/session.ts', line: 8, column: 1 } }],
    });
    expect(findings).toEqual([]);
  });

  it('end: unspecified, and an item no store holds', () => {
    const { report } = build({ stores: [contacts] });
    const email = report.inventory.find((r) => r.id === 'email')!;
    expect(email.retention).toEqual([expect.objectContaining({ rule: 'contact', period: 'unspecified', status: 'unspecified' })]);
    expect(email.stores[0]!.retention).toBe('unspecified');
    expect(report.inventory.find((r) => r.id === 'card_number')!.retention[0]!.status).toBe('not-stored');
    expect(report.drift.declaredNotObserved).toEqual(['card_number', 'session', 'nickname']);
  });
});

describe('buildReport: destinations', () => {
  it('an undeclared vendor the catalog knows is one party named after it; a declared party abroad without a transfer is flagged', () => {
    const { report, findings } = build({
      flows: [
        flow({ kind: 'transfer', name: 'axios.post', host: 'o1.ingest.sentry.io' }, 3, label('phone')),
        flow({ kind: 'transfer', name: 'axios.post', host: 'o2.ingest.sentry.io' }, 4, label('phone')),
        flow({ kind: 'transfer', name: 'fetch', host: 'api.mailer.example' }, 5, label('email')),
      ],
    });
    expect(report.parties.map((p) => [p.id, p.role, p.observedItems, p.overShared])).toEqual([
      ['mailer', 'processor', ['email'], []],
      ['sentry', 'undeclared', ['phone'], ['phone']],
    ]);
    expect(report.parties[0]!.overseasUndeclared).toEqual(['email']);
    expect(report.parties[1]!.at.map((c) => c.line)).toEqual([3, 4]);
    expect(findings.filter((f) => f.ruleId === 'privacy/no-undeclared-transfer').map((f) => f.location.line)).toEqual([3, 4, 5]);
    expect(report.drift.partiesNotDeclared).toEqual(['sentry']);
  });

  it('responses, client storage, unresolved storage and first-party requests', () => {
    const { report } = build({
      flows: [
        flow({ kind: 'response', name: 'res.json' }, 3, label('nickname')),
        flow({ kind: 'client-storage', name: 'localStorage.setItem' }, 4, label('nickname')),
        flow({ kind: 'storage', name: 'db.query' }, 5, label('nickname')),
        flow({ kind: 'transfer', name: 'fetch', firstParty: true }, 6, label('nickname')),
      ],
    });
    const row = report.inventory.find((r) => r.id === 'nickname')!;
    expect(row.responses).toEqual([{ via: 'res.json', at: { file: 'src/out.ts', line: 3, column: 1 } }]);
    expect(row.stores.map((s) => [s.store, s.kind, s.retention])).toEqual([
      ['client-storage:localStorage.setItem', 'client-storage', undefined],
      ['storage:db.query', 'storage', undefined],
    ]);
    expect(row.parties).toEqual([]);
    expect(report.graph.nodes.map((n) => n.id)).toEqual(['item:nickname', 'store:client-storage:localStorage.setItem', 'store:storage:db.query', 'response:res.json']);
  });

  it('a masked log and an unmasked one; a masked transfer is observed but not over-shared', () => {
    const { report } = build({
      flows: [
        flow({ kind: 'log', name: 'pino.info' }, 3, label('phone', 1, { kind: 'mask', by: 'maskPhone' })),
        flow({ kind: 'log', name: 'pino.warn' }, 4, label('phone')),
        flow({ kind: 'log', name: 'Sentry.captureMessage', thirdParty: true, package: '@sentry/node' }, 5, label('email', 2, { kind: 'mask', by: 'maskEmail' })),
      ],
    });
    const phone = report.inventory.find((r) => r.id === 'phone')!;
    expect(phone.logs).toEqual([
      { via: 'pino.info', at: { file: 'src/out.ts', line: 3, column: 1 }, masked: true, by: 'maskPhone' },
      { via: 'pino.warn', at: { file: 'src/out.ts', line: 4, column: 1 }, masked: false },
    ]);
    const sentry = report.parties.find((p) => p.id === 'sentry')!;
    expect(sentry).toMatchObject({ role: 'undeclared', observedItems: ['email'], overShared: [] });
    expect(report.inventory.find((r) => r.id === 'email')!.parties).toEqual([expect.objectContaining({ party: 'sentry', masked: true })]);
    expect(report.verdict).toMatchObject({ status: 'fail', errors: 1 });
  });
});
