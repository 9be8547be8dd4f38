/**
 * The articles of the policy draft, in the order of the PIPC standard privacy policy (required items, then
 * the recommended ones where the manifest has their data): each reads the manifest for what the policy says
 * and Evidence for what the code shows, and writes Markdown lines through a text table. No section invents
 * content: what the manifest leaves unspecified, omits or still marks TODO becomes a visible TODO for the
 * author, and a statement resting on a TODO is never marked as backed by the code. Laws are cited from the
 * table of articles (src/law/articles.ts) for the manifest's jurisdictions.
 */
import { kindById } from '../../catalog/kinds.js';
import { KIND_LABELS_KO, isKorean } from '../../lang/korean.js';
import { cite, jurisdictionsOf, type Jurisdiction, type Topic } from '../../law/articles.js';
import type { DataItem, ManifestData, Processor, Recipient, RetentionEnd } from '../../manifest/schema.js';
import type { Place } from '../../report/types.js';
import { type Evidence, type Mark, type MarkKind, info, sortPlaces } from './evidence.js';
import type { Basis, PolicyText, SectionKey } from './text.js';

/** Marks show at most this many places, then "+N". */
const MAX_PLACES = 3;
export const ICON: Record<MarkKind, string> = { backed: '✅', unverified: '⚠️', contradicted: '❌', todo: '📝', info: 'ℹ️' };

/** Where a draft statement comes from: its manifest key, and the party or item it speaks of (for the cross-article check). */
export interface Origin {
  key?: string;
  subject?: string;
}

export interface Logged {
  section: SectionKey;
  subject?: string;
  mark: Mark;
}

export class Writer {
  readonly counts: Record<MarkKind, number> = { backed: 0, unverified: 0, contradicted: 0, todo: 0, info: 0 };
  /** Every mark placed, with its article and subject: what the cross-article consistency test reads. */
  readonly log: Logged[] = [];
  /** The article being written. */
  section: SectionKey = 'purposes';
  /** Items a Korean draft could only name by their code id (no Korean label, no built-in kind). */
  readonly unnamed = new Set<string>();

  constructor(
    readonly t: PolicyText,
    readonly ev: Evidence,
    readonly m: ManifestData,
    /** Key paths (as the report formats them, e.g. "processors[0].items") still marked TODO in the manifest. */
    readonly todos: readonly string[] = [],
  ) {}

  get jurisdictions(): Jurisdiction[] {
    return jurisdictionsOf(this.m.controller.jurisdictions);
  }

  /** The citation of a topic in the draft's language, for the manifest's law ('' when none). */
  cite(topic: Topic): string {
    return cite(topic, this.jurisdictions, this.t.lang);
  }

  /** Whether a statement's manifest key is still a question: it, or a section containing it, carries a TODO mark. */
  under(key: string | undefined): boolean {
    if (key === undefined) return false;
    return this.todos.some((p) => key === p || key.startsWith(`${p}.`) || key.startsWith(`${p}[`));
  }

  /**
   * "✅ backed by code (src/a.ts:3) — collected in code". A statement whose manifest key is still a TODO is
   * never backed: the code evidence stays, under the TODO mark, and only a contradiction keeps its ❌.
   */
  mark(mark: Mark, origin: Origin = {}): string {
    const shown: Mark = this.under(origin.key) && mark.kind !== 'contradicted' ? { ...mark, kind: 'todo' } : mark;
    this.counts[shown.kind] += 1;
    this.log.push({ section: this.section, ...(origin.subject !== undefined ? { subject: origin.subject } : {}), mark: shown });
    const places = shown.places.length === 0 ? '' : ` (${placeList(shown.places)})`;
    const why = shown.why ? ` — ${this.t.why[shown.why](shown.args ?? [])}` : '';
    return `${ICON[shown.kind]} ${this.t.mark[shown.kind]}${places}${why}`;
  }

  todo(what: string, key: string): string {
    this.counts.todo += 1;
    this.log.push({ section: this.section, mark: { kind: 'todo', places: [] } });
    return `${ICON.todo} ${this.t.todo(what, key)}`;
  }

