/**
 * The twelve articles of the policy draft, in the order of the PIPC standard privacy policy: each reads
 * the manifest for what the policy says and Evidence for what the code shows, and writes Markdown
 * lines through a text table. No section invents content: what the manifest leaves unspecified or
 * omits becomes a visible TODO for the author.
 */
import type { DataItem, ManifestData, Processor, Recipient, RetentionEnd } from '../../manifest/schema.js';
import type { Place } from '../../report/types.js';
import { type Evidence, type Mark, type MarkKind, info, sortPlaces } from './evidence.js';
import type { Basis, PolicyText, SectionKey } from './text.js';

/** Marks show at most this many places, then "+N". */
const MAX_PLACES = 3;
export const ICON: Record<MarkKind, string> = { backed: '✅', unverified: '⚠️', contradicted: '❌', todo: '📝', info: 'ℹ️' };

export class Writer {
  readonly counts: Record<MarkKind, number> = { backed: 0, unverified: 0, contradicted: 0, todo: 0, info: 0 };

  constructor(
    readonly t: PolicyText,
    readonly ev: Evidence,
    readonly m: ManifestData,
  ) {}

  /** "✅ backed by code (src/a.ts:3) — collected in code" */
  mark(mark: Mark): string {
    this.counts[mark.kind] += 1;
    const places = mark.places.length === 0 ? '' : ` (${placeList(mark.places)})`;
    const why = mark.why ? ` — ${this.t.why[mark.why](mark.args ?? [])}` : '';
    return `${ICON[mark.kind]} ${this.t.mark[mark.kind]}${places}${why}`;
  }

  todo(what: string, key: string): string {
    this.counts.todo += 1;
    return `${ICON.todo} ${this.t.todo(what, key)}`;
  }

  /** "Email address (`email`)" */
  item(id: string): string {
    const item = this.m.dataItems.find((i) => i.id === id);
    return item?.label ? `${md(item.label)} (\`${id}\`)` : `\`${id}\``;
  }

  items(ids: readonly string[]): string {
    return ids.map((i) => this.item(i)).join(this.t.and);
  }

  basis(basis: string | undefined, statute: string | null | undefined, key: string): string | undefined {
    if (basis === undefined) return undefined;
    if (basis === 'unspecified') return this.todo(this.t.todos.basis, key);
    const words = this.t.basis[basis as Basis] ?? basis;
    return statute ? `${words} (${md(statute)})` : words;
  }

  /** A retention end in words; inside `firstOf` a bare event is a point in time ("at withdrawal"), not "until". */
  period(end: RetentionEnd, inner = false): string {
    const r = this.t.retention;
    if (end === 'unspecified') return '';
    if ('firstOf' in end) return r.firstOf(end.firstOf.map((e) => this.period(e, true)));
    if ('event' in end) return end.after ? r.afterEvent(end.event, r.duration(end.after)) : inner ? r.atEvent(end.event) : r.untilEvent(end.event);
    return end.since === 'collection' ? r.afterCollection(r.duration(end.after)) : r.afterEvent(end.since, r.duration(end.after));
  }

  partyName(id: string): string {
    const all: Array<Recipient | Processor> = [...list(this.m.recipients), ...list(this.m.processors)];
    return md(all.find((p) => p.id === id)?.name ?? id);
  }
}

export function placeList(places: readonly Place[]): string {
  const shown = places.slice(0, MAX_PLACES).map((p) => md(`${p.file}:${p.line}`));
  return places.length > MAX_PLACES ? `${shown.join(', ')}, +${places.length - MAX_PLACES}` : shown.join(', ');
}

/**
 * The manifest's free text inside the draft's Markdown: one line (a folded or literal YAML block must
 * not break the list it sits in), and the characters that would start emphasis, code, links or HTML
 * escaped, so a label like "*optional*" or "<b>" shows as written. (Underscores inside words and a '>'
 * inside a line are literal in CommonMark, so snake_case and "Tools > Options" stay readable.)
 */
