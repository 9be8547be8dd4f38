/**
 * A hand-made but realistic review report (a fitness-club booking service): 35 items, declared and
 * undeclared parties, several stores, logs and responses, findings of six rules, a reviewed exception,
 * policy gaps, drift and a skipped file. The HTML report's tests render it, so they do not depend on the
 * engine's output; it is typed against src/report/types.ts, so a change to the Report shape shows up here.
 * Places, party rows and the graph are derived from the rows below the way buildReport derives them, so
 * the sample is consistent with itself (every edge has a row entry, every finding sits on an edge).
 */
import type { FlowGraph, InventoryRow, PartyRole, PartyRow, Place, Report, ReportFinding, RetentionView } from '../../src/report/types.js';
import { emptyReport, reportFinding } from './report-helpers.js';

const ROOT = 'services/bookings';

const STORES = {
  users: { store: 'prisma:User', name: 'User', kind: 'prisma', at: p('prisma/schema.prisma', 12) },
  bookings: { store: 'prisma:Booking', name: 'Booking', kind: 'prisma', at: p('prisma/schema.prisma', 41) },
  payments: { store: 'prisma:Payment', name: 'Payment', kind: 'prisma', at: p('prisma/schema.prisma', 63) },
  health: { store: 'prisma:HealthProfile', name: 'HealthProfile', kind: 'prisma', at: p('prisma/schema.prisma', 88) },
  tickets: { store: 'prisma:SupportTicket', name: 'SupportTicket', kind: 'prisma', at: p('prisma/schema.prisma', 109) },
  audit: { store: 'prisma:AuditLog', name: 'AuditLog', kind: 'prisma', at: p('prisma/schema.prisma', 131) },
  sessions: { store: 'redis:session', name: 'session:*', kind: 'redis', at: p('src/auth/session.store.ts', 18) },
  local: { store: 'client-storage:localStorage', name: 'localStorage', kind: 'client-storage', at: p('web/src/profile/cache.ts', 9) },
} as const;
type StoreKey = keyof typeof STORES;

// `oneCall`: the code sends every item to that party through one helper call (track(), notifySlack()).
const PARTIES: Record<string, { name: string; role: PartyRole; country?: string; declared: string[]; via: string; file: string; oneCall?: true }> = {
  toss_payments: { name: 'Toss Payments Co., Ltd.', role: 'processor', country: 'KR', declared: ['name', 'email', 'phone', 'card_number', 'bank_account'], via: 'axios.post', file: 'src/payments/toss.client.ts' },
  nice: { name: 'NICE Information Service Co., Ltd.', role: 'recipient', country: 'KR', declared: ['name', 'birth_date', 'gender', 'phone', 'rrn'], via: 'fetch', file: 'src/identity/nice.client.ts' },
  aws_ses: { name: 'Amazon Web Services, Inc. (SES)', role: 'processor', country: 'US', declared: ['email', 'name'], via: 'SESClient.send', file: 'src/mail/ses.ts' },
  sentry: { name: 'Functional Software, Inc. (Sentry)', role: 'processor', country: 'US', declared: ['ip_address', 'device_id'], via: 'Sentry.captureException', file: 'src/errors/report.ts' },
  kakao: { name: 'Kakao Corp. (AlimTalk)', role: 'processor', country: 'KR', declared: ['phone', 'name', 'booking_time'], via: 'kakao.sendAlimtalk', file: 'src/notify/kakao.ts' },
  firebase: { name: 'Google LLC (Firebase Cloud Messaging)', role: 'processor', country: 'US', declared: ['push_token', 'nickname'], via: 'messaging.send', file: 'src/notify/push.ts' },
  naver_cloud: { name: 'NAVER Cloud Corp.', role: 'processor', country: 'KR', declared: ['profile_photo'], via: 'objectStorage.put', file: 'src/media/upload.ts' },
  'api.mixpanel.com': { name: 'api.mixpanel.com', role: 'undeclared', declared: [], via: 'fetch', file: 'web/src/analytics/track.ts', oneCall: true },
  'hooks.slack.com': { name: 'hooks.slack.com', role: 'undeclared', declared: [], via: 'axios.post', file: 'src/support/slack.ts', oneCall: true },
};

