/**
 * Built-in data-item kinds (docs/manifest.md, "Built-in kinds and what they imply"). Pure data plus small lookups.
 *
 * How a name is matched (one approach throughout):
 * 1. The identifier is split into words by {@link splitWords} (camelCase, PascalCase, snake_case, kebab-case,
 *    ACRONYMS, digits) and lower-cased; {@link normalizeName} joins the words with `_`:
 *    `userEmailAddress` -> `user_email_address`, `clientIPs` -> `client_ips`, `addressLine1` -> `address_line1`.
 * 2. Every `fields` pattern is a regex anchored at both ends over that normalised name. `(?:.*_)?` in front of the
 *    head means "any qualifier words before it". The head is the LAST word(s): a name ending in another word is
 *    about something else (`emailVerified` is a boolean, `passwordPolicy` a setting, `addressBook` a feature).
 *    So raw names must be normalised first: use {@link kindsMatchingName} / {@link kindMatchesForName} rather
 *    than testing `fields` against an identifier directly.
 * 3. Before the patterns, a few global vetoes apply (see {@link kindMatchesForName}): a leading verb or boolean
 *    prefix (`isEmail`, `sendEmail`, `getPhone`, `emailCount` is already excluded by rule 2) and qualifiers that
 *    say the value is not a person's raw datum (`maskedPhone`, `hashedEmail`, `supportEmail`, `fromEmail`,
 *    `companyAddress`, `fakeEmail`).
 *
 * Precision beats recall: a pattern is only here when the name almost always holds the personal datum. Projects
 * add recall with `match.fields` / `match.types` in their manifest and with `@personal` annotations.
 *
 * Decisions on ambiguous names (each also noted at its kind):
 * - `name` matches only as the whole identifier, or after a qualifier that denotes a person (`firstName`,
 *   `customerName`, `cardholderName`); `productName`, `fileName`, `hostname`, `typeName`, `hotelName` do not.
 *   Whole-name `name` is still a guess (a product has a `name` too): the engine should prefer type-qualified hits.
 * - `username` / `userName` / `user_name` (identical once normalised), `nickname`, `displayName`, `loginId` are NOT
 *   the `name` kind: they are usually a login id or handle, which a manifest declares as its own item.
 * - `addressBook`, `ipRange`, `ipAllowlist`, `passwordPolicy`, `passwordResetToken(Expiry)`, `emailVerified`,
 *   `phoneVerified`, `ssnVerified` match nothing (the last word decides).
 * - `passwordHash`, `hashedPassword`, `encryptedPassword`, `cryptedPassword`, `encodedPassword` match nothing: they
 *   hold a derived value; hashing is judged by the flow, and a hash column would otherwise look like a plaintext
 *   credential. `passcode` is a password (a numeric one is still a secret the person types).
 * - A name's guess also yields to what the code put under it (engine/derived.ts): `password: crypt(pw)`,
 *   `secure_password = hash(pw)`, `shown_password = pw ? null : '(hidden)'` are not clear passwords.
 * - `accountId`, `account` match nothing (internal ids); `accountNumber`, `bankAccount`, `refundAccount` do.
 * - `location`, `locationId`, `window.location` match nothing: the `location` kind is coordinates only
 *   (lat, lng, lon, latitude, longitude, geo-words, coords, coordinates, gps).
 * - `mobile` alone matches nothing (often a device flag); `mobileNo`, `mobilePhone`, `mobileNumber` do.
 *   `hp` and `pan` match only as the whole identifier (plus `hpNo`).
 * - `passport` alone is passport.js, `mac` alone an HMAC, `fingerprint` alone a key/browser fingerprint,
 *   `health` alone a service health check, `race` alone `Promise.race`, `union` alone a type union:
 *   none of these match; the longer forms (`passportNo`, `macAddress`, `fingerprintTemplate`, `healthInfo`,
 *   `ethnicity`, `unionMembership`) do.
 * - `ip` as a head is dropped after infrastructure qualifiers (`serverIp`, `hostIp`, `localIp`, `proxyIp`).
 */

