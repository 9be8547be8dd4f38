/**
 * The one table of articles: every place that cites the law (policy gaps, finding messages, the report,
 * the policy draft, init's comments) asks here by topic, with the manifest's jurisdictions, and gets the
 * articles of those laws only: PIPA, its Enforcement Decree and the security standards for KR; GDPR (and the
 * ePrivacy Directive for cookies) for EU; both when both. A manifest whose jurisdictions are `unspecified`
 * cites no law (nothing is assumed); one without the key is read as KR, the manifest's documented default.
 * US-CA has no entries yet: its citations are empty rather than borrowed from another law.
 */

export type Jurisdiction = 'KR' | 'EU' | 'US-CA';
export type LawId = 'pipa' | 'pipa-decree' | 'pipa-standards' | 'gdpr' | 'eprivacy';
export type Lang = 'en' | 'ko';

export interface LawSpec {
  jurisdiction: Jurisdiction;
  /** How a citation names the law: "PIPA Art 21(1)", "「개인정보 보호법」 제21조제1항". */
  name: Record<Lang, string>;
  /** The law's full title, for legends and the record of processing. */
  title: Record<Lang, string>;
}

export const LAWS: Readonly<Record<LawId, LawSpec>> = {
  pipa: {
    jurisdiction: 'KR',
    name: { en: 'PIPA', ko: '「개인정보 보호법」' },
    title: { en: 'Personal Information Protection Act (Korea)', ko: '「개인정보 보호법」' },
  },
  'pipa-decree': {
    jurisdiction: 'KR',
    name: { en: 'PIPA Enforcement Decree', ko: '「개인정보 보호법 시행령」' },
    title: { en: 'Enforcement Decree of the Personal Information Protection Act', ko: '「개인정보 보호법 시행령」' },
  },
  'pipa-standards': {
    jurisdiction: 'KR',
    name: { en: 'PIPA security standards', ko: '「개인정보의 안전성 확보조치 기준」' },
    title: { en: 'Standards of Personal Information Security Measures (PIPC notice)', ko: '「개인정보의 안전성 확보조치 기준」' },
  },
  gdpr: {
    jurisdiction: 'EU',
    name: { en: 'GDPR', ko: 'GDPR' },
    title: { en: 'General Data Protection Regulation (EU) 2016/679', ko: 'EU 일반 개인정보 보호법(GDPR)' },
  },
  eprivacy: {
    jurisdiction: 'EU',
    name: { en: 'ePrivacy Directive', ko: 'ePrivacy 지침' },
    title: { en: 'ePrivacy Directive 2002/58/EC', ko: 'EU ePrivacy 지침(2002/58/EC)' },
  },
};

/** One article: `art` "21", "28-8" (제28조의8); `para` a paragraph (항); `item` a numbered item (호) or a GDPR point "(a)". */
export interface Article {
  law: LawId;
  art: string;
  para?: number;
  item?: number | string;
}

const a = (law: LawId, art: string, para?: number, item?: number | string): Article => ({
  law, art, ...(para !== undefined ? { para } : {}), ...(item !== undefined ? { item } : {}),
});
const pipa = (art: string, para?: number, item?: number | string) => a('pipa', art, para, item);
const decree = (art: string, para?: number, item?: number | string) => a('pipa-decree', art, para, item);
const standards = (art: string, para?: number) => a('pipa-standards', art, para);
const gdpr = (art: string, para?: number, item?: number | string) => a('gdpr', art, para, item);

/** What is cited, by topic. Within a law, articles keep this order. */
export const ARTICLES = {
  /** Publishing the privacy policy. */
  policy: [pipa('30'), decree('31'), gdpr('13'), gdpr('14')],
  purpose: [pipa('3', 1), pipa('15', 2, 1), gdpr('5', 1, 'b')],
  basis: [pipa('15', 1), pipa('30', 1, 1), gdpr('13', 1, 'c')],
  /** Processing for a purpose other than the one collected for. */
  purposeChange: [pipa('18'), gdpr('6', 4)],
  /** An item collected that no purpose lists (no-undeclared-collection). */
  collection: [pipa('15'), pipa('30', 1, 1), gdpr('5', 1, 'b'), gdpr('13', 1, 'c')],
  /** Items processed without consent, listed apart with their legal basis. */
  withoutConsent: [pipa('22', 3), gdpr('13', 1, 'c')],
  retention: [pipa('21', 1), pipa('30', 1, 2), gdpr('13', 2, 'a')],
  /** A store with no retention rule at all (require-retention). */
  retentionRule: [pipa('21'), gdpr('5', 1, 'e')],
  /** Records kept under another statute, apart from the rest. */
  separateStorage: [pipa('21', 3)],
  destruction: [pipa('21'), decree('16'), gdpr('17')],
  automatic: [pipa('30', 1, 7), a('eprivacy', '5', 3)],
  sensitive: [pipa('23', 1), gdpr('9', 2)],
  /** A sensitive item in a finding message. */
  sensitiveItem: [pipa('23'), gdpr('9')],
  uniqueId: [pipa('24', 1), gdpr('87')],
  uniqueIdItem: [pipa('24'), gdpr('87')],
  rrn: [pipa('24-2', 1), gdpr('87')],
  /** Provision to third parties for their own purposes. */
  provision: [pipa('17'), pipa('18'), gdpr('6', 1), gdpr('13', 1, 'e')],
  recipient: [pipa('17'), gdpr('13', 1, 'e')],
  recipientsUnspecified: [pipa('17', 2), gdpr('13', 1, 'e')],
  consignment: [pipa('26'), gdpr('28')],
  processorsUnspecified: [pipa('26', 2), gdpr('13', 1, 'e')],
  partyUnrecognisable: [pipa('17'), pipa('26'), gdpr('28')],
  overseas: [pipa('28-8', 1), gdpr('44')],
  overseasUnspecified: [pipa('28-8', 2), gdpr('13', 1, 'f')],
  officer: [pipa('30', 1, 6), pipa('31'), gdpr('13', 1, 'b')],
  accessLog: [standards('8', 1)],
  children: [pipa('22-2'), gdpr('8')],
  security: [pipa('29'), decree('30'), gdpr('32')],
  password: [standards('7', 1), gdpr('32', 1, 'a')],
  encryption: [pipa('24', 3), pipa('29'), standards('7', 2), gdpr('32', 1, 'a')],
  rights: [pipa('35'), pipa('36'), pipa('37'), gdpr('15'), gdpr('16'), gdpr('17'), gdpr('18'), gdpr('21')],
  /** The right to request transmission (portability). */
  transmission: [pipa('35-2'), gdpr('20')],
  automatedDecisions: [pipa('37-2'), gdpr('22')],
  /** Behavioural information for targeted advertising (PIPC guideline's recommended item). */
  behavioural: [pipa('30', 1, 7), a('eprivacy', '5', 3), gdpr('21', 2)],
  /** Remedies: dispute mediation and complaints. */
  remedies: [pipa('40'), pipa('62'), gdpr('77')],
} as const satisfies Record<string, readonly Article[]>;

