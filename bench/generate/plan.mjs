// The plan of a synthetic project: which modules exist, what each one holds (fields, password,
// HTTP client, retention job), and which carry a deliberate mistake. Pure data; no file text here.
import { createRandom } from './random.mjs';
import { snake } from './util.mjs';

/** Modules per drizzle schema file and per route/job registry (src/db/schema-NNN.ts, src/modules/group-NNN.ts). */
export const GROUP_SIZE = 20;

/** Files every project has besides its modules and groups. */
export const GLOBAL_FILES = [
  'src/main.ts',
  'src/app.ts',
  'src/db/client.ts',
  'src/lib/auth.ts',
  'src/lib/crypto.ts',
  'src/lib/http-error.ts',
  'src/lib/logger.ts',
  'src/lib/mask.ts',
  'src/lib/validate.ts',
];

/**
 * The first modules have names a public-service site would have; after these come module-031, module-032, …
 * [folder name, entity (singular, PascalCase), archetype]
 */
const NAMED = [
  ['members', 'Member', 'account'],
  ['reservations', 'Reservation', 'booking'],
  ['payments', 'Payment', 'payment'],
  ['notices', 'NoticeSubscription', 'notice'],
  ['inquiries', 'Inquiry', 'inquiry'],
  ['volunteers', 'Volunteer', 'account'],
  ['programs', 'ProgramApplication', 'booking'],
  ['donations', 'Donation', 'payment'],
  ['complaints', 'Complaint', 'inquiry'],
  ['rentals', 'Rental', 'booking'],
  ['newsletters', 'NewsletterSubscription', 'notice'],
  ['lessons', 'LessonBooking', 'booking'],
  ['tickets', 'Ticket', 'payment'],
  ['consultations', 'Consultation', 'inquiry'],
  ['instructors', 'Instructor', 'account'],
  ['parking-permits', 'ParkingPermit', 'booking'],
  ['deliveries', 'Delivery', 'booking'],
  ['surveys', 'SurveyInvitation', 'notice'],
  ['guardians', 'Guardian', 'account'],
  ['waitlists', 'WaitlistEntry', 'booking'],
  ['memberships', 'MembershipFee', 'payment'],
  ['applications', 'Application', 'inquiry'],
  ['library-cards', 'LibraryCard', 'account'],
  ['registrations', 'EventRegistration', 'booking'],
  ['alerts', 'AlertSubscription', 'notice'],
  ['lost-items', 'LostItemReport', 'inquiry'],
  ['camps', 'CampRegistration', 'booking'],
  ['fines', 'FinePayment', 'payment'],
  ['mentors', 'Mentor', 'account'],
  ['shuttles', 'ShuttleBooking', 'booking'],
];

const ARCHETYPE_WEIGHTS = [['account', 15], ['booking', 35], ['payment', 15], ['inquiry', 20], ['notice', 15]];

/**
 * The deliberate mistakes, one per block of ten modules, in this order, and the archetypes that can carry each.
 * rule: the privacy-lint rule that should report it.
 */
export const MISTAKES = {
  'weak-hash': { rule: 'privacy/no-plaintext-password', archetypes: ['account', 'booking', 'inquiry', 'notice'] },
  'undeclared-transfer': { rule: 'privacy/no-undeclared-transfer', archetypes: ['booking', 'notice'] },
  'log-email': { rule: 'privacy/no-personal-data-in-logs', archetypes: ['account', 'booking', 'payment', 'inquiry', 'notice'] },
  'plain-card': { rule: 'privacy/require-encryption-at-rest', archetypes: ['payment'] },
  'no-retention': { rule: 'privacy/require-retention', archetypes: ['inquiry', 'notice'] },
  'undeclared-item': { rule: 'privacy/no-undeclared-collection', archetypes: ['account', 'booking', 'notice'] },
  'sensitive-item': { rule: 'privacy/no-sensitive-collection', archetypes: ['booking'] },
  'bad-annotation': { rule: 'privacy/valid-annotations', archetypes: ['account', 'booking', 'payment', 'inquiry', 'notice'] },
};
const MISTAKE_ORDER = Object.keys(MISTAKES);
const BLOCK = 10;

const pad3 = (n) => String(n).padStart(3, '0');
const camel = (kebab) => kebab.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (kebab) => camel(kebab).replace(/^./, (c) => c.toUpperCase());