/** The classes of personal data the manifest and the checks tell apart (manifest `dataItems[].class`). */
export const DATA_CLASSES = ['ordinary', 'sensitive', 'unique_identifier', 'credential', 'financial', 'auto_collected'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];
export type Category =
  | 'identity'
  | 'contact'
  | 'account'
  | 'payment'
  | 'profile'
  | 'device'
  | 'usage'
  | 'location'
  | 'record'
  | 'other';
export type Jurisdiction = 'KR' | 'EU' | 'US-CA';
export type ValueRecogniserId = 'builtin:email' | 'builtin:kr_mobile' | 'builtin:kr_rrn' | 'builtin:luhn';

export interface KindSpec {
  /** Manifest `kind` value, e.g. 'kr.rrn'. */
  id: string;
  label: string;
  /** Default class under KR rules. */
  class: DataClass;
  category: Category;
  /** Default handling, e.g. kr.rrn -> 'never' (PIPA Art 24-2). Absent means 'stored'. */
  handling?: 'stored' | 'transit_only' | 'never';
  /** Anchored patterns over the normalised name (see the file header), case-insensitive. */
  fields: RegExp[];
  /**
   * Patterns among `fields` that are only a guess alone (a bare `name` or `address` is as often a product's, a
   * role's or a server's): the engine takes them as personal only when the owner corroborates (ownerEvidence).
   */
  weak?: RegExp[];
  /** Built-in value recognisers for literals. */
  values?: ValueRecogniserId[];
  /** Jurisdictions where the kind is a sensitive / special category (or, for US-CA, "sensitive personal information"). */
  sensitiveIn?: Jurisdiction[];
}

/** Special categories of PIPA Art 23 (+ Enforcement Decree Art 18) and GDPR Art 9, and CPRA SPI (Cal. Civ. Code 1798.140(ae)). */
const SPECIAL: Jurisdiction[] = ['KR', 'EU', 'US-CA'];

/** A bare `name` / `address`: personal on a person's record, not on a role, a product or a server. */
const NAME_ALONE = /^name$/i;
const ADDRESS_ALONE = /^(?:address|addresses)(?:_?\d+)?$/i;
const COORDINATES =
  /^(?!(?:.*_)?(?:mouse|cursor|pointer|click|touch|screen|canvas|tile|texture|uv|pixel|grid|board|cell|page|client|offset|sprite)_coord)(?:.*_)?(?:lat|lng|lon|latitude|longitude|lat_?(?:lng|long|lon)|lng_?lat|geo|geo_?(?:location|point|position|coordinates|coords)|geohash|coords|coordinates|gps(?:_(?:location|coords|coordinates|position|data))?)s?$/i;

