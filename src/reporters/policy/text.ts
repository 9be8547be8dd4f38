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
  | 'changes';

/** Section order of the PIPC standard privacy policy (2024 guideline), as the draft numbers them. */
export const SECTION_ORDER: readonly SectionKey[] = [
  'purposes', 'items', 'retention', 'destruction', 'thirdParties', 'consignment',
  'overseas', 'rights', 'security', 'automatic', 'officer', 'changes',
];

export type Basis = 'consent' | 'contract' | 'legal_obligation' | 'public_duty' | 'vital_interest' | 'legitimate_interest';

export interface PolicyText {
  /** Markdown heading of the whole draft. */
  title(service: string): string;
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
  intro(controller: string, service: string | undefined): string;

  purposes: { intro: string; basis(basis: string): string; separateConsent: string };
  items: {
    intro: string;
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
  destruction: { intro: string; separate(rules: string): string; procedure(text: string): string; electronic(text: string): string; paper(text: string): string; code: string };
  thirdParties: {
    intro: string;
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
  consignment: { intro: string; none: string; task(text: string): string; items(list: string): string; country(code: string): string; subprocessors(list: string): string; contract: string };
  overseas: { intro: string; none: string; items(list: string): string; country(code: string): string; basis(text: string): string };
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
  };
  security: { intro: string; passwordHash(accepted: string): string; encryptAtRest: string; tls: string; accessLog(min: string): string };
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
  /** A separator between list entries ("; " or ", "). */
  and: string;
}