function identity(index, seed) {
  if (index < NAMED.length) {
    const [name, entity, archetype] = NAMED[index];
    return { name, entity, archetype };
  }
  const name = `module-${pad3(index + 1)}`;
  const archetype = createRandom(`${seed}:archetype:${index}`).weighted(ARCHETYPE_WEIGHTS);
  return { name, entity: pascal(name), archetype };
}

/** Which module of each block of ten carries which mistake; only modules that exist (index < count) qualify. */
function mistakesFor(count, archetypes, seed) {
  const out = new Map();
  for (let start = 0; start < count; start += BLOCK) {
    const block = start / BLOCK;
    const kind = MISTAKE_ORDER[block % MISTAKE_ORDER.length];
    const rnd = createRandom(`${seed}:mistake:${block}`);
    const indices = [];
    for (let i = Math.max(start, 1); i < Math.min(start + BLOCK, count); i++) indices.push(i);
    if (indices.length === 0) continue;
    const fits = indices.filter((i) => MISTAKES[kind].archetypes.includes(archetypes[i]));
    if (fits.length > 0) {
      out.set(rnd.pick(fits), { kind });
      continue;
    }
    // No module of a fitting kind in this block: a generated module can take one (named ones keep theirs).
    const generated = indices.filter((i) => i >= NAMED.length);
    if (generated.length > 0) out.set(rnd.pick(generated), { kind, archetype: rnd.pick(MISTAKES[kind].archetypes) });
  }
  return out;
}

/** The full plan for `count` modules. */
export function planModules(count, seed) {
  const ids = [];
  for (let i = 0; i < count; i++) ids.push(identity(i, seed));
  const mistakes = mistakesFor(count, ids.map((x) => x.archetype), seed);
  const modules = [];
  let account = null;
  for (let i = 0; i < count; i++) {
    const mistake = mistakes.get(i);
    const id = { ...ids[i], archetype: mistake?.archetype ?? ids[i].archetype };
    const m = planModule(i, id, mistake?.kind ?? null, account, seed);
    modules.push(m);
    if (m.archetype === 'account') account = m;
  }
  return modules;
}

/** Source files a module produces. */
export function moduleFileCount(m) {
  return 6 + (m.client ? 1 : 0) + (m.mapper ? 1 : 0);
}

export function projectFileCount(modules) {
  const groups = Math.ceil(modules.length / GROUP_SIZE);
  return GLOBAL_FILES.length + 2 * groups + modules.reduce((s, m) => s + moduleFileCount(m), 0);
}

/**
 * Modules for about `files` source files: the largest module count that fits, then a mapper file
 * (row -> view) in as many modules as it takes to land on the number exactly.
 */
export function planProject(files, seed) {
  let lo = 1;
  let hi = Math.max(1, Math.ceil(files / 6));
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (projectFileCount(planModules(mid, seed)) <= files) lo = mid;
    else hi = mid - 1;
  }
  const modules = planModules(lo, seed);
  const missing = Math.min(Math.max(files - projectFileCount(modules), 0), modules.length);
  for (let j = 0; j < missing; j++) modules[Math.floor(((j + 0.5) * modules.length) / missing)].mapper = true;
  return modules;
}

// ---------------------------------------------------------------------------------------------------
// Fields. A field is one property of the module's DTO and (usually) one column of its table.
//   prop, col         property and column names
//   type              text | int | date | timestamp | bool ; values: enum values for text
//   optional          nullable column and optional DTO property
//   item              manifest data item it holds (null: not personal)
//   annotate          carries /** @personal <item> */ (otherwise recognised by its name, if at all)
//   input / update / view   in the create DTO / the update DTO / the view returned to the client
//   password          stored as <prop>Hash after hashing; never in a view
//   zod               the zod expression validating it

const f = (prop, type, more = {}) => ({
  prop, col: snake(prop), type, optional: false, item: null, annotate: false, input: true, update: false, view: true, zod: null, ...more,
});

function emailField(r, prop, more = {}) {
  return f(prop, 'text', { item: 'email', annotate: r.chance(0.5), zod: 'emailAddress', ...more });
}
function nameField(r, prop, more = {}) {
  return f(prop, 'text', { item: 'name', annotate: r.chance(0.6), zod: 'personName', ...more });
}
function phoneField(prop, more = {}) {
  return f(prop, 'text', { item: 'phone', zod: 'koreanMobile', ...more });
}
function passwordField(r, prop, zod) {
  return f(prop, 'text', { item: 'password', annotate: r.chance(0.4), password: true, view: false, zod });
}