export const KINDS: readonly KindSpec[] = [
  {
    id: 'email',
    label: 'Email address',
    class: 'ordinary',
    category: 'contact',
    fields: [/^(?:.*_)?(?:e_?mails?|e_?mail_addr(?:ess|esses)?|mail_address(?:es)?)(?:_?\d+)?$/i],
    values: ['builtin:email'],
  },
  {
    id: 'phone',
    label: 'Phone number',
    class: 'ordinary',
    category: 'contact',
    fields: [
      // `iPhone`, `smartPhone`, `headphone`-like qualifiers name a device, not a number.
      /^(?!(?:.*_)?(?:i|smart|head|ear|micro|video|pay)_phone)(?:.*_)?(?:phones?|phone_?(?:no|num|number|numbers)|tel|tel_?(?:no|num|number)|telephone(?:_(?:no|num|number))?|mobile_?(?:no|num|number|phone|tel)|cell_?phone(?:_(?:no|num|number))?|cell_(?:no|num|number)|hand_?phone(?:_(?:no|num|number))?|msisdn)(?:_?\d+)?$/i,
      // `hp` (Korean "handphone") only as the whole name, or hpNo.
      /^hp(?:_?(?:no|num|number))?$/i,
    ],
    values: ['builtin:kr_mobile'],
  },
  {
    id: 'name',
    label: 'Name',
    class: 'ordinary',
    category: 'identity',
    fields: [
      // Whole identifier only: `productName`, `fileName`, `hotelName` are not a person's name.
      NAME_ALONE,
      /^(?:.*_)?(?:first|last|full|given|family|middle|real|legal|maiden|korean|kor|english|eng|person|customer|member|patient|guardian|recipient|receiver|holder|cardholder|account_holder|depositor|applicant|contact|billing|shipping|buyer|orderer|subscriber|employee)_name$/i,
      /^(?:.*_)?(?:surname|forename|fullname|firstname|lastname|given_names)$/i,
    ],
    weak: [NAME_ALONE],
  },
  {
    id: 'address',
    label: 'Postal address',
    class: 'ordinary',
    category: 'contact',
    fields: [
      // Whole `address` only; with a qualifier it must name a place where a person lives or receives things
      // (`ipAddress`, `emailAddress`, `walletAddress`, `serverAddress` are other kinds or not personal).
      ADDRESS_ALONE,
      /^(?:.*_)?(?:street|home|house|shipping|billing|mailing|postal|delivery|residential|residence|road|jibun|detail|detailed|full|user|member|customer|buyer|recipient|receiver|permanent|registered)_(?:address|addr)(?:_?\d+)?$/i,
      /^(?:.*_)?(?:address|addr)_(?:line(?:_?\d+)?|detail|details)$/i,
      /^(?:.*_)?(?:zip_?code|zip|postal_?code|post_?code)$/i,
    ],
    weak: [ADDRESS_ALONE],
  },
  {
    id: 'birth_date',
    label: 'Date of birth',
    class: 'ordinary',
    category: 'identity',
    fields: [/^(?:.*_)?(?:birth|birth_?(?:date|day|dt|ymd|yyyymmdd|year)|date_of_birth|dob|bday)$/i],
  },
  {
    id: 'password',
    label: 'Password',
    class: 'credential',
    category: 'account',
    fields: [
      // Hashed / encrypted forms are excluded (see header); the flow decides whether a hash was applied.
      /^(?!(?:.*_)?(?:hashed|encrypted|crypted|encoded|salted|digest)_)(?:.*_)?(?:password|passwd|pwd|pw|passphrase|passcode)s?(?:_?\d+)?(?:_(?:confirm|confirmation|again|repeat|plain|plaintext|raw))?$/i,
    ],
  },
  {
    id: 'kr.rrn',
    label: 'Resident registration number',
    class: 'unique_identifier',
    category: 'identity',
    handling: 'never',
    fields: [
      /^(?:.*_)?(?:rrn|rrns|jumin|jumin_?(?:no|num|number|bunho|beonho)|resident_(?:registration|reg)_(?:no|num|number))(?:_?\d+|_(?:front|back|first|last))?$/i,
    ],
    values: ['builtin:kr_rrn'],
  },
  {
    id: 'passport_no',
    label: 'Passport number',
    class: 'unique_identifier',
    category: 'identity',
    // `passport` alone is passport.js.
    fields: [/^(?:.*_)?passport_?(?:no|num|number)s?$/i],
    sensitiveIn: ['US-CA'],
  },
  {
    id: 'driver_licence_no',
    label: "Driver's licence number",
    class: 'unique_identifier',
    category: 'identity',
    fields: [/^(?:.*_)?driv(?:er|ers|ing)_licen[cs]e(?:_(?:no|num|number|id))?$/i],
    sensitiveIn: ['US-CA'],
  },
  {
    id: 'alien_reg_no',
    label: 'Alien registration number',
    class: 'unique_identifier',
    category: 'identity',
    fields: [
      /^(?:.*_)?(?:alien_(?:reg|registration)(?:_card)?_(?:no|num|number)|foreigner_(?:(?:reg|registration)_)?(?:no|num|number)|foreign_(?:reg|registration)_(?:no|num|number))$/i,
    ],
    // CPRA: immigration status; state identification.
    sensitiveIn: ['US-CA'],
  },
  {
    id: 'ssn',
    label: 'Social security number',
    class: 'unique_identifier',
    category: 'identity',
    fields: [/^(?:.*_)?(?:ssn|ssns|social_security_(?:no|num|number))(?:_last_?4|_?\d)?$/i],
    sensitiveIn: ['US-CA'],
  },
  {
    id: 'card_number',
    label: 'Payment card number',
    class: 'financial',
    category: 'payment',
    fields: [
      /^(?:.*_)?(?:card_?(?:no|num|number)s?|credit_card|debit_card|cc_(?:no|num|number)|primary_account_number)$/i,
      // `pan` only as the whole name (`panel`, `pantry` are single words anyway; `panId` is something else).
      /^pan$/i,
    ],
    values: ['builtin:luhn'],
    sensitiveIn: ['US-CA'],
  },
  {
    id: 'bank_account',
    label: 'Bank account number',
    class: 'financial',
    category: 'payment',
    // `accountId` / `account` are internal ids and match nothing.
    fields: [
      /^(?:.*_)?(?:bank_(?:account|acct)(?:_(?:no|num|number))?|(?:refund|deposit|payout|settlement|withdrawal)_(?:account|acct)(?:_(?:no|num|number))?|(?:account|acct)_(?:no|num|number)s?|iban)$/i,
    ],
    sensitiveIn: ['US-CA'],
  },
  {
    id: 'ip_address',
    label: 'IP address',
    class: 'auto_collected',
    category: 'device',
    fields: [
      /^(?!(?:.*_)?(?:server|host|local|localhost|bind|listen|gateway|gw|proxy|upstream|node|pod|container|cluster|dns|router|subnet|vpc|nat|loopback|docker|internal|private|db|database|redis|service|backend|target|dest|destination|allowed|trusted|whitelist|whitelisted|allowlist|allowlisted|static|instance|master|elastic|lb|broker|api|smtp)_(?:ip|remote))(?:.*_)?(?:ips?|ipv?[46](?:_addr(?:ess)?)?|ip_addr(?:ess|esses)?|remote_addr(?:ess)?|forwarded_for)$/i,
    ],
  },
  {
    id: 'cookie',
    label: 'Cookie',
    class: 'auto_collected',
    category: 'device',
    fields: [/^(?!(?:.*_)?(?:csrf|xsrf)_cookie)(?:.*_)?cookies?(?:_(?:id|ids|value|values))?$/i],
  },
  {
    id: 'device_id',
    label: 'Device identifier',
    class: 'auto_collected',
    category: 'device',
    fields: [
      /^(?:.*_)?(?:device_?(?:id|ids|uuid|udid|identifier|token|fingerprint)|push_token|fcm_token|apns_(?:device_)?token|udid|imei|imsi|idfa|idfv|gaid|advertising_id|android_id|installation_id)$/i,
    ],
  },
  {
    id: 'mac_address',
    label: 'MAC address',
    class: 'auto_collected',
    category: 'device',
    // `mac` alone is usually an HMAC.
    fields: [/^(?:.*_)?(?:mac_?addr(?:ess|esses)?|(?:wifi|device|client|user|station)_mac|hardware_address|hw_addr(?:ess)?)$/i],
  },
  {
    id: 'location',
    label: 'Location (coordinates)',
    class: 'auto_collected',
    category: 'location',
    // Coordinates only: `location` (window.location), `locationId` match nothing. Screen / pointer coordinates are excluded.
    fields: [
      COORDINATES,
    ],
    // A venue's, a store's or a map's coordinates are not a person's whereabouts.
    weak: [COORDINATES],
    // CPRA: precise geolocation.
    sensitiveIn: ['US-CA'],
  },
  {
    id: 'health',
    label: 'Health information',
    class: 'sensitive',
    category: 'record',
    // `health` / `healthStatus` / `healthCheck` are service health, not a person's.
    fields: [
      /^(?:.*_)?(?:diagnosis|diagnoses|medical_(?:history|record|records|condition|conditions|info|information|data|notes?)|health_(?:info|information|data|record|records|history)|mental_health|disease|diseases|illness|illnesses|disability|disabilities|disability_(?:grade|level|type)|allergy|allergies|medications?|prescriptions?|blood_type|symptoms?|pregnancy)$/i,
    ],
    sensitiveIn: SPECIAL,
  },
  {
    id: 'biometric',
    label: 'Biometric data',
    class: 'sensitive',
    category: 'identity',
    fields: [
      /^(?:.*_)?(?:biometrics?(?:_(?:data|info|template|templates|id))?|face_(?:template|embedding|embeddings|encoding|encodings|vector|descriptor)|fingerprint_(?:image|template|scan|minutiae)|iris_(?:scan|image|template|data)|retina_(?:scan|image)|voice_?print|palm_?print|palm_vein|vein_pattern)$/i,
    ],
    sensitiveIn: SPECIAL,
  },
  {
    id: 'religion',
    label: 'Religion or belief',
    class: 'sensitive',
    category: 'profile',
    fields: [/^(?:.*_)?(?:religion|religions|religious_(?:belief|beliefs|affiliation|view|views))$/i],
    sensitiveIn: SPECIAL,
  },
  {
    id: 'political_opinion',
    label: 'Political opinion',
    class: 'sensitive',
    category: 'profile',
    fields: [/^(?:.*_)?political_(?:opinions?|views?|party|parties|affiliations?|beliefs?|leaning|orientation|preferences?)$/i],
    // Not a CPRA SPI category.
    sensitiveIn: ['KR', 'EU'],
  },
  {
    id: 'union_membership',
    label: 'Trade union membership',
    class: 'sensitive',
    category: 'profile',
    // `union`, `unionMember(s)`, `unionType` belong to type systems and sets.
    fields: [/^(?:.*_)?(?:union_membership|(?:trade|labou?r)_unions?(?:_(?:membership|member|name))?)$/i],
    sensitiveIn: SPECIAL,
  },
  {
    id: 'sex_life',
    label: 'Sex life or sexual orientation',
    class: 'sensitive',
    category: 'profile',
    fields: [/^(?:.*_)?(?:sex_life|sexual_(?:orientation|life|preferences?|behaviou?r|history|activity)|sexuality)$/i],
    sensitiveIn: SPECIAL,
  },
  {
    id: 'genetic',
    label: 'Genetic data',
    class: 'sensitive',
    category: 'record',
    // `genome` / `genotype` are common in genetic-algorithm code and do not match.
    fields: [/^(?:.*_)?(?:genetic_(?:data|info|information|test|test_results?|profile|markers?)|genomic_data|dna|dna_(?:sample|profile|sequence|data|test|results?))$/i],
    sensitiveIn: SPECIAL,
  },
  {
    id: 'criminal_record',
    label: 'Criminal record',
    class: 'sensitive',
    category: 'record',
    fields: [
      /^(?:.*_)?(?:criminal_(?:record|records|history|background|convictions?|offen[cs]es?)|convictions?|conviction_history|arrest_(?:record|records|history)|sex_offender(?:_status)?)$/i,
    ],
    // KR: PIPA Enforcement Decree Art 18; EU: GDPR Art 10 (its own regime, handled like a special category). Not CPRA SPI.
    sensitiveIn: ['KR', 'EU'],
  },
  {
    id: 'race_ethnicity',
    label: 'Racial or ethnic origin',
    class: 'sensitive',
    category: 'profile',
    // `race` alone is Promise.race / a race condition and does not match.
    fields: [/^(?:.*_)?(?:ethnicity|ethnicities|ethnic_(?:origin|group|background)|racial_(?:origin|group|background|identity)|race_(?:and_)?ethnicity)$/i],
    sensitiveIn: SPECIAL,
  },
];