  /** A TODO value ("TODO: what do you entrust …?") or an entry under a TODO mark: the question, never the placeholder as a fact. */
  isTodoValue(value: string | null | undefined, key: string): boolean {
    return (typeof value === 'string' && /^\s*TODO\b/.test(value)) || this.under(key);
  }

  /**
   * The manifest's free text at `key`: a TODO when it is a placeholder, else the text as written, followed in a
   * Korean draft by a "needs translating" note when it is not Korean. Undefined when the manifest has none.
   */
  text(value: string | null | undefined, key: string): string | undefined {
    if (value === null || value === undefined || value === '') return undefined;
    if (this.isTodoValue(value, key)) return this.todo(this.t.todos.answer(md(value.replace(/^\s*TODO\b:?\s*/, ''))), key);
    const note = this.t.lang === 'ko' && !isKorean(value) && this.t.untranslated ? ` ${this.t.untranslated}` : '';
    return `${md(value)}${note}`;
  }

  /** A proper name (organisation, service, party): as written, or `missing()` (a "not filled in" marker) for a TODO. */
  name(value: string, key: string, missing: () => string): string {
    return this.isTodoValue(value, key) ? missing() : md(value);
  }

  /** "Email address (`email`)"; a Korean draft uses a Korean label (the manifest's, or the built-in kind's) or the id alone. */
  item(id: string): string {
    const item = this.m.dataItems.find((i) => i.id === id);
    const label = this.labelOf(item);
    if (label === undefined) {
      if (this.t.lang === 'ko' && item) this.unnamed.add(id);
      return `\`${id}\``;
    }
    return this.t.itemRef(md(label), id);
  }

  private labelOf(item: DataItem | undefined): string | undefined {
    if (!item) return undefined;
    const kind = item.kind !== undefined ? kindById(item.kind) : undefined;
    if (this.t.lang === 'ko') {
      if (item.label && isKorean(item.label)) return item.label;
      return item.kind !== undefined ? KIND_LABELS_KO[item.kind] : undefined;
    }
    return item.label ?? kind?.label;
  }

  /** The items, or a TODO when the list is empty or still marked TODO (never an empty line). */
  items(ids: readonly string[], key?: string): string {
    if (key !== undefined && (ids.length === 0 || this.under(key))) return this.todo(this.t.todos.items, key);
    return ids.map((i) => this.item(i)).join(this.t.and);
  }

