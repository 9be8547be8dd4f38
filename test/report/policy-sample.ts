/**
 * A hand-made Report for the policy draft's tests, shaped like the demo app's (fixtures/demo-app): each
 * kind of evidence appears once, so every mark the draft can place is exercised. (A draft built on
 * report-helpers.ts's `emptyReport`, a Report on no code at all, has everything "not verified".)
 */
import type { InventoryRow, PartyRow, Place, Report, RetentionView } from '../../src/report/types.js';
import { emptyReport, inventoryRow as row, reportFinding } from './report-helpers.js';

const at = (file: string, line: number, column = 3): Place => ({ file: `src/${file}`, line, column });

const membersTable = { store: 'members', name: 'members', kind: 'drizzle-table', at: at('db/schema.ts', 10) };
const reservationsTable = { store: 'reservations', name: 'reservations', kind: 'drizzle-table', at: at('db/schema.ts', 30) };
const paymentsTable = { store: 'payments', name: 'payments', kind: 'drizzle-table', at: at('db/schema.ts', 50) };

const membership: RetentionView = {
  rule: 'membership', period: "until the 'membership_withdrawal' event", status: 'evidenced',
  evidence: [{ kind: 'event', name: 'membership_withdrawal', store: 'members', deletion: 'delete', at: at('members/members.service.ts', 41) }],
  note: "Deleted from members by the 'membership_withdrawal' handler.",
};
const reservations: RetentionView = {
  rule: 'reservation_records', period: '6 months after collection', status: 'evidenced',
  evidence: [{ kind: 'job', name: '0 3 * * *', store: 'reservations', deletion: 'delete', duration: 'P6M', at: at('jobs/purge.ts', 12) }],
  note: 'Deleted from reservations by the job scheduled "0 3 * * *".',
};
const payments: RetentionView = {
  rule: 'payment_records', period: '5 years after collection', status: 'contradicted', evidence: [],
  note: 'payments is deleted after 1 year (src/jobs/purge.ts:20), before the 5 years after collection that "payment_records" requires it to be kept.',
};
const inquiries: RetentionView = {
  rule: 'inquiry_records', period: '3 years after collection', status: 'no-evidence', evidence: [],
  note: 'No evidence: nothing deletes inquiries.',
};
const accessLogs: RetentionView = { rule: 'access_logs', period: '3 months after collection', status: 'not-stored', evidence: [], note: 'No store in the code holds it.' };

const toss = (line: number) => ({ party: 'toss_payments', name: 'Toss Payments Co., Ltd.', role: 'processor' as const, via: 'fetch', at: at('payments/toss.client.ts', line) });