export const KIND_IDS: readonly string[] = KINDS.map((k) => k.id);

const BY_ID = new Map(KINDS.map((k) => [k.id, k]));

export function kindById(id: string): KindSpec | undefined {
  return BY_ID.get(id);
}

/**
 * Splits an identifier into lower-case words: camelCase, PascalCase, snake_case, kebab-case, `$`/`.` separators,
 * ACRONYMS (`IPAddress` -> ip, address; `clientIPs` -> client, ips), digits kept on the word they follow
 * (`address2` -> address2, `ipv4` -> ipv4, `IPv6` -> ipv6). Non-ASCII letters act as separators.
 */
export function splitWords(identifier: string): string[] {
  const s = identifier.replace(/IPv([46])/g, 'Ipv$1');
  const words = s.match(/[A-Z]{2,}s(?![a-z])|[A-Z]+(?![a-z])\d*|[A-Z]?[a-z]+\d*|\d+[a-z]*/g) ?? [];
  return words.map((w) => w.toLowerCase());
}

/** The form the `fields` patterns are written against: `splitWords(identifier).join('_')`. */
export function normalizeName(identifier: string): string {
  return splitWords(identifier).join('_');
}

/** First words that make the identifier a predicate, an action or a count rather than the datum (`isEmail`, `sendEmail`). */
const LEADING_VETO = new Set([
  'is', 'has', 'have', 'had', 'should', 'can', 'could', 'did', 'does', 'do', 'was', 'were', 'will', 'must', 'need',
  'needs', 'allow', 'enable', 'enabled', 'disable', 'disabled', 'show', 'hide', 'require', 'requires', 'validate',
  'verify', 'check', 'send', 'get', 'set', 'fetch', 'find', 'load', 'save', 'update', 'format', 'parse', 'normalize',
  'normalise', 'mask', 'hash', 'encrypt', 'decrypt', 'on', 'handle', 'use', 'num', 'count', 'max', 'min', 'total', 'no',
]);