const LOGS = {
  pino: { via: 'logger.info', file: 'src/http/request-log.ts' },
  pinoErr: { via: 'logger.error', file: 'src/errors/handler.ts' },
  console: { via: 'console.log', file: 'src/debug.ts' },
  sentry: { via: 'Sentry.captureException', file: 'src/errors/report.ts' },
} as const;
type LogKey = keyof typeof LOGS;

const RETENTION: Record<string, { period: string; event?: string; job?: string }> = {
  membership: { period: "until the 'membership_withdrawal' event", event: 'onMemberWithdrawn' },
  booking_records: { period: '6 months after collection', job: 'purgeOldBookings' },
  payment_records: { period: '5 years after collection (Electronic Commerce Act Art. 6)', job: 'purgePayments' },
  health_records: { period: '1 year after the last visit' },
  support_records: { period: '3 years after collection', job: 'purgeTickets' },
  access_logs: { period: '3 months after collection (Communications Privacy Act)' },
};

interface Spec {
  id: string;
  label?: string;
  class?: string;
  how: Array<InventoryRow['recognisedBy'][number]['how']>;
  file: string;
  stores?: StoreKey[];
  parties?: Array<string | [string, 'masked']>;
  logs?: Array<LogKey | [LogKey, string]>;
  responses?: string[];
  retention?: string;
}