export type Topic = keyof typeof ARTICLES;

/**
 * The laws a manifest's jurisdictions bring: absent means KR (docs/manifest.md), `unspecified` means none
 * (nothing may be cited until a person says which law applies).
 */
export function jurisdictionsOf(value: readonly string[] | 'unspecified' | undefined): Jurisdiction[] {
  if (value === 'unspecified') return [];
  if (value === undefined) return ['KR'];
  return value.filter((j): j is Jurisdiction => j === 'KR' || j === 'EU' || j === 'US-CA');
}

/** The articles of a topic under these jurisdictions, in the table's order. */
export function articles(topic: Topic, jurisdictions: readonly Jurisdiction[]): Article[] {
  return (ARTICLES[topic] as readonly Article[]).filter((x) => jurisdictions.includes(LAWS[x.law].jurisdiction));
}

/**
 * The citation of a topic: "PIPA Art 21(1), Art 30(1)2; GDPR Art 13(2)(a)" or, in Korean, "「개인정보 보호법」
 * 제21조제1항, 제30조제1항제2호 및 GDPR 제13조제2항(a)"; '' when no law of these jurisdictions speaks to it.
 */
export function cite(topic: Topic, jurisdictions: readonly Jurisdiction[], lang: Lang = 'en'): string {
  return citeArticles(articles(topic, jurisdictions), lang);
}

export function citeArticles(list: readonly Article[], lang: Lang = 'en'): string {
  const byLaw = new Map<LawId, Article[]>();
  for (const x of list) byLaw.set(x.law, [...(byLaw.get(x.law) ?? []), x]);
  // Korean joins two laws with 및 ("「개인정보 보호법」 제30조 및 「개인정보 보호법 시행령」 제31조"), English with "; ".
  return [...byLaw].map(([law, xs]) => `${LAWS[law].name[lang]} ${xs.map((x) => articleText(x, lang)).join(', ')}`).join(lang === 'ko' ? ' 및 ' : '; ');
}

/** "Art 30(1)7", "Art 13(2)(a)", "Art 28-8"; in Korean "제30조제1항제7호", "제13조제2항(a)", "제28조의8". */
export function articleText(x: Article, lang: Lang): string {
  const letter = typeof x.item === 'string';
  if (lang === 'ko') {
    const [main, branch] = x.art.split('-');
    const art = `제${main}조${branch ? `의${branch}` : ''}`;
    const para = x.para !== undefined ? `제${x.para}항` : '';
    const item = x.item === undefined ? '' : letter ? `(${x.item})` : `제${x.item}호`;
    return `${art}${para}${item}`;
  }
  const para = x.para !== undefined ? `(${x.para})` : '';
  const item = x.item === undefined ? '' : letter ? `(${x.item})` : String(x.item);
  return `Art ${x.art}${para}${item}`;
}

/** " (PIPA Art 26)" for the end of a sentence, or '' when no law is cited. */
export function citeAfter(topic: Topic, jurisdictions: readonly Jurisdiction[], lang: Lang = 'en'): string {
  const c = cite(topic, jurisdictions, lang);
  return c === '' ? '' : ` (${c})`;
}

/** Whether any of these jurisdictions is Korea (the PIPC's policy structure and wording apply). */
export const underPipa = (jurisdictions: readonly Jurisdiction[]): boolean => jurisdictions.includes('KR');
export const underGdpr = (jurisdictions: readonly Jurisdiction[]): boolean => jurisdictions.includes('EU');