export function md(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim().replace(/[\\`*[\]<]/g, (c) => `\\${c}`);
}

const opt = (text: string | null | undefined): string | undefined => (text ? md(text) : undefined);

function list<T>(value: T[] | 'unspecified' | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

type Lines = string[];

/** Every article, in order; each returns its body lines (the heading is added by the caller). */
export const SECTIONS: Record<SectionKey, (w: Writer) => Lines> = {
  purposes(w) {
    const { t, m } = w;
    const purposes = m.purposes ?? [];
    if (purposes.length === 0) return [w.todo(t.todos.purposes, 'purposes')];
    const out = [t.purposes.intro, ''];
    purposes.forEach((p, i) => {
      const basis = w.basis(p.basis, p.statute, `purposes[${i}].basis`);
      const parts = [basis ? t.purposes.basis(basis) : undefined, p.consent?.separate ? t.purposes.separateConsent : undefined];
      out.push(`${i + 1}. **${md(p.label ?? p.id)}** (\`${p.id}\`)`);
      for (const part of parts) if (part) out.push(`   - ${part}`);
    });
    return out;
  },

  items(w) {
    const { t, m, ev } = w;
    const purposes = m.purposes ?? [];
    const out = [t.items.intro, ''];
    const tagged = (id: string): string => {
      const item = m.dataItems.find((d) => d.id === id);
      const tags = [item?.class === 'sensitive' ? t.items.sensitive : undefined, item?.class === 'unique_identifier' ? t.items.uniqueIdentifier : undefined, item && isNotKept(item) ? t.items.notKept : undefined];
      const suffix = tags.filter((x) => x !== undefined).map((x) => ` *(${x})*`).join('');
      return `${w.item(id)}${suffix} ${w.mark(ev.item(id))}`;
    };
    if (purposes.length === 0) out.push(w.todo(t.todos.purposes, 'purposes'));
    purposes.forEach((p, i) => {
      out.push(`${i + 1}. **${md(p.label ?? p.id)}**`);
      const groups: Array<[string, string[] | undefined]> = [[t.items.required, p.items.required], [t.items.optional, p.items.optional]];
      for (const [name, ids] of groups) {
        if (!ids || ids.length === 0) continue;
        out.push(`   - ${name}`);
        for (const id of ids) out.push(`     - ${tagged(id)}`);
      }
    });
    const undeclared = ev.undeclaredItems();
    if (undeclared.length > 0) {
      out.push('', t.items.undeclaredIntro, '');
      for (const u of undeclared) out.push(`- \`${u.id}\` ${w.mark(u.mark)}`);
    }
    return out;
  },

  retention(w) {
    const { t, m, ev } = w;
    const rules = m.retention ?? [];
    if (rules.length === 0) return [w.todo(t.todos.retention, 'retention')];
    const out = [t.retention.intro, ''];
    rules.forEach((r, i) => {
      out.push(`${i + 1}. **\`${r.id}\`**: ${t.retention.items(w.items(r.items))}`);
      out.push(`   - ${r.end === 'unspecified' ? w.todo(t.todos.retentionEnd, `retention[${i}].end`) : t.retention.period(w.period(r.end))}`);
      const basis = w.basis(r.basis, r.statute, `retention[${i}].basis`);
      if (basis) out.push(`   - ${t.retention.basis(basis)}`);
      if (r.mustRetainUntilEnd) out.push(`   - ${t.retention.mustRetain}`);
      if (r.storage === 'separate') out.push(`   - ${t.retention.separate}`);
      if (r.onEnd === 'anonymise') out.push(`   - ${t.retention.anonymise}`);
      if (r.end !== 'unspecified') out.push(`   - ${w.mark(ev.retention(r.id))}`);
    });
    return out;
  },

  destruction(w) {
    const { t, m, ev } = w;
    const d = m.destruction;
    const out = [t.destruction.intro];
    const separate = (m.retention ?? []).filter((r) => r.storage === 'separate').map((r) => `\`${r.id}\``);
    if (separate.length > 0) out.push('', t.destruction.separate(separate.join(t.and)));
    out.push('');
    out.push(`1. ${t.destruction.procedure(opt(d?.procedure) ?? w.todo(t.todos.destructionProcedure, 'destruction.procedure'))}`);
    out.push(`2. ${t.destruction.electronic(opt(d?.methods?.electronic) ?? w.todo(t.todos.destructionElectronic, 'destruction.methods.electronic'))}`);
    out.push(`3. ${t.destruction.paper(opt(d?.methods?.paper) ?? w.todo(t.todos.destructionPaper, 'destruction.methods.paper'))}`);
    out.push('', `${t.destruction.code} ${w.mark(ev.deletions())}`);
    return out;
  },

  thirdParties(w) {
    const { t, m, ev } = w;
    const out = [t.thirdParties.intro, ''];
    if (m.recipients === 'unspecified' || m.recipients === undefined) return [...out, w.todo(t.todos.recipients, 'recipients')];
    const recipients = m.recipients;
    if (recipients.length === 0) out.push(`${t.thirdParties.none} ${w.mark(ev.noOtherDestinations())}`);
    recipients.forEach((r, i) => {
      out.push(`${i + 1}. **${md(r.name)}** (\`${r.id}\`)`);
      const lines = [
        t.thirdParties.purpose(opt(r.purpose) ?? w.todo(t.todos.purposeOfRecipient, `recipients[${i}].purpose`)),
        t.thirdParties.items(w.items(r.items)),
        t.thirdParties.retention(recipientRetention(w, r, i)),
      ];
      const basis = w.basis(r.basis, undefined, `recipients[${i}].basis`);
      if (basis) lines.push(t.thirdParties.basis(basis));
      if (r.consent?.separate) lines.push(t.thirdParties.separateConsent);
      if (r.refusal) lines.push(t.thirdParties.refusal(md(r.refusal)));
      if (r.country) lines.push(t.thirdParties.country(md(r.country)));
      if (r.recognise?.roles && r.recognise.roles.length > 0) lines.push(t.thirdParties.inApp(md(r.recognise.roles.join(t.and))));
      lines.push(...partyMarks(w, r.id));
      for (const l of lines) out.push(`   - ${l}`);
    });
    const undeclared = ev.undeclaredDestinations();
    if (undeclared.length > 0) {
      out.push('', t.thirdParties.undeclaredIntro, '');
      for (const u of undeclared) out.push(`- **${md(u.name)}** ${w.mark(u.mark)}`);
    }
    return out;
  },

  consignment(w) {
    const { t, m, ev } = w;
    if (m.processors === 'unspecified' || m.processors === undefined) return [w.todo(t.todos.processors, 'processors')];
    const processors = m.processors;
    if (processors.length === 0) return [`${t.consignment.none} ${w.mark(ev.noOtherDestinations())}`];
    const out = [t.consignment.intro, ''];
    processors.forEach((p, i) => {
      out.push(`${i + 1}. **${md(p.name)}** (\`${p.id}\`)`);
      const lines = [t.consignment.task(opt(p.task) ?? w.todo(t.todos.task, `processors[${i}].task`)), t.consignment.items(w.items(p.items))];
      if (p.country) lines.push(t.consignment.country(md(p.country)));
      if (p.subprocessors && p.subprocessors.length > 0) {
        const subs = p.subprocessors.map((s) => (typeof s === 'string' ? s : [s.name, s.task, s.country].filter((x) => x).join(', ')));
        lines.push(t.consignment.subprocessors(md(subs.join(t.and))));
      }
      lines.push(...partyMarks(w, p.id));
      for (const l of lines) out.push(`   - ${l}`);
    });
    out.push('', t.consignment.contract);
    return out;
  },

  overseas(w) {
    const { t, m, ev } = w;
    if (m.overseasTransfers === 'unspecified' || m.overseasTransfers === undefined) return [w.todo(t.todos.overseas, 'overseasTransfers')];
    const transfers = m.overseasTransfers;
    const out = transfers.length === 0 ? [t.overseas.none] : [t.overseas.intro, ''];
    transfers.forEach((x, i) => {
      out.push(`${i + 1}. **${w.partyName(x.to)}** (\`${x.to}\`)`);
      const lines = [t.overseas.country(md(x.country)), t.overseas.items(w.items(x.items))];
      const basis = w.basis(x.basis, undefined, `overseasTransfers[${i}].basis`);
      if (basis) lines.push(t.overseas.basis(basis));
      if (x.note) lines.push(md(x.note));
      lines.push(w.mark(ev.sending(x.to, x.items)));
      lines.push(w.todo(t.todos.overseasDetails, `overseasTransfers[${i}]`));
      for (const l of lines) out.push(`   - ${l}`);
    });
    // Parties abroad that no overseas transfer entry covers: the author must add one (or correct the country).
    const covered = new Set(transfers.map((x) => x.to));
    const abroad = [...list(m.recipients), ...list(m.processors)].filter((p) => p.country && p.country !== 'KR' && !covered.has(p.id));
    if (abroad.length > 0) out.push('');
    for (const p of abroad) out.push(`- ${w.todo(t.todos.overseasMissing(md(p.name), md(p.country ?? '')), 'overseasTransfers')}`);
    return out;
  },

  rights(w) {
    const { t, m } = w;
    const r = m.rights;
    const out: Lines = [];
    const available = r?.available && r.available.length > 0 ? r.available.map((x) => t.rights.right(x)).join(t.and) : t.rights.defaults;
    out.push(`1. ${t.rights.intro(available)}`);
    out.push(`2. ${t.rights.channels}`);
    if (r?.channels && r.channels.length > 0) for (const c of r.channels) out.push(`   - ${md(c)}`);
    else out.push(`   - ${w.todo(t.todos.rightsChannels, 'rights.channels')}`);
    out.push(`3. ${r?.proxy ? t.rights.proxy(md(r.proxy)) : t.rights.proxyDefault}`);
    let n = 4;
    if (r?.duties && r.duties.length > 0) {
      out.push(`${n++}. ${t.rights.duties}`);
      for (const d of r.duties) out.push(`   - ${md(d)}`);
    }
    const c = m.children;
    const age = c?.ageThreshold ?? 14;
    const children =
      c?.policy === 'not_served' ? t.rights.childrenNotServed(age)
      : c?.policy === 'parental_consent' ? t.rights.childrenParental(age)
      : w.todo(t.todos.children, 'children.policy');
    out.push(`${n}. ${children}`);
    return out;
  },

  security(w) {
    const { t, m, ev } = w;
    const s = m.security;
    const out = [t.security.intro, ''];
    const covered = new Set<Claim>();
    for (const d of s?.declared ?? []) {
      const claim = claimOf(d);
      covered.add(claim);
      out.push(`- ${md(d)} ${w.mark(markOf(claim, ev))}`);
    }
    const generated: Array<[Claim, string | undefined]> = [
      ['password', s?.passwordHash ? t.security.passwordHash(s.passwordHash.accept.join(', ')) : undefined],
      ['encryption', s?.encryptAtRest ? t.security.encryptAtRest : undefined],
      ['transport', s?.transport?.requireTls ? t.security.tls : undefined],
      ['accessLog', s?.accessLog?.retainMin ? t.security.accessLog(t.retention.duration(s.accessLog.retainMin)) : undefined],
    ];
    for (const [claim, sentence] of generated) {
      if (sentence && !covered.has(claim)) {
        covered.add(claim);
        out.push(`- ${sentence} ${w.mark(markOf(claim, ev))}`);
      }
    }
    if (covered.size === 0) out.push(w.todo(t.todos.security, 'security.declared'));
    return out;
  },

  automatic(w) {
    const { t, m, ev } = w;
    const a = m.automaticCollection;
    if (!a) {
      // The manifest is silent: a TODO, and a contradiction when the code collects automatically generated items anyway.
      const auto = m.dataItems.filter((i) => i.class === 'auto_collected').map((i) => ev.item(i.id)).filter((x) => x.kind === 'backed');
      const places = auto.flatMap((x) => x.places);
      const out = [w.todo(t.todos.automatic, 'automaticCollection')];
      if (places.length > 0) out.push('', `${t.automatic.noneButCollected} ${w.mark({ kind: 'contradicted', places: sortPlaces(places), why: 'collected' })}`);
      return out;
    }
    const out = [t.automatic.intro, '', `- ${t.automatic.items}`];
    for (const id of a.items) out.push(`   - ${w.item(id)} ${w.mark(ev.item(id))}`);
    (a.cookies ?? []).forEach((c, i) => {
      out.push(`- ${t.automatic.cookie(md(c.purpose))} (${c.thirdParty ? t.automatic.thirdParty : t.automatic.firstParty})`);
      out.push(`   - ${t.automatic.optOut(opt(c.optOut) ?? w.todo(t.todos.cookieOptOut, `automaticCollection.cookies[${i}].optOut`))}`);
    });
    for (const tr of a.trackers ?? []) {
      out.push(`- ${t.automatic.tracker(md(tr.package ?? tr.host ?? '?'), opt(tr.purpose))} ${w.mark(ev.tracker(tr))}`);
    }
    out.push('', t.automatic.refusal);
    return out;
  },

  officer(w) {
    const { t, m } = w;
    const officers = m.officer ?? [];
    if (officers.length === 0) return [w.todo(t.todos.officer, 'officer')];
    const out = [t.officer.intro, ''];
    const f = t.officer.fields;
    officers.forEach((o, i) => {
      out.push(`${i + 1}. ${t.officer.role(md(o.role ?? ''))}`.trimEnd());
      const fields: Array<[string, string | null | undefined]> = [[f.name, o.name], [f.title, o.title], [f.dept, o.dept], [f.phone, o.phone], [f.email, o.email]];
      for (const [label, value] of fields) if (value) out.push(`   - ${label}: ${md(value)}`);
      if (!o.phone && !o.email) out.push(`   - ${w.todo(t.todos.officerContact(md(o.name ?? `#${i + 1}`)), `officer[${i}]`)}`);
    });
    out.push('', t.officer.closing);
    return out;
  },

  changes(w) {
    const { t, m } = w;
    const p = m.controller.policy;
    const out = [`1. ${p?.effective ? t.changes.effective(md(p.effective)) : w.todo(t.todos.effective, 'controller.policy.effective')}`];
    out.push(`2. ${p?.amendmentNoticeDays !== undefined ? t.changes.notice(p.amendmentNoticeDays) : w.todo(t.todos.noticeDays, 'controller.policy.amendmentNoticeDays')}`);
    if (p?.source) out.push(`3. ${t.changes.source(md(p.source))}`);
    return out;
  },
};