const SPECS: Spec[] = [
  { id: 'email', label: 'Email address', class: 'ordinary', how: ['annotation', 'kind'], file: 'src/members/signup.dto.ts', stores: ['users', 'payments', 'tickets'], parties: ['aws_ses', 'toss_payments', 'hooks.slack.com'], logs: ['pino', ['sentry', 'maskEmail']], responses: ['res.json'], retention: 'membership' },
  { id: 'name', label: 'Name', class: 'ordinary', how: ['annotation'], file: 'src/members/signup.dto.ts', stores: ['users', 'bookings', 'payments'], parties: ['toss_payments', 'nice', 'aws_ses', 'kakao'], responses: ['res.json'], retention: 'membership' },
  { id: 'phone', label: 'Mobile phone number', class: 'ordinary', how: ['annotation', 'brand'], file: 'src/members/signup.dto.ts', stores: ['users', 'bookings'], parties: ['kakao', 'nice'], logs: ['console'], retention: 'membership' },
  { id: 'password', label: 'Password', class: 'credential', how: ['annotation'], file: 'src/members/signup.dto.ts', stores: ['users', 'local'], retention: 'membership' },
  { id: 'birth_date', label: 'Date of birth', class: 'ordinary', how: ['type'], file: 'src/members/signup.dto.ts', stores: ['users'], parties: ['nice'], retention: 'membership' },
  { id: 'gender', label: 'Gender', class: 'ordinary', how: ['annotation'], file: 'src/members/signup.dto.ts', stores: ['users'], parties: ['nice'], retention: 'membership' },
  { id: 'address', label: 'Home address', class: 'ordinary', how: ['pattern'], file: 'src/members/profile.dto.ts', stores: ['users'], retention: 'membership' },
  { id: 'postal_code', label: 'Postal code', class: 'ordinary', how: ['pattern'], file: 'src/members/profile.dto.ts', stores: ['users'], parties: ['api.mixpanel.com'], retention: 'membership' },
  { id: 'rrn', label: 'Resident registration number', class: 'unique_identifier', how: ['kind'], file: 'src/identity/verify.dto.ts', stores: ['users'], parties: ['nice'], logs: ['pinoErr'] },
  { id: 'passport_number', label: 'Passport number (foreign members)', class: 'unique_identifier', how: ['annotation'], file: 'src/identity/verify.dto.ts', stores: ['users'], retention: 'membership' },
  { id: 'card_number', label: 'Card number (masked by Toss Payments)', class: 'financial', how: ['type'], file: 'src/payments/payment.dto.ts', stores: ['payments'], parties: ['toss_payments'], retention: 'payment_records' },
  { id: 'bank_account', label: 'Refund bank account', class: 'financial', how: ['type'], file: 'src/payments/refund.dto.ts', stores: ['payments'], parties: ['toss_payments'], retention: 'payment_records' },
  { id: 'payment_history', label: 'Payment history', class: 'ordinary', how: ['pattern'], file: 'src/payments/payment.dto.ts', stores: ['payments'], responses: ['res.json'], retention: 'payment_records' },
  { id: 'health_note', label: 'Health conditions & injuries the trainer should know about', class: 'sensitive', how: ['annotation'], file: 'src/health/health.dto.ts', stores: ['health', 'bookings'], parties: ['api.mixpanel.com'], retention: 'health_records' },
  { id: 'body_weight', label: 'Body weight', class: 'sensitive', how: ['pattern'], file: 'src/health/health.dto.ts', stores: ['health'], retention: 'health_records' },
  { id: 'height_cm', label: 'Height', class: 'ordinary', how: ['pattern'], file: 'src/health/health.dto.ts', stores: ['health'], retention: 'health_records' },
  { id: 'emergency_contact_name', label: 'Emergency contact: name', class: 'ordinary', how: ['annotation'], file: 'src/health/health.dto.ts', stores: ['health'], retention: 'health_records' },
  { id: 'emergency_contact_phone', label: 'Emergency contact: phone', class: 'ordinary', how: ['annotation'], file: 'src/health/health.dto.ts', stores: ['health'], parties: ['kakao'], retention: 'health_records' },
  { id: 'booking_time', label: 'Booked class and time', class: 'ordinary', how: ['pattern'], file: 'src/bookings/booking.dto.ts', stores: ['bookings'], parties: ['kakao'], responses: ['res.json'], retention: 'booking_records' },
  { id: 'trainer_memo', label: "Trainer's memo about the member", class: 'ordinary', how: ['annotation'], file: 'src/bookings/booking.dto.ts', stores: ['bookings'], retention: 'booking_records' },
  { id: 'marketing_consent', label: 'Marketing consent', class: 'ordinary', how: ['pattern'], file: 'src/members/signup.dto.ts', stores: ['users'], retention: 'membership' },
  { id: 'marketing_source', label: 'How the member heard of the club', class: 'ordinary', how: ['pattern'], file: 'src/members/signup.dto.ts', stores: ['users'], parties: ['api.mixpanel.com'], retention: 'membership' },
  { id: 'ip_address', label: 'IP address', class: 'auto_collected', how: ['kind'], file: 'src/http/request-log.ts', stores: ['audit'], parties: [['sentry', 'masked']], logs: ['pino'], retention: 'access_logs' },
  { id: 'device_id', label: 'Device identifier', class: 'auto_collected', how: ['kind'], file: 'web/src/device.ts', stores: ['audit', 'local'], parties: ['sentry', 'api.mixpanel.com'], retention: 'access_logs' },
  { id: 'cookie_id', label: 'Session cookie identifier', class: 'auto_collected', how: ['kind'], file: 'src/auth/session.ts', stores: ['sessions'], retention: 'access_logs' },
  { id: 'push_token', label: 'Push notification token', class: 'auto_collected', how: ['annotation'], file: 'web/src/push.ts', stores: ['users'], parties: ['firebase'], retention: 'membership' },
  { id: 'location', label: 'Location when checking in', class: 'ordinary', how: ['annotation'], file: 'web/src/checkin.ts', stores: ['bookings'], parties: ['api.mixpanel.com'], retention: 'booking_records' },
  { id: 'profile_photo', label: 'Profile photo', class: 'ordinary', how: ['annotation'], file: 'src/media/photo.dto.ts', stores: ['users'], responses: ['res.json'], retention: 'membership' },
  { id: 'nickname', label: 'Nickname', class: 'ordinary', how: ['pattern'], file: 'src/members/profile.dto.ts', stores: ['users'], parties: ['firebase'], responses: ['res.json'], retention: 'membership' },
  { id: 'membership_tier', label: 'Membership tier', class: 'ordinary', how: ['pattern'], file: 'src/members/profile.dto.ts', stores: ['users'], retention: 'membership' },
  { id: 'login_history', label: 'Login history', class: 'auto_collected', how: ['pattern'], file: 'src/auth/login.ts', stores: ['audit'], logs: ['pino'], retention: 'access_logs' },
  { id: 'support_message', label: 'Support inquiry text', class: 'ordinary', how: ['annotation'], file: 'src/support/ticket.dto.ts', stores: ['tickets'], parties: ['hooks.slack.com'], retention: 'support_records' },
  { id: 'referral_code', label: 'Referral code', class: 'ordinary', how: ['pattern'], file: 'src/members/signup.dto.ts', retention: 'membership' },
  { id: 'instagram_handle', how: ['annotation'], file: 'src/members/profile.dto.ts', stores: ['users'] },
  { id: 'emial', how: ['annotation'], file: 'src/support/ticket.dto.ts' },
];