  basis(basis: string | undefined, statute: string | null | undefined, key: string): string | undefined {
    if (basis === undefined) return undefined;
    if (basis === 'unspecified' || this.under(key)) return this.todo(this.t.todos.basis, key);
    const words = this.t.basis[basis as Basis] ?? basis;
    const law = this.text(statute, key.replace(/basis$/, 'statute'));
    return law ? `${words} (${law})` : words;
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

function list<T>(value: T[] | 'unspecified' | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

type Lines = string[];

/** Every article, in order; each returns its body lines (the heading is added by the caller), or none when it does not apply. */
export const SECTIONS: Record<SectionKey, (w: Writer) => Lines> = {
  purposes(w) {
    const { t, m } = w;
    const purposes = m.purposes ?? [];
    if (purposes.length === 0) return [w.todo(t.todos.purposes, 'purposes')];
    const out = [t.purposes.intro(w.cite('purposeChange')), ''];
    if (w.under('purposes')) out.push(w.todo(t.todos.answer(t.todos.purposes), 'purposes'), '');
    purposes.forEach((p, i) => {
      const basis = w.basis(p.basis, p.statute, `purposes[${i}].basis`);
      const parts = [basis ? t.purposes.basis(basis) : undefined, p.consent?.separate ? t.purposes.separateConsent : undefined];
      out.push(`${i + 1}. ${p.label ? `**${purposeName(w, i)}** (\`${p.id}\`)` : `\`${p.id}\``}`);
      for (const part of parts) if (part) out.push(`   - ${part}`);
    });
    return out;
  },

  items(w) {
    const { t, m, ev } = w;
    const purposes = m.purposes ?? [];
    const out = [t.items.intro, ''];
    const tagged = (id: string, key: string): string => {
      const item = m.dataItems.find((d) => d.id === id);
      const tags = [item?.class === 'sensitive' ? t.items.sensitive : undefined, item?.class === 'unique_identifier' ? t.items.uniqueIdentifier : undefined, item && isNotKept(item) ? t.items.notKept : undefined];
      const suffix = tags.filter((x) => x !== undefined).map((x) => ` *(${x})*`).join('');
      // The statement "purpose P processes item I" stands on the purpose's list and on the item's own entry.
      const index = m.dataItems.findIndex((d) => d.id === id);
      const itemKey = w.under(`dataItems[${index}]`) ? `dataItems[${index}]` : key;
      return `${w.item(id)}${suffix} ${w.mark(ev.item(id), { key: itemKey, subject: `item:${id}` })}`;
    };
    if (purposes.length === 0) out.push(w.todo(t.todos.purposes, 'purposes'));
    purposes.forEach((p, i) => {
      out.push(`${i + 1}. ${p.label ? `**${purposeName(w, i)}**` : `\`${p.id}\``}`);
      const groups: Array<[string, string[] | undefined, string]> = [[t.items.required, p.items.required, 'required'], [t.items.optional, p.items.optional, 'optional']];
      for (const [name, ids, group] of groups) {
        if (!ids || ids.length === 0) continue;
        out.push(`   - ${name}`);
        for (const id of ids) out.push(`     - ${tagged(id, `purposes[${i}].items.${group}`)}`);
      }
    });
    // April 2025 guideline: items processed without consent are listed apart, each with its legal basis (PIPA Art 22(3)).
    // A purpose whose basis is unspecified or still a TODO is not said to work without consent.
    const without = purposes
      .map((p, i) => ({ p, i }))
      .filter(({ p, i }) => p.basis !== 'consent' && p.basis !== 'unspecified' && !w.under(`purposes[${i}]`) && [...(p.items.required ?? []), ...(p.items.optional ?? [])].length > 0);
    if (without.length > 0) {
      out.push('', t.items.withoutConsent(w.cite('withoutConsent')), '');
      for (const { p, i } of without) {
        const ids = [...(p.items.required ?? []), ...(p.items.optional ?? [])];
        const basis = w.basis(p.basis, p.statute, `purposes[${i}].basis`) ?? '';
        out.push(`- ${t.items.withoutConsentRow(`**${purposeName(w, i)}**: ${w.items(ids)}`, basis)}`);
      }
    }
    const undeclared = ev.undeclaredItems();
    if (undeclared.length > 0) {
      out.push('', t.items.undeclaredIntro, '');
      for (const u of undeclared) out.push(`- \`${u.id}\` ${w.mark(u.mark, { subject: `item:${u.id}` })}`);
    }
    return out;
  },

  retention(w) {
    const { t, m, ev } = w;
    const rules = m.retention ?? [];
    if (rules.length === 0) return [w.todo(t.todos.retention, 'retention')];
    const out = [t.retention.intro, ''];
    if (w.under('retention')) out.push(w.todo(t.todos.answer(t.todos.retention), 'retention'), '');
    rules.forEach((r, i) => {
      const key = `retention[${i}]`;
      out.push(`${i + 1}. **\`${r.id}\`**: ${t.retention.items(w.items(r.items))}`);
      out.push(`   - ${r.end === 'unspecified' ? w.todo(t.todos.retentionEnd, `${key}.end`) : t.retention.period(w.period(r.end))}`);
      const basis = w.basis(r.basis, r.statute, `${key}.basis`);
      if (basis) out.push(`   - ${t.retention.basis(basis)}`);
      if (r.mustRetainUntilEnd) out.push(`   - ${t.retention.mustRetain}`);
      if (r.storage === 'separate') out.push(`   - ${t.retention.separate}`);
      if (r.onEnd === 'anonymise') out.push(`   - ${t.retention.anonymise}`);
      if (r.end !== 'unspecified') out.push(`   - ${w.mark(ev.retention(r.id), { key: `${key}.end`, subject: `retention:${r.id}` })}`);
    });
    return out;
  },

  destruction(w) {
    const { t, m, ev } = w;
    const d = m.destruction;
    const out = [t.destruction.intro(w.cite('destruction'))];
    const separate = (m.retention ?? []).filter((r) => r.storage === 'separate').map((r) => `\`${r.id}\``);
    if (separate.length > 0) out.push('', t.destruction.separate(separate.join(t.and)));
    out.push('');
    out.push(`1. ${t.destruction.procedure(w.text(d?.procedure, 'destruction.procedure') ?? w.todo(t.todos.destructionProcedure, 'destruction.procedure'))}`);
    out.push(`2. ${t.destruction.electronic(w.text(d?.methods?.electronic, 'destruction.methods.electronic') ?? w.todo(t.todos.destructionElectronic, 'destruction.methods.electronic'))}`);
    out.push(`3. ${t.destruction.paper(w.text(d?.methods?.paper, 'destruction.methods.paper') ?? w.todo(t.todos.destructionPaper, 'destruction.methods.paper'))}`);
    out.push('', `${t.destruction.code} ${w.mark(ev.deletions(), { key: 'destruction' })}`);
    // A deletion is found from the handler of a retention event: an event the manifest maps to no code cannot lead to one.
    const unmapped = unmappedEvents(m);
    if (unmapped.length > 0) out.push('', w.todo(t.destruction.unmapped(unmapped.map((e) => `\`${e}\``).join(t.and)), 'events'));
    return out;
  },

  thirdParties(w) {
    const { t, m, ev } = w;
    const out = [t.thirdParties.intro(w.cite('provision')), ''];
    if (m.recipients === 'unspecified' || m.recipients === undefined) return [...out, w.todo(t.todos.recipients, 'recipients')];
    const recipients = m.recipients;
    // "We provide to no third party" is a claim only when a person wrote the empty list (not a TODO left by init).
    if (recipients.length === 0) {
      out.push(w.under('recipients') ? w.todo(t.todos.recipients, 'recipients') : `${t.thirdParties.none} ${w.mark(ev.noOtherDestinations())}`);
    } else if (w.under('recipients')) out.push(w.todo(t.todos.answer(t.todos.recipients), 'recipients'), '');
    recipients.forEach((r, i) => {
      const key = `recipients[${i}]`;
      out.push(`${i + 1}. **${w.name(r.name, `${key}.name`, () => `\`${r.id}\``)}** (\`${r.id}\`)`);
      const lines = [
        t.thirdParties.purpose(w.text(r.purpose, `${key}.purpose`) ?? w.todo(t.todos.purposeOfRecipient, `${key}.purpose`)),
        t.thirdParties.items(w.items(r.items, `${key}.items`)),
        t.thirdParties.retention(recipientRetention(w, r, i)),
      ];
      const basis = w.basis(r.basis, undefined, `${key}.basis`);
      if (basis) lines.push(t.thirdParties.basis(basis));
      if (r.consent?.separate) lines.push(t.thirdParties.separateConsent);
      const refusal = w.text(r.refusal, `${key}.refusal`);
      if (refusal) lines.push(t.thirdParties.refusal(refusal));
      if (r.country) lines.push(t.thirdParties.country(md(r.country)));
      if (r.recognise?.roles && r.recognise.roles.length > 0) lines.push(t.thirdParties.inApp(md(r.recognise.roles.join(t.and))));
      lines.push(...partyMarks(w, r.id, key));
      for (const l of lines) out.push(`   - ${l}`);
    });
    const undeclared = ev.undeclaredDestinations();
    if (undeclared.length > 0) {
      out.push('', t.thirdParties.undeclaredIntro, '');
      for (const u of undeclared) out.push(`- **${md(u.name)}** ${w.mark(u.mark, { subject: `party:${u.id}` })}`);
    }
    return out;
  },

  consignment(w) {
    const { t, m, ev } = w;
    if (m.processors === 'unspecified' || m.processors === undefined) return [w.todo(t.todos.processors, 'processors')];
    const processors = m.processors;
    if (processors.length === 0) {
      return [w.under('processors') ? w.todo(t.todos.processors, 'processors') : `${t.consignment.none} ${w.mark(ev.noOtherDestinations())}`];
    }
    const out = [t.consignment.intro, ''];
    if (w.under('processors')) out.push(w.todo(t.todos.answer(t.todos.processors), 'processors'), '');
    processors.forEach((p, i) => {
      const key = `processors[${i}]`;
      out.push(`${i + 1}. **${w.name(p.name, `${key}.name`, () => `\`${p.id}\``)}** (\`${p.id}\`)`);
      const lines = [
        t.consignment.task(w.text(p.task, `${key}.task`) ?? w.todo(t.todos.task, `${key}.task`)),
        t.consignment.items(w.items(p.items, `${key}.items`)),
      ];
      if (p.country) lines.push(t.consignment.country(md(p.country)));
      if (p.subprocessors && p.subprocessors.length > 0) {
        const subs = p.subprocessors.map((s) => (typeof s === 'string' ? s : [s.name, s.task, s.country].filter((x) => x).join(', ')));
        lines.push(t.consignment.subprocessors(md(subs.join(t.and))));
      }
      lines.push(...partyMarks(w, p.id, key));
      for (const l of lines) out.push(`   - ${l}`);
    });
    out.push('', t.consignment.contract(w.cite('consignment')));
    return out;
  },

  overseas(w) {
    const { t, m, ev } = w;
    if (m.overseasTransfers === 'unspecified' || m.overseasTransfers === undefined) return [w.todo(t.todos.overseas, 'overseasTransfers')];
    const transfers = m.overseasTransfers;
    const out = transfers.length === 0 ? [w.under('overseasTransfers') ? w.todo(t.todos.overseas, 'overseasTransfers') : t.overseas.none] : [t.overseas.intro(w.cite('overseas')), ''];
    if (transfers.length > 0 && w.under('overseasTransfers')) out.push(w.todo(t.todos.answer(t.todos.overseas), 'overseasTransfers'), '');
    transfers.forEach((x, i) => {
      const key = `overseasTransfers[${i}]`;
      out.push(`${i + 1}. **${w.partyName(x.to)}** (\`${x.to}\`)`);
      const lines = [t.overseas.country(md(x.country)), t.overseas.items(w.items(x.items, `${key}.items`))];
      const basis = w.basis(x.basis, undefined, `${key}.basis`);
      if (basis) lines.push(t.overseas.basis(basis));
      const note = w.text(x.note, `${key}.note`);
      if (note) lines.push(note);
      // The same facts as the party's own article: what the code sends there, and what it sends beyond this entry.
      lines.push(...ev.overseas(x.to, x.items).map((mark) => w.mark(mark, { key, subject: `party:${x.to}` })));
      lines.push(w.todo(t.todos.overseasDetails, key));
      for (const l of lines) out.push(`   - ${l}`);
    });
    // Parties abroad that no overseas transfer entry covers: the author must add one (or correct the country).
    const home = w.jurisdictions[0];
    if (home !== undefined) {
      const covered = new Set(transfers.map((x) => x.to));
      const abroad = [...list(m.recipients), ...list(m.processors)].filter((p) => p.country && p.country !== home && !covered.has(p.id));
      if (abroad.length > 0) out.push('');
      for (const p of abroad) out.push(`- ${w.todo(t.todos.overseasMissing(md(p.name), md(p.country ?? '')), 'overseasTransfers')}`);
    }
    return out;
  },

  rights(w) {
    const { t, m } = w;
    const r = m.rights;
    const out: Lines = [];
    const available = r?.available && r.available.length > 0 ? r.available.map((x) => t.rights.right(x)).join(t.and) : t.rights.defaults;
    out.push(`1. ${t.rights.intro(available)}`);
    out.push(`2. ${t.rights.channels}`);
    if (r?.channels && r.channels.length > 0) r.channels.forEach((c, i) => out.push(`   - ${w.text(c, `rights.channels[${i}]`)}`));
    else out.push(`   - ${w.todo(t.todos.rightsChannels, 'rights.channels')}`);
    out.push(`3. ${r?.proxy ? t.rights.proxy(w.text(r.proxy, 'rights.proxy') ?? '') : t.rights.proxyDefault}`);
    let n = 4;
    // New items of the April 2025 guideline, where the manifest lists the right.
    const has = (...names: string[]) => (r?.available ?? []).some((x) => names.includes(x));
    if (has('portability', 'transmission')) out.push(`${n++}. ${t.rights.transmission(w.cite('transmission'))}`);
    if (has('automated_decisions', 'automated_decision')) out.push(`${n++}. ${t.rights.automated(w.cite('automatedDecisions'))}`);
    if (r?.duties && r.duties.length > 0) {
      out.push(`${n++}. ${t.rights.duties}`);
      r.duties.forEach((d, i) => out.push(`   - ${w.text(d, `rights.duties[${i}]`)}`));
    }
    const c = m.children;
    const age = c?.ageThreshold ?? 14;
    const children =
      w.under('children') || c?.policy === 'unspecified' || c === undefined ? w.todo(t.todos.children, 'children.policy')
      : c.policy === 'not_served' ? t.rights.childrenNotServed(age)
      : t.rights.childrenParental(age);
    out.push(`${n}. ${children}`);
    return out;
  },

  security(w) {
    const { t, m, ev } = w;
    const s = m.security;
    const out = [t.security.intro(w.cite('security')), ''];
    if (w.under('security')) out.push(w.todo(t.todos.answer(t.todos.security), 'security'), '');
    const covered = new Set<Claim>();
    (s?.declared ?? []).forEach((d, i) => {
      const claim = claimOf(d);
      covered.add(claim);
      out.push(`- ${w.text(d, `security.declared[${i}]`)} ${w.mark(markOf(claim, ev), { key: `security.declared[${i}]` })}`);
    });
    const generated: Array<[Claim, string | undefined, string]> = [
      ['password', s?.passwordHash ? t.security.passwordHash(s.passwordHash.accept.join(', ')) : undefined, 'security.passwordHash'],
      ['encryption', s?.encryptAtRest ? t.security.encryptAtRest : undefined, 'security.encryptAtRest'],
      ['transport', s?.transport?.requireTls ? t.security.tls : undefined, 'security.transport'],
      ['accessLog', s?.accessLog?.retainMin ? t.security.accessLog(t.retention.duration(s.accessLog.retainMin)) : undefined, 'security.accessLog'],
    ];
    for (const [claim, sentence, key] of generated) {
      if (sentence && !covered.has(claim)) {
        covered.add(claim);
        out.push(`- ${sentence} ${w.mark(markOf(claim, ev), { key })}`);
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
    for (const id of a.items) out.push(`   - ${w.item(id)} ${w.mark(ev.item(id), { key: 'automaticCollection.items', subject: `item:${id}` })}`);
    (a.cookies ?? []).forEach((c, i) => {
      out.push(`- ${t.automatic.cookie(w.text(c.purpose, `automaticCollection.cookies[${i}].purpose`) ?? '')} (${c.thirdParty ? t.automatic.thirdParty : t.automatic.firstParty})`);
      out.push(`   - ${t.automatic.optOut(w.text(c.optOut, `automaticCollection.cookies[${i}].optOut`) ?? w.todo(t.todos.cookieOptOut, `automaticCollection.cookies[${i}].optOut`))}`);
    });
    out.push('', t.automatic.refusal);
    return out;
  },

  officer(w) {
    const { t, m } = w;
    const officers = m.officer ?? [];
    if (officers.length === 0 || w.under('officer')) return [w.todo(t.todos.officer, 'officer')];
    const out = [t.officer.intro, ''];
    const f = t.officer.fields;
    officers.forEach((o, i) => {
      out.push(`${i + 1}. ${t.officer.role(w.text(o.role, `officer[${i}].role`) ?? '')}`.trimEnd());
      const fields: Array<[string, string | null | undefined, string]> = [[f.name, o.name, 'name'], [f.title, o.title, 'title'], [f.dept, o.dept, 'dept'], [f.phone, o.phone, 'phone'], [f.email, o.email, 'email']];
      for (const [label, value, key] of fields) {
        if (!value) continue;
        const proper = key === 'phone' || key === 'email' || key === 'name';
        out.push(`   - ${label}: ${proper ? w.name(value, `officer[${i}].${key}`, () => w.todo(t.todos.officerContact(`#${i + 1}`), `officer[${i}].${key}`)) : w.text(value, `officer[${i}].${key}`)}`);
      }
      if (!o.phone && !o.email) out.push(`   - ${w.todo(t.todos.officerContact(md(o.name ?? `#${i + 1}`)), `officer[${i}]`)}`);
    });
    out.push('', t.officer.closing);
    return out;
  },

  changes(w) {
    const { t, m } = w;
    const p = m.controller.policy;
    const out = [`1. ${p?.effective && !w.isTodoValue(p.effective, 'controller.policy.effective') ? t.changes.effective(md(p.effective)) : w.todo(t.todos.effective, 'controller.policy.effective')}`];
    out.push(`2. ${p?.amendmentNoticeDays !== undefined && !w.under('controller.policy.amendmentNoticeDays') ? t.changes.notice(p.amendmentNoticeDays) : w.todo(t.todos.noticeDays, 'controller.policy.amendmentNoticeDays')}`);
    if (p?.source) out.push(`3. ${t.changes.source(md(p.source))}`);
    return out;
  },

  behavioural(w) {
    const { t, m, ev } = w;
    const trackers = m.automaticCollection?.trackers ?? [];
    if (trackers.length === 0) return [];
    const out = [t.behavioural.intro(w.cite('behavioural')), ''];
    trackers.forEach((tr, i) => {
      const key = `automaticCollection.trackers[${i}]`;
      out.push(`- ${t.behavioural.tracker(md(tr.package ?? tr.host ?? '?'), w.text(tr.purpose, `${key}.purpose`))} ${w.mark(ev.tracker(tr), { key })}`);
      if (tr.consentFlag) out.push(`   - ${t.behavioural.consent(tr.consentFlag)}`);
    });
    out.push('', t.behavioural.refusal);
    return out;
  },

  remedies(w) {
    const { t } = w;
    const j = w.jurisdictions;
    if (j.length === 0) return [];
    const out = [t.remedies.intro(w.cite('remedies')), ''];
    if (j.includes('KR')) for (const b of t.remedies.kr) out.push(`- ${b}`);
    if (j.includes('EU')) out.push(`- ${t.remedies.eu}`);
    return out;
  },
};

/** A purpose's name: its label (a Korean draft notes an untranslated one), or its id as code. */
function purposeName(w: Writer, i: number): string {
  const p = (w.m.purposes ?? [])[i]!;
  return w.text(p.label, `purposes[${i}].label`) ?? `\`${p.id}\``;
}

/** Events of retention rules with no handler named in the manifest (events.<id>.code), sorted. */
function unmappedEvents(m: ManifestData): string[] {
  const ends = (end: RetentionEnd): string[] => (end === 'unspecified' ? [] : 'firstOf' in end ? end.firstOf.flatMap(ends) : 'event' in end ? [end.event] : end.since !== 'collection' ? [end.since] : []);
  const used = new Set((m.retention ?? []).flatMap((r) => ends(r.end)));
  return [...used].filter((e) => (m.events?.[e]?.code ?? []).length === 0).sort();
}

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
function partyMarks(w: Writer, id: string, key: string): string[] {
  const origin = { key: `${key}.items`, subject: `party:${id}` };
  const out = [w.mark(w.ev.sending(id), origin)];
  const over = w.ev.overShared(id);
  if (over) out.push(w.mark(over, origin));
  const stale = w.ev.stale(id);
  if (stale) out.push(w.mark(stale, origin));
  return out;
}

function recipientRetention(w: Writer, r: Recipient, i: number): string {
  const ret = r.retention;
  if (!ret || w.under(`recipients[${i}].retention`)) return w.todo(w.t.todos.recipientRetention, `recipients[${i}].retention`);
  if ('sameAs' in ret) return w.t.retention.sameAs(ret.sameAs.map((x) => `\`${x}\``).join(w.t.and));
  if (ret.end === 'unspecified') return w.todo(w.t.todos.recipientRetention, `recipients[${i}].retention.end`);
  return w.period(ret.end);
}

function isNotKept(item: DataItem): boolean {
  return item.handling === 'transit_only' || item.handling === 'never';
}
