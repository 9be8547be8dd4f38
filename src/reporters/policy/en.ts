/**
 * English words of the policy draft. It mirrors the Korean draft (ko.ts) article by article, so a
 * reviewer can read either; the section titles follow the PIPC standard privacy policy in translation.
 */
import { parseDuration } from '../../manifest/duration.js';
import { evidenceParts } from './evidence.js';
import type { PolicyText } from './text.js';

const UNITS = [['years', 'year'], ['months', 'month'], ['weeks', 'week'], ['days', 'day'], ['hours', 'hour'], ['minutes', 'minute'], ['seconds', 'second']] as const;

function duration(iso: string): string {
  const d = parseDuration(iso);
  if (!d) return iso;
  const parts = UNITS.filter(([k]) => d[k] > 0).map(([k, unit]) => `${d[k]} ${unit}${d[k] === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(' ') : iso;
}

const event = (id: string) => `“${id.replace(/_/g, ' ')}”`;

/** "the “membership withdrawal” handler", "the job scheduled “0 3 * * *”", "a TTL of 90 days" */
function deletion(arg: string): string {
  const { kind, name } = evidenceParts(arg);
  switch (kind) {
    case 'event':
      return `the ${event(name)} handler`;
    case 'job':
      return `the job scheduled “${name}”`;
    case 'ttl':
      return `a TTL (${name})`;
    default:
      return `${name}()`;
  }
}
const deletions = (args: readonly string[]) => args.map(deletion).join(', ');

const RIGHTS: Record<string, string> = {
  access: 'access to',
  correction: 'correction of',
  deletion: 'deletion of',
  suspension: 'suspension of the processing of',
  portability: 'transmission (portability) of',
  withdrawal: 'withdrawal of consent to the processing of',
};

/** " under PIPA Art 18" or '' when the manifest names no law. */
const under = (law: string) => (law ? ` under ${law}` : '');
const paren = (law: string) => (law ? ` (${law})` : '');

export const en: PolicyText = {
  lang: 'en',
  title: (service) => `${service}: Privacy Policy (draft)`,
  notFilled: { organisation: '[organisation name not filled in]', service: '[service name not filled in]' },
  parts: {
    mandatory: '**Items the law requires**',
    recommended: '**Recommended items** (recommended by the PIPC guideline for writing privacy policies, April 2025)',
  },
  untranslated: '',
  itemRef: (label, id) => `${label} (\`${id}\`)`,
  article: (n, title) => `Article ${n} (${title})`,
  sections: {
    purposes: 'Purposes of processing personal information',
    items: 'Personal information processed',
    retention: 'Processing and retention periods',
    destruction: 'Procedure and method of destruction',
    thirdParties: 'Provision of personal information to third parties',
    consignment: 'Consignment of personal information processing',
    overseas: 'Overseas transfer of personal information',
    rights: 'Rights and duties of data subjects and legal representatives, and how to exercise them',
    security: 'Measures to ensure the safety of personal information',
    automatic: 'Installation, operation and refusal of devices that collect personal information automatically',
    officer: 'Privacy officer',
    changes: 'Changes to this privacy policy',
    behavioural: 'Collection, use and provision of behavioural information, and how to refuse it',
    remedies: 'Remedies for infringement of data subjects’ rights',
  },
  legend: {
    draft: (tool, manifest, files) =>
      `**This is a draft for a person to review, not a finished policy.** ${tool} wrote it from the manifest \`${manifest}\` and an analysis of ${files} source file${files === 1 ? '' : 's'}. The privacy officer and a legal reviewer must check every statement before it is published.`,
    noAnalysis: 'No source code was analysed, so no statement is verified: every mark below is “not verified”.',
    marks: {
      backed: 'the code shows it, at the places named',
      unverified: 'the analysis found nothing that shows it (not necessarily wrong)',
      contradicted: 'the code does something else: fix the code or the text',
      todo: 'the manifest does not say; the author must write it',
      info: 'an organisational measure that code cannot show',
    },
    counts: (c) => `In this draft: ✅ ${c.backed} · ⚠️ ${c.unverified} · ❌ ${c.contradicted} · 📝 ${c.todo} · ℹ️ ${c.info}`,
  },
  mark: { backed: 'backed by code', unverified: 'not verified', contradicted: 'contradicted by code', todo: 'TODO', info: 'not checkable in code' },
  why: {
    'no-analysis': () => 'no code was analysed',
    collected: () => 'collected in code',
    'not-collected': () => 'no code collecting it was found',
    'collection-finding': () => 'the code stores or sends it where the manifest does not allow it',
    'undeclared-item': ([id]) => `the code handles \`${id}\`, which this policy does not list`,
    'retention-evidence': (args) => `deleted by ${deletions(args)}`,
    'retention-partial': ([missing, ...names]) => `deleted by ${deletions(names)}, but no deletion found for ${missing ?? ''}`,
    'retention-soft': () => 'the code only soft-deletes it: the row stays, flagged as deleted, with its personal data; no handler, job or TTL deletes it at the end of this period',
    'retention-none': () => 'no handler, job or TTL that deletes it at the end of this period was found',
    'retention-early': (notes) => `the code deletes it before this period ends (${notes.join(' ')})`,
    'not-stored': () => 'no store in the code holds these items',
    sent: ([items]) => `the code sends ${items ?? ''}`,
    'not-sent': () => 'no code sending to it was found (the declaration may be stale)',
    'over-shared': ([items]) => `the code also sends ${items ?? ''}, which is not declared for it`,
    'sent-abroad': ([items]) => `the code also sends ${items ?? ''} there, which this transfer does not list`,
    stale: ([items]) => `declared but not sent by any code found: ${items ?? ''}`,
    'undeclared-destination': ([items]) => (items ? `receives ${items}; declare it as a recipient or processor, or stop sending` : 'the code sends personal data to destinations this policy does not name'),
    'none-found': () => 'the analysis found no destination this policy does not name',
    hashed: () => 'stored passwords pass an accepted one-way hash (no no-plaintext-password finding)',
    'password-finding': () => 'a password reaches storage, a log or a third party without an accepted one-way hash',
    'no-password-stored': () => 'no finding, but no code storing a password was found',
    encrypted: () => 'stored with encryption (no require-encryption-at-rest finding)',
    'encryption-finding': () => 'stored without encryption',
    'nothing-encrypted-stored': () => 'no finding, but no code storing these items was found',
    'not-checked': () => 'no rule checks this',
    organisational: () => 'organisational measure',
    'deletion-paths': (args) => `deletion paths found: ${deletions(args)}`,
    'no-deletion-paths': () => 'no handler, job or TTL that deletes personal data was found',
  },
  todo: (what, key) => `TODO: ${what} (manifest: \`${key}\`)`,
  todos: {
    answer: (text) => `answer the question the manifest still marks: ${text}`,
    jurisdictions: 'say which law the service is under (KR, EU, …); until then no article of any law is cited',
    items: 'list the items',
    itemLabels: (ids) => `items without a label, shown by their code name: ${ids}; give each a label in the manifest`,
    basis: 'state the legal basis',
    purposes: 'list the purposes of processing and their items',
    retentionEnd: 'state the retention period',
    retention: 'state the retention periods',
    recipients: 'state whether personal information is provided to third parties, and to whom',
    processors: 'state whether processing is consigned, to whom and for which tasks',
    overseas: 'state whether personal information is transferred abroad',
    overseasMissing: (party, country) => `${party} is in ${country}: add an overseas transfer entry, or correct the country`,
    overseasDetails: 'add when and how the data is transferred, the recipient’s contact, its retention period, and how to refuse',
    destructionProcedure: 'describe the destruction procedure',
    destructionElectronic: 'describe how electronic files are destroyed',
    destructionPaper: 'describe how paper records are destroyed (or say there are none)',
    rightsChannels: 'say how data subjects make their requests (web page, email, form)',
    children: 'say whether children under the age threshold are served, and how a legal representative consents',
    security: 'list the security measures',
    cookieOptOut: 'say how to refuse this cookie',
    automatic: 'say whether cookies or other devices collect information automatically, and how to refuse them',
    officer: 'name the privacy officer and a contact',
    officerContact: (name) => `give a phone number or email address for ${name}`,
    effective: 'give the date this policy takes effect',
    noticeDays: 'say how many days before a change takes effect it is announced',
    purposeOfRecipient: 'state the recipient’s purpose of use',
    recipientRetention: 'state how long the recipient keeps it',
    task: 'describe the consigned task',
  },
  basis: {
    consent: 'the data subject’s consent',
    contract: 'entering into or performing a contract with the data subject',
    legal_obligation: 'compliance with a legal obligation',
    public_duty: 'the duties of a public institution under law',
    vital_interest: 'protecting the life, body or property of a person',
    legitimate_interest: 'the controller’s legitimate interests',
  },
  intro: (controller, service, law) =>
    `${controller} processes personal information${service ? ` for ${service}` : ''} and publishes this policy${law ? ` under ${law}` : ' as the applicable law requires'}, so that data subjects know how their information is handled and can have their complaints dealt with promptly.`,
  purposes: {
    intro: (law) => `Personal information is processed for the purposes below and is not used for any other purpose. If a purpose changes, the necessary steps, such as obtaining separate consent${under(law)}, will be taken.`,
    basis: (b) => `legal basis: ${b}`,
    separateConsent: 'processed with separate consent',
  },
  items: {
    intro: 'The following items are processed for each purpose.',
    withoutConsent: (law) => `The following items are processed without the data subject’s consent, on the legal basis stated${paren(law)}.`,
    withoutConsentRow: (items, basis) => `${items}: ${basis}`,
    required: 'required:',
    optional: 'optional:',
    sensitive: 'sensitive information',
    uniqueIdentifier: 'unique identifier',
    notKept: 'passed on, not kept',
    undeclaredIntro: 'The code also handles items this policy does not list:',
  },
  retention: {
    intro: 'Personal information is kept for the period set by law or consented to when it was collected, and for the periods below.',
    items: (l) => l,
    period: (p) => `period: ${p}`,
    basis: (b) => `basis: ${b}`,
    mustRetain: 'kept for the whole period as the law requires',
    separate: 'kept apart from other personal information',
    anonymise: 'anonymised, not destroyed, when the period ends',
    duration,
    untilEvent: (e) => `until ${event(e)}`,
    atEvent: (e) => event(e),
    afterEvent: (e, d) => `${d} after ${event(e)}`,
    afterCollection: (d) => `${d} after collection`,
    firstOf: (parts) => `until ${parts.join(' or ')}, whichever comes first`,
    sameAs: (rules) => `as retention ${rules}`,
  },
  destruction: {
    intro: (law) => `Personal information is destroyed without delay once its retention period has ended or its purpose has been achieved${paren(law)}.`,
    separate: (rules) => `Where another law requires it to be kept longer, it is moved to a separate database or storage place and kept there (retention ${rules}).`,
    procedure: (s) => `Procedure: ${s}`,
    electronic: (s) => `Electronic files: ${s}`,
    paper: (s) => `Paper records: ${s}`,
    code: 'Deletion in the code:',
    unmapped: (events) => `The manifest names no handler for the event${events.includes(',') ? 's' : ''} ${events} that end${events.includes(',') ? '' : 's'} a retention period, so the analysis cannot trace a deletion to ${events.includes(',') ? 'them' : 'it'}: list the handler under events.<event>.code in the manifest, or tag it @privacyEvent`,
  },
  thirdParties: {
    intro: (law) => `Personal information is provided to third parties only within the purposes in Article 1, and only with the data subject’s consent or where a law allows it${paren(law)}.`,
    none: 'Personal information is not provided to any third party.',
    purpose: (s) => `purpose of use by the recipient: ${s}`,
    items: (l) => `items provided: ${l}`,
    retention: (s) => `kept by the recipient: ${s}`,
    basis: (s) => `basis: ${s}`,
    separateConsent: 'provided with separate consent',
    refusal: (s) => `right to refuse consent: ${s}`,
    country: (c) => `country: ${c}`,
    inApp: (roles) => `provided in the service to: ${roles}`,
    undeclaredIntro: 'The code sends personal information to these destinations, which this policy does not name:',
  },
  consignment: {
    intro: 'The following processing tasks are consigned to others.',
    none: 'No processing of personal information is consigned.',
    task: (s) => `task: ${s}`,
    items: (l) => `items: ${l}`,
    country: (c) => `country: ${c}`,
    subprocessors: (l) => `further consigned to: ${l}`,
    contract: (law) => `The consignment contracts state${law ? `, as ${law} requires,` : ''} that the data is processed only for the consigned task, the technical and managerial safeguards, the limits on further consignment, supervision, and liability for damages. The consignees are supervised. Any change of task or consignee is announced in this policy without delay.`,
  },
  overseas: {
    intro: (law) => `Personal information is transferred abroad as follows${paren(law)}.`,
    none: 'Personal information is not transferred abroad.',
    items: (l) => `items: ${l}`,
    country: (c) => `country: ${c}`,
    basis: (s) => `basis: ${s}`,
  },
  rights: {
    intro: (r) => `Data subjects may at any time ask for ${r} their personal information.`,
    right: (name) => RIGHTS[name] ?? name.replace(/_/g, ' '),
    defaults: 'access to, correction or deletion of, and suspension of the processing of',
    channels: 'Requests can be made through:',
    proxy: (s) => `Requests may also be made through a representative: ${s}.`,
    proxyDefault: 'Requests may also be made through a legal representative or an authorised person, with a power of attorney.',
    duties: 'Data subjects must not infringe the personal information or privacy of others, and must:',
    childrenNotServed: (age) => `The service does not accept children under ${age}.`,
    childrenParental: (age) => `For children under ${age}, the consent of a legal representative is obtained, and the legal representative may exercise these rights.`,
    transmission: (law) => `Data subjects may ask for their personal information to be transmitted to themselves or to another controller${paren(law)}.`,
    automated: (law) => `Data subjects may refuse a decision made by fully automated processing of their personal information, or ask for an explanation of it${paren(law)}.`,
  },
  security: {
    intro: (law) => `The following measures are taken to keep personal information safe${paren(law)}.`,
    passwordHash: (accepted) => `Passwords are stored only with a one-way hash (${accepted}).`,
    encryptAtRest: 'Unique identifiers and financial information are encrypted where they are stored.',
    tls: 'All transmission is encrypted (TLS).',
    accessLog: (min) => `Access records of the personal-information systems are kept for at least ${min}.`,
  },
  automatic: {
    intro: 'Devices that collect information automatically, such as cookies, are used as follows.',
    items: 'Items collected automatically:',
    cookie: (p) => `Cookie: ${p}`,
    firstParty: 'set by this service',
    thirdParty: 'set by a third party',
    optOut: (s) => `how to refuse: ${s}`,
    tracker: (name, purpose) => (purpose ? `${name}: ${purpose}` : name),
    refusal: 'Users can refuse cookies in their browser settings; some features of the service may then not work.',
    noneButCollected: 'The code collects automatically generated information:',
  },
  officer: {
    intro: 'The following person is responsible for personal information processing and handles data subjects’ complaints and remedies.',
    role: (s) => s,
    fields: { name: 'name', title: 'title', dept: 'department', phone: 'phone', email: 'email' },
    closing: 'Data subjects may contact the privacy officer with any question, complaint or request for remedy about personal information; it will be answered without delay.',
  },
  changes: {
    effective: (d) => `This privacy policy takes effect on ${d}.`,
    notice: (days) => `Changes are announced at least ${days} days before they take effect.`,
    source: (url) => `The published policy and its earlier versions: ${url}`,
  },
  behavioural: {
    intro: (law) => `Behavioural information about users is collected and used, or third parties are allowed to collect it, as follows${paren(law)}.`,
    tracker: (name, purpose) => (purpose ? `${name}: ${purpose}` : name),
    consent: (flag) => `consent is checked in code at \`${flag}\``,
    refusal: 'Users can refuse the collection of behavioural information, or block targeted advertising, in their browser or device settings.',
  },
  remedies: {
    intro: (law) => `Data subjects may apply to the following bodies for dispute resolution or advice about an infringement of their personal information${paren(law)}.`,
    kr: [
      'Personal Information Dispute Mediation Committee: 1833-6972 (www.kopico.go.kr)',
      'Personal Information Infringement Report Center: 118 (privacy.kisa.or.kr)',
      'Supreme Prosecutors’ Office: 1301 (www.spo.go.kr)',
      'Korean National Police Agency: 182 (ecrm.police.go.kr)',
    ],
    eu: 'Data subjects may lodge a complaint with the supervisory authority of the EU member state where they live or work or where the infringement took place.',
  },
  and: ', ',
};