// ---------------------------------------------------------------------------------------------------
// Places: every call site gets its own line, numbered per file in the order the rows mention it.

const lines = new Map<string, number>();
function next(file: string): Place {
  const line = (lines.get(file) ?? 8) + 7;
  lines.set(file, line);
  return p(file, line, 5);
}
const calls = new Map<string, Place>();
function oneCall(file: string): Place {
  if (!calls.has(file)) calls.set(file, next(file));
  return calls.get(file)!;
}
function p(file: string, line: number, column = 1): Place {
  return { file: `${ROOT}/${file}`, line, column };
}

const rows: InventoryRow[] = SPECS.map((s) => {
  const declared = s.class !== undefined;
  const at = next(s.file);
  const stores = (s.stores ?? []).map((k) => {
    const st = STORES[k];
    const retention = k === 'local' || k === 'sessions' ? undefined : k === 'health' || k === 'audit' ? 'no-evidence' : 'evidenced';
    return { ...st, ...(retention ? { retention: retention as 'no-evidence' | 'evidenced' } : {}) };
  });
  const parties = (s.parties ?? []).map((x) => {
    const [id, masked] = typeof x === 'string' ? [x, undefined] : x;
    const party = PARTIES[id]!;
    return { party: id, name: party.name, role: party.role, via: party.via, at: party.oneCall ? oneCall(party.file) : next(party.file), ...(masked ? { masked: true } : {}) };
  });
  const logs = (s.logs ?? []).map((x) => {
    const [key, by] = typeof x === 'string' ? [x, undefined] : x;
    return { via: LOGS[key].via, at: next(LOGS[key].file), masked: by !== undefined, ...(by ? { by } : {}) };
  });
  const responses = (s.responses ?? []).map((via) => ({ via, at: next('src/http/routes.ts') }));
  return {
    id: s.id,
    ...(s.label ? { label: s.label } : {}),
    ...(s.class ? { class: s.class } : {}),
    declared,
    recognisedBy: s.how.map((how) => ({ how, detail: how === 'annotation' ? `@personal ${s.id}` : how === 'kind' ? `${s.id} (the ${s.id} kind's name pattern)` : how === 'brand' ? `Personal<'${s.id}'>` : `${s.id} (manifest ${how})`, at })),
    collectedAt: [at],
    stores,
    parties,
    logs,
    responses,
    retention: retention(s, stores),
  };
});

function retention(s: Spec, stores: InventoryRow['stores']): RetentionView[] {
  if (!s.class) return [];
  if (!s.retention) return [{ period: 'no retention rule', status: 'unspecified', evidence: [], note: `No retention rule of privacy.yaml covers "${s.id}".` }];
  const rule = RETENTION[s.retention]!;
  const held = stores.filter((x) => x.retention !== undefined);
  if (held.length === 0) return [{ rule: s.retention, period: rule.period, status: 'not-stored', evidence: [], note: 'No store holds it.' }];
  const missing = held.filter((x) => x.retention === 'no-evidence');
  const evidence = held
    .filter((x) => x.retention === 'evidenced')
    .map((x) =>
      rule.event
        ? { kind: 'event' as const, name: rule.event, store: x.store, deletion: 'delete' as const, at: p('src/members/withdrawal.ts', 22, 3), path: [rule.event, 'deleteMember', `prisma.${x.name.toLowerCase()}.deleteMany`] }
        : { kind: 'job' as const, name: rule.job ?? 'nightlyPurge', store: x.store, deletion: 'delete' as const, duration: 'P6M', at: p('src/jobs/purge.ts', 31, 3) },
    );
  if (missing.length > 0) {
    return [{ rule: s.retention, period: rule.period, status: 'no-evidence', evidence, note: `No deletion of ${missing.map((x) => x.name).join(' and ')} matches this rule.` }];
  }
  return [{ rule: s.retention, period: rule.period, status: 'evidenced', evidence, note: 'Every store holding it is deleted on time.' }];
}

// ---------------------------------------------------------------------------------------------------
// Findings: each sits on a place of the rows above.