/** Qualifiers (any word but the last) that say the value is derived, fake, or belongs to an organisation rather than a person. */
const QUALIFIER_VETO = new Set([
  'masked', 'hashed', 'redacted', 'anonymized', 'anonymised', 'pseudonymized', 'pseudonymised', 'obfuscated',
  'truncated', 'fake', 'mock', 'mocked', 'dummy', 'sample', 'example', 'placeholder', 'default', 'support', 'noreply',
  'from', 'company', 'corporate', 'business', 'office', 'merchant', 'server', 'system', 'smtp', 'store', 'shop',
  'hotel', 'branch', 'venue',
]);

export interface KindNameMatch {
  kind: KindSpec;
  /** The pattern that matched, for messages such as "matched by pattern …". */
  pattern: RegExp;
  /** The pattern is one of the kind's `weak` ones: personal only where the owner corroborates it. */
  weak: boolean;
  /** The normalised name the pattern was tested against. */
  normalized: string;
}

/** Kinds whose name patterns match the identifier, with the pattern that matched (see the file header). */
export function kindMatchesForName(name: string): KindNameMatch[] {
  const words = splitWords(name);
  if (words.length === 0) return [];
  if (words.length > 1 && LEADING_VETO.has(words[0]!)) return [];
  if (words.slice(0, -1).some((w) => QUALIFIER_VETO.has(w))) return [];
  const normalized = words.join('_');
  const out: KindNameMatch[] = [];
  for (const kind of KINDS) {
    const pattern = kind.fields.find((re) => re.test(normalized));
    if (pattern) out.push({ kind, pattern, weak: kind.weak?.includes(pattern) ?? false, normalized });
  }
  return out;
}

