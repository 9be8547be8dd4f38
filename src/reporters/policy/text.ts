/**
 * The words of the policy draft, as one interface that each language fills in (en.ts, ko.ts). The
 * section renderer (sections.ts) decides what is said and in which order; a table only says it. A
 * sentence that takes values is a function, so word order and particles stay each language's business.
 */
import type { MarkKind, Why } from './evidence.js';

export type SectionKey =
  | 'purposes'
  | 'items'
  | 'retention'
  | 'destruction'
  | 'thirdParties'
  | 'consignment'
  | 'overseas'
  | 'rights'
  | 'security'
  | 'automatic'
  | 'officer'
  | 'changes'
  | 'behavioural'
  | 'remedies';

/**
 * The articles in the order of the PIPC standard privacy policy, split as the April 2025 guideline splits
 * them: the items the law requires (PIPA Art 30(1), Enforcement Decree Art 31), then the recommended ones.
 * A recommended article is written only where the manifest has its data (behavioural information: trackers)
 * or the law of the manifest supplies it (remedies).
 */
export const MANDATORY: readonly SectionKey[] = [
  'purposes', 'items', 'retention', 'destruction', 'thirdParties', 'consignment',
  'overseas', 'rights', 'security', 'automatic', 'officer', 'changes',
];
export const RECOMMENDED: readonly SectionKey[] = ['behavioural', 'remedies'];
export const SECTION_ORDER: readonly SectionKey[] = [...MANDATORY, ...RECOMMENDED];

export type Basis = 'consent' | 'contract' | 'legal_obligation' | 'public_duty' | 'vital_interest' | 'legitimate_interest';

export interface PolicyText {
  lang: 'en' | 'ko';
  /** Markdown heading of the whole draft. */
  title(service: string): string;
  /** What the title and introduction show for a name the manifest has not filled in (a TODO). */
  notFilled: { organisation: string; service: string };
  /** The two parts of the draft: the articles the law requires, then those the guideline recommends. */
  parts: { mandatory: string; recommended: string };
  /** After the manifest's free text that is not written in the draft's language (Korean draft only). */
  untranslated: string;
  /** An item's name and id: "Email address (`email`)", "이메일 주소(`email`)". */
  itemRef(label: string, id: string): string;
  /** "Article 3 (…)" or "제3조(…)". */
  article(n: number, title: string): string;
  sections: Record<SectionKey, string>;
  legend: {
    draft(tool: string, manifest: string, files: number): string;
    noAnalysis: string;
    marks: Record<MarkKind, string>;
    counts(counts: Record<MarkKind, number>): string;
  };
  /** The short label each marker carries: "backed by code", "미확인". */
  mark: Record<MarkKind, string>;
  why: Record<Why, (args: readonly string[]) => string>;
  /** "TODO: <what>" with the manifest key the author should fill. */
  todo(what: string, key: string): string;
  todos: {
    /** A question the manifest still marks TODO: its own words. */
    answer(text: string): string;
    jurisdictions: string;
    items: string;
    itemLabels(ids: string): string;
    basis: string;
    purposes: string;
    retentionEnd: string;
    retention: string;
    recipients: string;
    processors: string;
    overseas: string;
    overseasMissing(party: string, country: string): string;
    overseasDetails: string;
    destructionProcedure: string;
    destructionElectronic: string;
    destructionPaper: string;
    rightsChannels: string;
    children: string;
    security: string;
    cookieOptOut: string;
    automatic: string;
    officer: string;
    officerContact(name: string): string;
    effective: string;
    noticeDays: string;
    purposeOfRecipient: string;
    recipientRetention: string;
    task: string;
  };
  basis: Record<Basis, string>;
  /** `law` is the citation of the policy article (e.g. PIPA Art 30), '' when the manifest names no law. */
  intro(controller: string, service: string | undefined, law: string): string;

  purposes: { intro(law: string): string; basis(basis: string): string; separateConsent: string };
  items: {
    intro: string;
    withoutConsent(law: string): string;
    withoutConsentRow(items: string, basis: string): string;
    required: string;
    optional: string;
    sensitive: string;
    uniqueIdentifier: string;
    notKept: string;
    undeclaredIntro: string;
  };
  retention: {
    intro: string;
    items(list: string): string;
    period(words: string): string;
    basis(basis: string): string;
    mustRetain: string;
    separate: string;
    anonymise: string;
    duration(iso: string): string;
    untilEvent(event: string): string;
    atEvent(event: string): string;
    afterEvent(event: string, duration: string): string;
    afterCollection(duration: string): string;
    firstOf(parts: readonly string[]): string;
    sameAs(rules: string): string;
  };
  destruction: {
    intro(law: string): string;
    separate(rules: string): string;
    procedure(text: string): string;
    electronic(text: string): string;
    paper(text: string): string;
    code: string;
    /** Events of retention rules whose handlers the manifest does not name, so no deletion can be traced to them. */
    unmapped(events: string): string;
  };
  thirdParties: {
    intro(law: string): string;
    none: string;
    purpose(text: string): string;
    items(list: string): string;
    retention(text: string): string;
    basis(text: string): string;
    separateConsent: string;
    refusal(text: string): string;
    country(code: string): string;
    inApp(roles: string): string;
    undeclaredIntro: string;
  };
  consignment: { intro: string; none: string; task(text: string): string; items(list: string): string; country(code: string): string; subprocessors(list: string): string; contract(law: string): string };
  overseas: { intro(law: string): string; none: string; items(list: string): string; country(code: string): string; basis(text: string): string };
  rights: {
    intro(rights: string): string;
    right(name: string): string;
    defaults: string;
    channels: string;
    proxy(text: string): string;
    proxyDefault: string;
    duties: string;
    childrenNotServed(age: number): string;
    childrenParental(age: number): string;
    transmission(law: string): string;
    automated(law: string): string;
  };
  security: { intro(law: string): string; passwordHash(accepted: string): string; encryptAtRest: string; tls: string; accessLog(min: string): string };
  automatic: {
    intro: string;
    items: string;
    cookie(purpose: string): string;
    firstParty: string;
    thirdParty: string;
    optOut(text: string): string;
    tracker(name: string, purpose: string | undefined): string;
    refusal: string;
    noneButCollected: string;
  };
  officer: { intro: string; role(text: string): string; fields: { name: string; title: string; dept: string; phone: string; email: string }; closing: string };
  changes: { effective(date: string): string; notice(days: number): string; source(url: string): string };
  behavioural: { intro(law: string): string; tracker(name: string, purpose: string | undefined): string; consent(flag: string): string; refusal: string };
  remedies: { intro(law: string): string; kr: readonly string[]; eu: string };
  /** A separator between list entries ("; " or ", "). */
  and: string;
}