/** The demo app as a review might see it, with one of each problem. */
export function sampleReport(): Report {
  const inventory: InventoryRow[] = [
    row('email', { collectedAt: [at('members/members.dto.ts', 8)], stores: [membersTable, paymentsTable], parties: [toss(22)], retention: [membership, payments] }),
    row('name', {
      collectedAt: [at('members/members.dto.ts', 9), at('reservations/reservations.routes.ts', 15)],
      stores: [membersTable, reservationsTable],
      parties: [toss(22), { party: 'naver_cloud', name: 'NAVER Cloud Corp.', role: 'processor', via: 'axios.post', at: at('notifications/sms.ts', 18) }],
      retention: [membership, reservations, payments],
    }),
    row('phone', { collectedAt: [at('members/members.dto.ts', 10)], stores: [membersTable], parties: [{ party: 'naver_cloud', name: 'NAVER Cloud Corp.', role: 'processor', via: 'axios.post', at: at('notifications/sms.ts', 18) }], retention: [membership, reservations, inquiries] }),
    row('password', { collectedAt: [at('members/members.dto.ts', 11)], stores: [membersTable], retention: [membership] }),
    row('birth_date', { collectedAt: [at('members/members.dto.ts', 12)], stores: [membersTable], retention: [membership] }),
    row('rrn', { collectedAt: [at('members/identity.ts', 5)], parties: [{ party: 'nice', name: 'NICE', role: 'processor', via: 'fetch', at: at('members/identity.ts', 20) }] }),
    row('card_number', { collectedAt: [at('payments/toss.client.ts', 30)], stores: [paymentsTable], retention: [payments] }),
    row('refund_account', { stores: [paymentsTable], retention: [payments] }),
    row('health_note', { retention: [{ ...reservations, status: 'not-stored', evidence: [] }] }),
    row('marketing_source', {}),
    row('ip_address', { collectedAt: [at('http/middleware.ts', 7)], retention: [accessLogs] }),
    row('cookie_id', { retention: [accessLogs] }),
    row('nickname', { declared: false, collectedAt: [at('members/members.dto.ts', 14)], stores: [membersTable], retention: [] }),
  ];
  const parties: PartyRow[] = [
    { id: 'toss_payments', name: 'Toss Payments Co., Ltd.', role: 'processor', country: 'KR', declaredItems: ['name', 'email', 'card_number', 'refund_account'], observedItems: ['name', 'email', 'card_number'], overShared: [], stale: ['refund_account'], at: [{ ...at('payments/toss.client.ts', 22), via: 'fetch' }] },
    { id: 'nice', name: 'NICE Information Service Co., Ltd.', role: 'processor', country: 'KR', declaredItems: ['rrn', 'name', 'birth_date'], observedItems: ['rrn'], overShared: [], stale: ['name', 'birth_date'], at: [{ ...at('members/identity.ts', 20), via: 'fetch' }] },
    { id: 'naver_cloud', name: 'NAVER Cloud Corp.', role: 'processor', country: 'KR', declaredItems: ['phone'], observedItems: ['name', 'phone'], overShared: ['name'], stale: [], at: [{ ...at('notifications/sms.ts', 18), via: 'axios.post' }] },
    { id: 'sentry', name: 'Functional Software, Inc. (Sentry)', role: 'processor', country: 'US', declaredItems: ['email'], observedItems: [], overShared: [], stale: ['email'], at: [] },
    { id: 'api.mixpanel.com', name: 'api.mixpanel.com', role: 'undeclared', declaredItems: [], observedItems: ['email'], overShared: ['email'], stale: [], at: [{ ...at('members/members.service.ts', 60), via: 'fetch' }] },
  ];
  return emptyReport({
    project: { tsconfig: 'fixtures/demo-app/tsconfig.json', manifest: 'fixtures/demo-app/privacy.yaml', controller: 'Seoul Metropolitan Government (demo)', service: 'Seoul Public Service Reservations', files: 21 },
    verdict: { status: 'fail', summary: '2 errors in 2 rules.', errors: 2, warnings: 0, byRule: [], gaps: 0 },
    inventory,
    parties,
    findings: [
      reportFinding({
        ruleId: 'privacy/require-encryption-at-rest', severity: 'error', message: '`refund_account` is stored in payments without encryption.',
        file: 'src/payments/payments.repository.ts', line: 25, column: 5, endLine: 25, endColumn: 40, dataItems: ['refund_account'],
        sink: { kind: 'storage', name: 'db.insert' },
      }),
      reportFinding({
        ruleId: 'privacy/no-undeclared-transfer', severity: 'error', message: '`email` is sent to api.mixpanel.com.',
        file: 'src/members/members.service.ts', line: 60, column: 3, endLine: 60, endColumn: 50, dataItems: ['email'],
        sink: { kind: 'transfer', name: 'fetch' },
      }),
    ],
    drift: {
      declaredNotObserved: ['marketing_source'],
      observedNotDeclared: [{ id: 'nickname', at: at('members/members.dto.ts', 14) }],
      partiesNotObserved: ['sentry'],
      partiesNotDeclared: ['api.mixpanel.com'],
    },
  });
}