/** Which kinds' field patterns match an identifier. */
export function kindsMatchingName(name: string): KindSpec[] {
  return kindMatchesForName(name).map((m) => m.kind);
}

// ---------------------------------------------------------------------------------------------------------------
// Value recognisers (for string literals).

const EMAIL_RE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** 010-XXXX-XXXX (also 011/016/017/018/019 with a 3- or 4-digit middle), optional `-`/space, or +82 10 …. */
const KR_MOBILE_RE = /^(?:0|\+82[- ]?)1(?:0[- ]?\d{4}|[16789][- ]?\d{3,4})[- ]?\d{4}$/;

/** YYMMDD-[1-8]xxxxxx. Without the hyphen, 13 digits are accepted only with a valid (pre-2020 scheme) check digit. */
const KR_RRN_HYPHEN_RE = /^\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8]\d{6}$/;
const KR_RRN_PLAIN_RE = /^\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[1-8]\d{6}$/;

function rrnCheckDigitOk(digits: string): boolean {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * weights[i]!;
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

/** 13–19 digits (spaces or hyphens between), Luhn checksum valid, not a single repeated digit. */
function luhn(s: string): boolean {
  if (!/^\d(?:[ -]?\d){12,18}$/.test(s)) return false;
  const digits = s.replace(/[ -]/g, '');
  if (/^(\d)\1*$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export const VALUE_RECOGNISERS: Record<ValueRecogniserId, (s: string) => boolean> = {
  'builtin:email': (s) => s.length <= 254 && EMAIL_RE.test(s),
  'builtin:kr_mobile': (s) => KR_MOBILE_RE.test(s),
  'builtin:kr_rrn': (s) => KR_RRN_HYPHEN_RE.test(s) || (KR_RRN_PLAIN_RE.test(s) && rrnCheckDigitOk(s)),
  'builtin:luhn': luhn,
};

// ---------------------------------------------------------------------------------------------------------------
// Owners: whether the type a member belongs to is about a person.

/**
 * Last words of type names that denote a person (or a record made of a person's data): a bare `name` or `address`
 * on them is the person's.
 */
const PERSON_WORDS = new Set([
  'user', 'users', 'member', 'members', 'customer', 'customers', 'patient', 'patients', 'applicant', 'applicants',
  'recipient', 'recipients', 'contact', 'contacts', 'profile', 'profiles', 'person', 'people', 'persons', 'employee',
  'employees', 'staff', 'student', 'students', 'guest', 'guests', 'subscriber', 'subscribers', 'participant',
  'participants', 'attendee', 'attendees', 'buyer', 'buyers', 'seller', 'passenger', 'passengers', 'holder',
  'guardian', 'parent', 'child', 'children', 'candidate', 'volunteer', 'donor', 'resident', 'citizen', 'visitor',
  'traveler', 'traveller', 'orderer', 'receiver', 'sender', 'signup', 'registration', 'register', 'account', 'accounts',
  'author', 'owner', 'admin', 'teacher', 'doctor', 'lead', 'leads', 'prospect', 'consumer',
  'reservation', 'booking', 'inquiry', 'enquiry', 'application', 'shipping', 'billing', 'delivery', 'identity', 'kyc',
]);

/**
 * Last words of type names that are plainly not about a person: configuration and credentials of services, errors,
 * catalog and system objects. A member's name alone (`name`, `email`, `password`, `address`) does not make it
 * personal there: `AppError.name`, `Role.name`, `Product.name`, `DatabaseConfig.password`, `DnsLookup.address`.
 */
const NOT_PERSON_WORDS = new Set([
  'error', 'errors', 'exception', 'config', 'configs', 'configuration', 'settings', 'setting', 'options', 'option',
  'opts', 'env', 'environment', 'credential', 'credentials', 'secret', 'secrets', 'role', 'roles', 'permission',
  'permissions', 'product', 'products', 'sku', 'variant', 'price', 'plan', 'plans', 'tier', 'job', 'jobs', 'task',
  'tasks', 'queue', 'worker', 'cron', 'file', 'files', 'upload', 'attachment', 'asset', 'image', 'media', 'bucket',
  'dns', 'lookup', 'host', 'server', 'endpoint', 'database', 'db', 'datasource', 'connection', 'pool', 'driver',
  'transport', 'smtp', 'mailer', 'provider', 'integration', 'webhook', 'organization', 'organisation', 'org', 'company',
  'team', 'teams', 'workspace', 'project', 'projects', 'app', 'tag', 'tags', 'category', 'categories', 'label',
  'challenge', 'challenges', 'game', 'level', 'badge', 'achievement', 'template', 'templates', 'channel', 'feature',
  'flag', 'country', 'region', 'locale', 'language', 'currency', 'timezone', 'route', 'menu', 'schema', 'table',
  'column', 'metric', 'metrics', 'module', 'package', 'library', 'command', 'migration', 'venue', 'store',
  'shop', 'merchant', 'brand', 'hotel', 'branch', 'office', 'warehouse', 'event', 'events',
]);

/** What a type's name says of its members: about a person, plainly not, or nothing either way. */
export type OwnerEvidence = 'person' | 'not-person' | 'neutral';

/** The evidence of a type name, by its last word (`UserProfile` -> profile, `DatabaseConfig` -> config, `AppError` -> error). */
export function ownerEvidence(typeName: string | undefined): OwnerEvidence {
  if (!typeName) return 'neutral';
  const words = splitWords(typeName);
  // `CreateUserDto`, `UserResponse`: the words before a DTO suffix name what it carries.
  while (words.length > 1 && DTO_WORDS.has(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1];
  if (last === undefined) return 'neutral';
  if (NOT_PERSON_WORDS.has(last)) return 'not-person';
  return PERSON_WORDS.has(last) ? 'person' : 'neutral';
}

const DTO_WORDS = new Set(['dto', 'input', 'inputs', 'request', 'req', 'response', 'res', 'body', 'payload', 'params', 'form', 'data', 'entity', 'model', 'schema', 'record', 'row', 'doc', 'document', 'props', 'attributes', 'attrs', 'args', 'type', 'interface', 'info', 'details', 'create', 'update', 'seed', 'fixture']);