const row = (id: string) => rows.find((r) => r.id === id)!;
const partyAt = (item: string, party: string) => row(item).parties.find((x) => x.party === party)!.at;
const logAt = (item: string, via: string) => row(item).logs.find((x) => x.via === via)!.at;
const storeAt = (key: StoreKey) => STORES[key].at;

function finding(ruleId: string, severity: 'error' | 'warning', at: Place, dataItems: string[], message: string, sink: ReportFinding['sink'] | undefined, code: string[]): ReportFinding {
  const flow = dataItems.map((item) => ({ ...row(item).collectedAt[0]!, note: `${item} enters from the request body (annotated @personal ${item})` }));
  const excerpt = code.map((text, i) => ({ line: at.line - 1 + i, text }));
  return reportFinding({ ruleId, severity, message, ...at, endLine: at.line + code.length - 2, endColumn: 4, dataItems, ...(sink ? { sink } : {}), flow, excerpt });
}

const findings: ReportFinding[] = [
  finding('privacy/no-sensitive-collection', 'error', partyAt('health_note', 'api.mixpanel.com'), ['health_note'], '`health_note` is sensitive information and reaches api.mixpanel.com, which privacy.yaml does not allow: declare a statute or separate consent, or stop sending it.', { kind: 'http', name: 'fetch' }, ['  // analytics for the trainer dashboard', '  await fetch(`https://api.mixpanel.com/track`, { method: "POST", body: JSON.stringify({ note: form.healthNote }) });', '']),
  finding('privacy/no-sensitive-collection', 'error', logAt('rrn', 'logger.error'), ['rrn'], '`rrn` is a unique identifier kept `transit_only` and reaches logger.error, which is not in its allowedSinks [nice].', { kind: 'log', name: 'logger.error' }, ['  } catch (e) {', '    logger.error({ rrn: dto.rrn, err: e }, "verification failed");', '  }']),
  finding('privacy/no-undeclared-collection', 'error', STORES.users.at, ['instagram_handle'], '`instagram_handle` is stored in User but no purpose in privacy.yaml lists it: add it to a purpose, or stop collecting it.', { kind: 'storage', name: 'prisma.user.update' }, ['model User {', '  id              Int     @id @default(autoincrement())', '  instagramHandle String? /// @personal instagram_handle']),
  finding('privacy/no-plaintext-password', 'error', STORES.local.at, ['password'], '`password` is written to localStorage without an accepted one-way hash: never keep a password on the client.', { kind: 'client-storage', name: 'localStorage.setItem' }, ['export function remember(form: LoginForm): void {', '  localStorage.setItem("pw", form.password);', '}']),
  finding('privacy/require-encryption-at-rest', 'warning', storeAt('users'), ['passport_number'], '`passport_number` (unique identifier) is stored in User without encryption: wrap it with the declared encryptor (kms.encrypt) before writing.', { kind: 'storage', name: 'prisma.user.create' }, ['model User {', '  passportNo      String? /// @personal passport_number', '  email           String  @unique']),
  finding('privacy/no-undeclared-transfer', 'error', partyAt('postal_code', 'api.mixpanel.com'), ['postal_code', 'marketing_source', 'device_id', 'location'], 'postal_code, marketing_source, device_id and location reach api.mixpanel.com, which privacy.yaml declares neither as a recipient nor as a processor.', { kind: 'http', name: 'fetch' }, ['export function track(event: string, props: Record<string, unknown>) {', '  return fetch("https://api.mixpanel.com/track", { method: "POST", body: JSON.stringify({ event, ...props }) });', '}']),
  finding('privacy/no-undeclared-transfer', 'error', partyAt('support_message', 'hooks.slack.com'), ['support_message', 'email'], 'support_message and email reach hooks.slack.com (an undeclared destination): declare Slack as a processor with these items, or send a ticket id only.', { kind: 'http', name: 'axios.post' }, ['  await axios.post(process.env.SLACK_HOOK!, {', '    text: `New ticket from ${ticket.email}: ${ticket.message}`,', '  });']),
  finding('privacy/no-undeclared-transfer', 'warning', partyAt('emergency_contact_phone', 'kakao'), ['emergency_contact_phone'], 'emergency_contact_phone reaches Kakao Corp. (AlimTalk), a declared processor, but privacy.yaml does not declare this item for it.', { kind: 'sdk', name: 'kakao.sendAlimtalk' }, ['  await kakao.sendAlimtalk({', '    to: profile.emergencyContactPhone, template: "INJURY_NOTICE",', '  });']),
  finding('privacy/require-retention', 'error', storeAt('health'), ['health_note', 'body_weight', 'height_cm', 'emergency_contact_name', 'emergency_contact_phone'], 'HealthProfile (prisma) holds health_note, body_weight and 3 more and privacy.yaml says "health_records" ends 1 year after the last visit, but no deletion of it was found. Delete or anonymise its rows from a scheduled purge with that period.', undefined, ['/// Health questionnaire, filled in before the first session', 'model HealthProfile {', '  id        Int    @id @default(autoincrement())']),
  finding('privacy/require-retention', 'error', storeAt('audit'), ['ip_address', 'device_id', 'login_history'], 'AuditLog (prisma) holds ip_address, device_id and login_history and privacy.yaml says "access_logs" ends 3 months after collection, but no deletion of it was found.', undefined, ['', 'model AuditLog {', '  id        Int      @id @default(autoincrement())']),
  finding('privacy/no-personal-data-in-logs', 'error', logAt('email', 'logger.info'), ['email'], '`email` reaches logger.info unmasked: log the member id, or pass it through maskEmail first.', { kind: 'log', name: 'logger.info' }, ['  const started = Date.now();', '  logger.info(`signup ${dto.email} <${req.ip}> & "quoted"`);', '  return next();']),
  finding('privacy/no-personal-data-in-logs', 'warning', logAt('phone', 'console.log'), ['phone'], '`phone` reaches console.log unmasked (a debugging leftover?).', { kind: 'log', name: 'console.log' }, ['if (process.env.DEBUG) {', '  console.log("sms to", user.phone);', '}']),
  finding('privacy/valid-annotations', 'warning', row('emial').collectedAt[0]!, [], 'The annotation names "emial", which privacy.yaml does not declare: did you mean "email"?', undefined, ['export class TicketDto {', '  /** @personal emial */', '  replyTo!: string;']),
];
findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)));