type Claim = 'password' | 'encryption' | 'transport' | 'accessLog' | 'organisational';

/**
 * Which code-checkable claim a measure, as the policy words it, makes. Keyword matching on the
 * author's own text (English or Korean); anything else is an organisational measure code cannot show.
 */
export function claimOf(text: string): Claim {
  const s = text.toLowerCase();
  if (/password|passphrase|비밀번호|패스워드/.test(s)) return 'password';
  if (/\btls\b|\bssl\b|https|transmi|in transit|network|communicat|전송|통신/.test(s)) return 'transport';
  if (/encrypt|암호화/.test(s)) return 'encryption';
  if (/access (record|log)|접속 ?기록/.test(s)) return 'accessLog';
  return 'organisational';
}

function markOf(claim: Claim, ev: Evidence): Mark {
  switch (claim) {
    case 'password':
      return ev.passwordHash();
    case 'encryption':
      return ev.encryptionAtRest();
    case 'transport':
    case 'accessLog':
      return { kind: 'unverified', places: [], why: 'not-checked' };
    case 'organisational':
      return info();
  }
}

/** The marks under a declared party: what the code sends, what it over-shares, what it never sends. */
function partyMarks(w: Writer, id: string): string[] {
  const out = [w.mark(w.ev.sending(id))];
  const over = w.ev.overShared(id);
  if (over) out.push(w.mark(over));
  const stale = w.ev.stale(id);
  if (stale) out.push(w.mark(stale));
  return out;
}

function recipientRetention(w: Writer, r: Recipient, i: number): string {
  const ret = r.retention;
  if (!ret) return w.todo(w.t.todos.recipientRetention, `recipients[${i}].retention`);
  if ('sameAs' in ret) return w.t.retention.sameAs(ret.sameAs.map((x) => `\`${x}\``).join(w.t.and));
  if (ret.end === 'unspecified') return w.todo(w.t.todos.recipientRetention, `recipients[${i}].retention.end`);
  return w.period(ret.end);
}

function isNotKept(item: DataItem): boolean {
  return item.handling === 'transit_only' || item.handling === 'never';
}