function planModule(index, id, mistake, account, seed) {
  const r = createRandom(`${seed}:module:${index}`);
  const { name, entity, archetype } = id;
  const m = {
    index,
    name,
    entity,
    archetype,
    camel: camel(name),
    pascal: pascal(name),
    table: snake(name),
    entityCamel: entity.replace(/^./, (c) => c.toLowerCase()),
    group: Math.floor(index / GROUP_SIZE) + 1,
    mistake,
    account: archetype === 'account' || archetype === 'inquiry' || archetype === 'notice' ? null : account,
    fields: [],
    client: null, // sms | email | alimtalk | toss
    logStyle: r.chance(0.3) ? 'masked' : 'ids',
    spreadInsert: r.chance(0.5),
    mapper: false,
    purge: null,
    retentionTag: r.chance(0.5),
    cron: `${r.int(0, 59)} ${r.int(1, 5)} * * *`,
    typo: null,
  };
  const F = m.fields;
  const need = (kind) => mistake === kind;

  if (archetype === 'account') {
    F.push(emailField(r, 'email', { unique: true }));
    F.push(passwordField(r, 'password', 'z.string().min(10).max(72)'));
    F.push(nameField(r, r.pick(['fullName', 'name', 'legalName']), { update: true }));
    F.push(phoneField(r.pick(['phoneNumber', 'mobilePhone', 'contactPhone']), { update: true }));
    if (r.chance(0.5)) F.push(f(r.pick(['birthDate', 'dateOfBirth']), 'date', { item: 'birth_date', annotate: r.chance(0.3), zod: 'isoDate' }));
    if (r.chance(0.3)) F.push(f(r.pick(['homeAddress', 'address']), 'text', { item: 'address', annotate: r.chance(0.3), optional: true, update: true, zod: 'z.string().min(5).max(200)' }));
    F.push(f('locale', 'text', { values: ['ko', 'en'], default: "'ko'", optional: false, inputOptional: true, update: true, zod: "z.enum(['ko', 'en']).optional()" }));
    F.push(f('verifiedAt', 'timestamp', { optional: true, input: false, view: false }));
    if (r.chance(0.3)) m.client = 'email';
    m.purge = { rule: null, days: 7, style: 'unverified' };
  } else if (archetype === 'booking') {
    F.push(nameField(r, r.pick(['applicantName', 'contactName'])));
    F.push(phoneField(r.pick(['applicantPhone', 'contactPhone', 'mobilePhone', 'phoneNumber']), { update: true }));
    if (need('log-email') || need('bad-annotation') || r.chance(0.4)) {
      F.push(emailField(r, r.pick(['contactEmail', 'email']), need('log-email') || need('bad-annotation') ? {} : { optional: true }));
    }
    if (name === 'deliveries' || r.chance(0.25)) F.push(f(r.pick(['deliveryAddress', 'shippingAddress']), 'text', { item: 'address', annotate: r.chance(0.3), update: true, zod: 'z.string().min(5).max(200)' }));
    if (need('weak-hash') || r.chance(0.6)) F.push(passwordField(r, 'bookingPassword', "z.string().regex(/^\\d{4,6}$/, 'a 4 to 6 digit PIN')"));
    F.push(f(r.pick(['facilityCode', 'roomCode', 'siteCode', 'courseCode']), 'text', { zod: 'z.string().min(2).max(40)' }));
    F.push(f('slotStart', 'timestamp', { update: true, zod: 'z.coerce.date()' }));
    F.push(f(r.pick(['headcount', 'participants', 'quantity']), 'int', { update: true, zod: `z.number().int().min(1).max(${r.pick([4, 10, 20, 50])})` }));
    F.push(f('status', 'text', { values: ['pending', 'confirmed', 'cancelled'], default: "'pending'", input: false }));
    if (need('undeclared-transfer') || r.chance(0.5)) m.client = 'sms';
    m.purge = { rule: 'service_records', days: 365, style: r.pick(['interval', 'ms', 'date-fns', 'repository']) };
  } else if (archetype === 'payment') {
    F.push(f('orderId', 'text', { unique: true, zod: 'z.string().min(6).max(64)', view: true }));
    F.push(f('paymentKey', 'text', { zod: 'z.string().min(1).max(200)', view: false }));
    F.push(f('amount', 'int', { zod: 'z.number().int().positive()' }));
    F.push(nameField(r, 'buyerName'));
    F.push(emailField(r, 'buyerEmail', { annotate: r.chance(0.3) }));
    F.push(f('status', 'text', { values: ['paid', 'cancelled'], default: "'paid'", input: false }));
    F.push(f('approvedAt', 'timestamp', { input: false }));
    m.client = 'toss';
    m.purge = { rule: 'payment_records', days: 5 * 365, style: r.pick(['interval', 'date-fns']) };
  } else if (archetype === 'inquiry') {
    F.push(nameField(r, r.pick(['name', 'fullName', 'contactName'])));
    F.push(emailField(r, r.pick(['email', 'replyEmail'])));
    if (r.chance(0.5)) F.push(phoneField(r.pick(['phoneNumber', 'contactPhone']), { optional: true }));
    if (need('weak-hash') || r.chance(0.75)) F.push(passwordField(r, 'postPassword', 'z.string().min(4).max(72)'));
    F.push(f('category', 'text', { values: ['general', 'facility', 'billing', 'other'], zod: "z.enum(['general', 'facility', 'billing', 'other'])" }));
    F.push(f('subject', 'text', { zod: 'z.string().min(1).max(200)' }));
    F.push(f('body', 'text', { zod: 'z.string().min(1).max(5000)' }));
    F.push(f('answer', 'text', { optional: true, input: false }));
    F.push(f('answeredAt', 'timestamp', { optional: true, input: false }));
    if (r.chance(0.4)) m.client = 'email';
    m.purge = need('no-retention')
      ? { rule: null, days: 2 * 365, style: 'interval' }
      : { rule: 'inquiry_records', days: 3 * 365, style: r.pick(['interval', 'ms', 'repository']) };
  } else {
    // notice: a subscription to notices by email or KakaoTalk (alimtalk)
    const alimtalk = need('undeclared-transfer') || r.chance(0.35);
    F.push(emailField(r, r.pick(['email', 'subscriberEmail']), { unique: true }));
    if (alimtalk || r.chance(0.5)) F.push(nameField(r, 'subscriberName', alimtalk ? {} : { optional: true }));
    if (alimtalk || r.chance(0.3)) F.push(phoneField(r.pick(['mobilePhone', 'phoneNumber']), alimtalk ? { update: true } : { optional: true, update: true }));
    if (need('weak-hash') || r.chance(0.4)) F.push(passwordField(r, 'managePassword', 'z.string().min(6).max(72)'));
    F.push(f('topic', 'text', { values: ['notices', 'events', 'closures', 'all'], update: true, zod: "z.enum(['notices', 'events', 'closures', 'all'])" }));
    F.push(f('channel', 'text', { values: ['email', 'alimtalk'], default: alimtalk ? "'alimtalk'" : "'email'", input: false }));
    F.push(f('confirmedAt', 'timestamp', { optional: true, input: false, view: false }));
    if (alimtalk) m.client = 'alimtalk';
    else if (r.chance(0.5)) m.client = 'email';
    m.purge = need('no-retention')
      ? { rule: null, days: 2 * 365, style: 'interval' }
      : { rule: 'service_records', days: 365, style: r.pick(['interval', 'ms', 'date-fns']) };
  }

  if (need('undeclared-item')) {
    F.push(f('marketingSource', 'text', { item: 'marketing_source', annotate: r.chance(0.5), optional: true, values: ['search', 'sns', 'district_office', 'friend', 'other'], view: false, zod: "z.enum(['search', 'sns', 'district_office', 'friend', 'other']).optional()" }));
  }
  if (need('sensitive-item')) {
    F.push(f('healthNote', 'text', { item: 'health_note', annotate: r.chance(0.5), optional: true, view: false, zod: 'z.string().max(500).optional()', doc: 'Conditions the instructor should know about (free text on the form).' }));
  }
  if (need('bad-annotation')) {
    const target = F.find((x) => x.item === 'email') ?? F.find((x) => x.item === 'name');
    const typo = target.item === 'email' ? r.pick(['emial', 'e-mail', 'mail']) : r.pick(['nmae', 'full_name']);
    target.typo = typo;
    target.annotate = true;
  }
  for (const x of F) if (x.optional && x.zod && !x.zod.endsWith('.optional()')) x.zod += '.optional()';
  return m;
}