// ---------------------------------------------------------------------------------------------------
// Party rows, graph, verdict

const parties: PartyRow[] = Object.entries(PARTIES).map(([id, party]) => {
  const sends = rows.flatMap((r) => r.parties.filter((x) => x.party === id).map((x) => ({ item: r.id, at: x.at, via: x.via })));
  const observed = [...new Set(sends.map((s) => s.item))];
  return {
    id,
    name: party.name,
    role: party.role,
    ...(party.country ? { country: party.country } : {}),
    declaredItems: party.declared,
    observedItems: observed,
    overShared: observed.filter((i) => !party.declared.includes(i)),
    stale: party.declared.filter((i) => !observed.includes(i)),
    ...(id === 'aws_ses' ? { overseasUndeclared: ['name'] } : {}),
    at: sends.map((s) => ({ ...s.at, via: s.via })),
  };
});

const onFinding = (item: string, at: Place) => findings.some((f) => f.dataItems.includes(item) && f.file === at.file && f.line === at.line);

function graph(): FlowGraph {
  const nodes: FlowGraph['nodes'] = [];
  const edges: FlowGraph['edges'] = [];
  const seen = new Map<string, FlowGraph['nodes'][number]>();
  const dest: FlowGraph['nodes'] = [];
  const add = (from: string, id: string, kind: FlowGraph['nodes'][number]['kind'], label: string, at: Place, count = 1) => {
    if (!seen.has(id)) {
      const n = { id, kind, label };
      seen.set(id, n);
      dest.push(n);
    }
    const e = edges.find((x) => x.from === from && x.to === id);
    const finding = onFinding(from.slice('item:'.length), at);
    if (e) {
      e.count += count;
      e.finding ||= finding;
    } else edges.push({ from, to: id, count, finding });
  };
  for (const r of rows) {
    const from = `item:${r.id}`;
    nodes.push({ id: from, kind: 'item', label: r.id });
    for (const s of r.stores) add(from, `store:${s.store}`, 'store', s.name, s.at);
    for (const x of r.parties) add(from, `party:${x.party}`, 'party', x.name, x.at);
    for (const l of r.logs) add(from, `log:${l.via.split('.')[0]}`, 'log', `${l.via.split('.')[0]} (log)`, l.at);
    for (const x of r.responses) add(from, `response:${x.via}`, 'response', `${x.via} (response)`, x.at);
  }
  const kinds = ['store', 'party', 'log', 'response'];
  dest.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || (a.id < b.id ? -1 : 1));
  const all = [...nodes, ...dest];
  for (const e of edges) {
    if (!e.finding) continue;
    for (const id of [e.from, e.to]) all.find((n) => n.id === id)!.warn = true;
  }
  for (const n of all) if (n.id.startsWith('party:') && PARTIES[n.id.slice('party:'.length)]!.role === 'undeclared') n.warn = true;
  const index = new Map(all.map((n, i) => [n.id, i]));
  edges.sort((a, b) => index.get(a.from)! - index.get(b.from)! || index.get(a.to)! - index.get(b.to)!);
  return { nodes: all, edges };
}

const RULES = ['no-sensitive-collection', 'no-undeclared-collection', 'no-plaintext-password', 'require-encryption-at-rest', 'no-undeclared-transfer', 'require-retention', 'no-personal-data-in-logs', 'valid-annotations'];
const byRule = RULES.map((rule) => {
  const of = findings.filter((f) => f.ruleId === `privacy/${rule}`);
  return { rule: `privacy/${rule}`, errors: of.filter((f) => f.severity === 'error').length, warnings: of.filter((f) => f.severity === 'warning').length, docs: `docs/rules/${rule}.md` };
});
const errors = findings.filter((f) => f.severity === 'error').length;
const warnings = findings.length - errors;

const gaps: Report['gaps'] = [
  { code: 'gap/sensitive-no-basis', message: '"health_note" is sensitive information, but purpose "training" has neither separate consent (consent.separate: true) nor a statute', article: 'PIPA Art 23(1)', file: `${ROOT}/privacy.yaml`, line: 64, column: 5, path: 'dataItems[13]' },
  { code: 'gap/overseas-no-details', message: 'processor "aws_ses" is in the US but overseasTransfers does not say when and how data is transferred', article: 'PIPA Art 28-8(2)', file: `${ROOT}/privacy.yaml`, line: 151, column: 5, path: 'processors[2]' },
  { code: 'gap/no-retention', message: 'item "referral_code" has no retention rule', file: `${ROOT}/privacy.yaml`, line: 120, column: 5, path: 'dataItems[32]' },
];

export const sampleReport: Report = emptyReport({
  tool: { name: 'privacy-lint', version: '0.1.0' },
  project: { tsconfig: `${ROOT}/tsconfig.json`, manifest: `${ROOT}/privacy.yaml`, controller: 'Hanbit Fitness Co., Ltd.', service: 'Hanbit Club Bookings', files: 87 },
  verdict: {
    status: errors > 0 ? 'fail' : warnings > 0 || gaps.length > 0 ? 'warn' : 'pass',
    summary: `${errors} errors and ${warnings} warnings in ${byRule.filter((b) => b.errors + b.warnings > 0).length} rules; ${gaps.length} policy gaps.`,
    errors,
    warnings,
    byRule,
    gaps: gaps.length,
  },
  inventory: rows,
  parties,
  graph: graph(),
  findings,
  suppressed: [
    {
      ...finding('privacy/no-personal-data-in-logs', 'warning', logAt('login_history', 'logger.info'), ['login_history'], '`login_history` reaches logger.info unmasked.', { kind: 'log', name: 'logger.info' }, ['  // privacy-lint-disable-next-line no-personal-data-in-logs -- the access log is the legally required record (Communications Privacy Act Art. 15-2)', '  logger.info({ login: entry }, "login");', '']),
      reason: 'the access log is the legally required record (Communications Privacy Act Art. 15-2) <kept 3 months>',
    },
  ],
  gaps,
  drift: {
    declaredNotObserved: ['referral_code'],
    observedNotDeclared: [
      { id: 'emial', at: row('emial').collectedAt[0]! },
      { id: 'instagram_handle', at: row('instagram_handle').collectedAt[0]! },
    ],
    partiesNotObserved: ['naver_cloud'],
    partiesNotDeclared: ['api.mixpanel.com', 'hooks.slack.com'],
  },
  skipped: [{ file: `${ROOT}/src/legacy/export.js`, reason: 'JavaScript file without checkJs: not analysed' }],
  unresolvedPackages: ['@kakao/alimtalk-sdk'],
});
