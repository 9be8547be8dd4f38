// A module's service: validation beyond zod, password hashing (bcryptjs; MD5 for the weak-hash
// mistake), calls into other modules and the HTTP client, and pino logging (ids, masked contacts, or
// for the log-email mistake the raw address).
import { EXPECT, hashProp, viewFromRow } from './common.mjs';
import { lines, separated } from './util.mjs';

// ---------------------------------------------------------------------------------------------------
// Services

/** The log line after a record is created: ids only, a masked contact, or (the mistake) the raw email. */
function createdLog(m, c, emailExpr, phoneExpr, what) {
  if (m.mistake === 'log-email') {
    return `  logger.info(\`${what} \${id} for \${${emailExpr}}\`);${EXPECT('log-email')}`;
  }
  if (m.logStyle === 'masked' && emailExpr) return `  logger.info({ ${c.e}Id: id, email: maskEmail(${emailExpr}) }, '${what}');`;
  if (m.logStyle === 'masked' && phoneExpr) return `  logger.info({ ${c.e}Id: id, phone: maskPhone(${phoneExpr}) }, '${what}');`;
  return `  logger.info({ ${c.e}Id: id }, '${what}');`;
}

/** `logger.info({ eId: id[, more] }, 'label what');` */
const logged = (c, what, { id = 'id', more = '' } = {}) => `  logger.info({ ${c.e}Id: ${id}${more ? `, ${more}` : ''} }, '${c.label} ${what}');`;

function maskImport(m, emailExpr, phoneExpr) {
  if (m.mistake === 'log-email' || m.logStyle !== 'masked') return null;
  if (emailExpr) return "import { maskEmail } from '../../lib/mask.js';";
  if (phoneExpr) return "import { maskPhone } from '../../lib/mask.js';";
  return null;
}

function passwordHelpers(c) {
  if (!c.password) return [];
  if (c.weak) {
    return [
      '',
      '/** Ported from the old site, which kept MD5 digests; existing passwords still verify. */',
      'function hashPassword(password: string): string {',
      `  return createHash('md5').update(password).digest('hex');${EXPECT('weak-hash')}`,
      '}',
      '',
      'function passwordMatches(password: string, stored: string): boolean {',
      '  return hashPassword(password) === stored;',
      '}',
    ];
  }
  return [
    '',
    'async function hashPassword(password: string): Promise<string> {',
    '  return bcrypt.hash(password, BCRYPT_ROUNDS);',
    '}',
    '',
    'async function passwordMatches(password: string, stored: string): Promise<boolean> {',
    '  return bcrypt.compare(password, stored);',
    '}',
  ];
}

/** `!(await passwordMatches(a, b))`, or `!passwordMatches(a, b)` for the synchronous MD5 variant. */
const mismatch = (c, args) => (c.weak ? `!passwordMatches(${args})` : `!(await passwordMatches(${args}))`);

/** The 403 when `password` does not match the stored hash (`stored` defaults to the row's hash column). */
const wrongPassword = (c, password, { stored = `row.${hashProp(c.password)}`, missing = false } = {}) =>
  `  if (${missing ? `!${password} || ` : ''}${mismatch(c, `${password}, ${stored}`)}) throw new HttpError(403, 'wrong_password');`;

function passwordImports(c) {
  if (!c.password) return [];
  return c.weak ? ["import { createHash } from 'node:crypto';"] : ["import bcrypt from 'bcryptjs';"];
}

/** `const id = await repo.insertE({ values });`, after the lines `before`. */
const insertRow = (c, values, before = []) => [before, `  const id = await repo.insert${c.E}({`, values, '  });'];

/**
 * The insert: either the DTO spread (password swapped for its hash) or every field written out;
 * normalised email and phone where the module does it.
 */
function insertRecord(m, c, { extra = [], normalised = {} } = {}) {
  const pw = c.password;
  const aw = c.weak ? '' : 'await ';
  const field = (k, v) => (k === v ? `    ${k},` : `    ${k}: ${v},`);
  if (m.spreadInsert) {
    return insertRow(c, [
      pw ? '    ...details,' : '    ...input,',
      extra.map((x) => `    ${x},`),
      Object.entries(normalised).map(([k, v]) => field(k, v)),
      pw ? field(hashProp(pw), `${aw}hashPassword(${pw.prop})`) : null,
    ], pw ? [`  const { ${pw.prop}, ...details } = input;`] : []);
  }
  return insertRow(c, [
    extra.map((x) => `    ${x},`),
    c.input.map((x) => (x.password ? field(hashProp(pw), `${aw}hashPassword(input.${pw.prop})`) : field(x.prop, normalised[x.prop] ?? `input.${x.prop}`))),
  ]);
}

export function serviceFile(m, c) {
  switch (m.archetype) {
    case 'account': return accountService(m, c);
    case 'booking': return bookingService(m, c);
    case 'payment': return paymentService(m, c);
    case 'inquiry': return inquiryService(m, c);
    default: return noticeService(m, c);
  }
}

function header(m, c, { imports = [], validate = [], client = [], dtos = [], emailExpr, phoneExpr, mapper = false }) {
  return [
    ...passwordImports(c),
    ...imports,
    "import { HttpError } from '../../lib/http-error.js';",
    "import { logger } from '../../lib/logger.js';",
    maskImport(m, emailExpr, phoneExpr),
    validate.length > 0 ? `import { ${[...new Set(validate)].sort().join(', ')} } from '../../lib/validate.js';` : null,
    c.accountPath ? `import { assert${c.A}Exists } from '${c.accountPath}';` : null,
    client.length > 0 ? `import { ${client.sort().join(', ')} } from './${m.name}.client.js';` : null,
    `import type { ${dtos.sort().join(', ')} } from './${m.name}.dto.js';`,
    mapper ? `import { to${c.E}View } from './${m.name}.mapper.js';` : null,
    `import * as repo from './${m.name}.repository.js';`,
    '',
    c.password && !c.weak ? 'const BCRYPT_ROUNDS = 12;' : null,
    c.password && !c.weak ? '' : null,
  ];
}

/**
 * The service file: the imports (`header`'s options; the log's email and phone expressions are the
 * ones `createdLog` is given), the functions with a blank line between each two, then `after`.
 */
function serviceText(m, c, { dtos, emailExpr = null, phoneExpr = null, ...imports }, functions, after = []) {
  return lines(header(m, c, { ...imports, dtos, emailExpr, phoneExpr, mapper: m.mapper }), separated(functions), after);
}

/** `[doc]export async function signature {body}` (or a module-private `async function`). */
function fn(signature, body, { doc = null, exported = true } = {}) {
  return [doc, `${exported ? 'export ' : ''}async function ${signature} {`, body, '}'];
}

/** `name(a: T, b: U)` from the parameters given (null ones dropped). */
const params = (...xs) => xs.filter(Boolean).join(', ');

const notFound = (c) => `throw new HttpError(404, '${c.code}_not_found')`;

/** `const row = await repo.findEById(id);` and the 404 when there is none. */
const findRow = (c) => [`  const row = await repo.find${c.E}ById(id);`, `  if (!row) ${notFound(c)};`];

/** The insert, the optional notice to the person, the log line and the return of the new id. */
const createBody = (m, c, { insert, notify = null, log: [emailExpr, phoneExpr, what], returns = '{ id }' }) =>
  [insert, notify, createdLog(m, c, emailExpr, phoneExpr, `${c.label} ${what}`), `  return ${returns};`];

/** `updateE(…, patch)`: the lines before the update, the update, the log line naming the fields. */
const updateFn = (c, args, check, what) =>
  fn(`update${c.E}(${params(...args, `patch: Update${c.E}Dto`)}): Promise<void>`, [
    check,
    `  await repo.update${c.E}(id, patch);`,
    logged(c, what, { more: 'fields: Object.keys(patch)' }),
  ]);

// A member's own records (booking, payment): looked up by id, then checked against the member.

const own = (c) => `await own${c.E}(memberId, id)`;

const ownFn = (c) =>
  fn(`own${c.E}(memberId: number, id: number): Promise<repo.${c.E}Row>`, [
    `  const row = await repo.find${c.E}ById(id);`,
    `  if (!row || row.memberId !== memberId) ${notFound(c)};`,
    '  return row;',
  ], { exported: false });

const getOwnedFn = (m, c, viewLines) =>
  fn(`get${c.E}(memberId: number, id: number): Promise<${c.E}View>`, m.mapper ? [`  return to${c.E}View(${own(c)});`] : viewLines);

/** Cancels an own record once: `extra` param and lines (password check, processor call) before the status change. */
const cancelOwnedFn = (c, { param = null, check = null, log }) =>
  fn(`cancel${c.E}(${params('memberId: number', 'id: number', param)}): Promise<void>`, [
    `  const row = ${own(c)};`,
    "  if (row.status === 'cancelled') return;",
    check,
    `  await repo.set${c.E}Status(id, 'cancelled');`,
    logged(c, 'cancelled', { more: log }),
  ]);

/** `toEView` in the service when the module has no mapper file. */
function localView(m, c) {
  if (m.mapper) return [];
  return ['', `function to${c.E}View(row: repo.${c.E}Row): ${c.E}View {`, viewFromRow(c), '}'];
}

function accountService(m, c) {
  const { E } = c;
  const normalised = { [c.email.prop]: 'email', [c.phone.prop]: `normalisePhone(input.${c.phone.prop})` };
  return serviceText(m, c, {
    validate: ['normaliseEmail', 'normalisePhone'],
    client: m.client ? [`send${E}Mail`] : [],
    dtos: [`Create${E}Dto`, `Login${E}Dto`, `${E}View`, `Update${E}Dto`],
    emailExpr: 'email',
  }, [
    fn(`register${E}(input: Create${E}Dto): Promise<number>`, [
      `  const email = normaliseEmail(input.${c.email.prop});`,
      `  if (await repo.find${E}ByEmail(email)) throw new HttpError(409, 'email_taken');`,
      createBody(m, c, {
        insert: insertRecord(m, c, { normalised }),
        notify: m.client ? `  await send${E}Mail(email, input.${c.name.prop}, 'Welcome', \`Your account \${id} is ready. Please confirm your address.\`);` : null,
        log: ['email', null, 'registered'],
        returns: 'id',
      }),
    ], { doc: '/** Sign-up: the password is kept only as a one-way hash. */' }),
    fn(`login${E}(input: Login${E}Dto): Promise<number>`, [
      `  const row = await repo.find${E}ByEmail(normaliseEmail(input.${c.email.prop}));`,
      `  if (!row || ${mismatch(c, 'input.password, row.passwordHash')}) throw new HttpError(401, 'invalid_credentials');`,
      logged(c, 'logged in', { id: 'row.id' }),
      '  return row.id;',
    ]),
    fn(`get${E}(id: number): Promise<${E}View>`, m.mapper
      ? [findRow(c), `  return to${E}View(row);`]
      : [`  const view = await repo.find${E}View(id);`, `  if (!view) ${notFound(c)};`, '  return view;']),
    updateFn(c, ['id: number'], `  await assert${E}Exists(id);`, 'updated'),
    fn(`verify${E}(id: number): Promise<void>`, `  await repo.mark${E}Verified(id);`),
    fn(`assert${E}Exists(id: number): Promise<void>`, `  if (!(await repo.find${E}ById(id))) ${notFound(c)};`, {
      doc: '/** For other modules: their records reference this one. */',
    }),
    fn(`withdraw${E}(id: number, password: string): Promise<void>`, [
      findRow(c),
      wrongPassword(c, 'password', { stored: 'row.passwordHash' }),
      `  await repo.delete${E}(id);`,
      logged(c, 'withdrew'),
    ], {
      doc: [
        '/**',
        ` * Withdrawal: the ${c.label}'s row is destroyed at once; records that reference it go with it (ON DELETE CASCADE).`,
        ' * @privacyEvent membership_withdrawal',
        ' */',
      ],
    }),
  ], passwordHelpers(c));
}

function bookingService(m, c) {
  const { E } = c;
  const normalised = { [c.phone.prop]: `normalisePhone(input.${c.phone.prop})` };
  const update = c.update.length > 0;
  const emailExpr = c.email && !c.email.optional ? `input.${c.email.prop}` : null;
  const phoneExpr = `input.${c.phone.prop}`;
  const slot = 'input.slotStart';
  const pw = c.password;
  return serviceText(m, c, {
    validate: ['normalisePhone'],
    client: m.client ? [`send${E}Sms`] : [],
    dtos: [`Create${E}Dto`, `${E}View`, ...(update ? [`Update${E}Dto`] : [])],
    emailExpr,
    phoneExpr,
  }, [
    fn(`create${E}(memberId: number, input: Create${E}Dto): Promise<{ id: number }>`, [
      `  await assert${c.A}Exists(memberId);`,
      `  if (${slot}.getTime() < Date.now()) throw new HttpError(422, 'slot_in_the_past');`,
      createBody(m, c, {
        insert: insertRecord(m, c, { extra: ['memberId'], normalised }),
        notify: m.client ? `  await send${E}Sms(${phoneExpr}, \`[Seoul] ${c.label} \${id} received for \${${slot}.toISOString().slice(0, 10)}.\`);` : null,
        log: [emailExpr, phoneExpr, 'created'],
      }),
    ]),
    getOwnedFn(m, c, [`  const view = await repo.find${E}View(memberId, id);`, `  if (!view) ${notFound(c)};`, '  return view;']),
    update && updateFn(c, ['memberId: number', 'id: number'], [
      `  const row = ${own(c)};`,
      `  if (row.status === 'cancelled') throw new HttpError(409, '${c.code}_cancelled');`,
    ], 'changed'),
    cancelOwnedFn(c, { param: pw && `${pw.prop}: string`, check: pw ? wrongPassword(c, pw.prop) : null, log: 'memberId' }),
    ownFn(c),
  ], passwordHelpers(c));
}

function paymentService(m, c) {
  const { E } = c;
  const emailExpr = `input.${c.email.prop}`;
  return serviceText(m, c, {
    validate: ['normaliseEmail'],
    client: ['cancelTossPayment', 'confirmTossPayment'],
    dtos: [`Create${E}Dto`, `${E}View`],
    emailExpr,
  }, [
    fn(`confirm${E}(memberId: number, input: Create${E}Dto): Promise<{ id: number }>`, [
      `  await assert${c.A}Exists(memberId);`,
      '  const payment = await confirmTossPayment(input.paymentKey, input.orderId, input.amount);',
      createBody(m, c, {
        insert: insertRow(c, [
          '    memberId,',
          '    orderId: input.orderId,',
          '    paymentKey: input.paymentKey,',
          '    amount: payment.totalAmount,',
          `    ${c.name.prop}: input.${c.name.prop},`,
          `    ${c.email.prop}: normaliseEmail(input.${c.email.prop}),`,
          '    cardNumber: payment.card?.number ?? null,',
          '    approvedAt: new Date(payment.approvedAt),',
        ]),
        log: [emailExpr, null, 'approved'],
      }),
    ], { doc: '/** Confirms the payment with Toss Payments and keeps the record (5 years, E-Commerce Act). */' }),
    getOwnedFn(m, c, [`  ${own(c)};`, `  const view = await repo.find${E}View(id);`, `  if (!view) ${notFound(c)};`, '  return view;']),
    cancelOwnedFn(c, { param: 'reason: string', check: '  await cancelTossPayment(row.paymentKey, reason);', log: 'orderId: row.orderId' }),
    ownFn(c),
  ]);
}

function inquiryService(m, c) {
  const { E } = c;
  const normalised = { [c.email.prop]: `normaliseEmail(input.${c.email.prop})` };
  const emailExpr = `input.${c.email.prop}`;
  const pw = c.password;
  const pwParam = pw && `${pw.prop}: string`;
  const check = pw ? wrongPassword(c, pw.prop) : null;
  return serviceText(m, c, {
    validate: ['normaliseEmail'],
    client: m.client ? [`send${E}Mail`] : [],
    dtos: [`Create${E}Dto`, `${E}View`],
    emailExpr,
  }, [
    fn(`submit${E}(input: Create${E}Dto): Promise<{ id: number }>`, createBody(m, c, {
      insert: insertRecord(m, c, { normalised }),
      notify: m.client
        ? `  await send${E}Mail(normaliseEmail(${emailExpr}), input.${c.name.prop}, 'We received your ${c.label}', \`Reference number \${id}. We answer within 7 days.\`);`
        : null,
      log: [emailExpr, null, 'received'],
    })),
    fn(`view${E}(${params('id: number', pwParam)}): Promise<${E}View>`, [findRow(c), check, `  return to${E}View(row);`]),
    fn(`answer${E}(id: number, answer: string): Promise<void>`, [`  await repo.record${E}Answer(id, answer);`, logged(c, 'answered')]),
    fn(`withdraw${E}(${params('id: number', pwParam)}): Promise<void>`, [findRow(c), check, `  await repo.delete${E}(id);`, logged(c, 'withdrawn')]),
  ], [localView(m, c), passwordHelpers(c)]);
}

function noticeService(m, c) {
  const { E } = c;
  const pw = c.password;
  const update = c.update.length > 0;
  const clientFns = m.client === 'email' ? [`send${E}Mail`] : m.client === 'alimtalk' ? [`send${E}Alimtalk`] : [];
  let notify = null;
  if (m.client === 'email') {
    notify = `  await send${E}Mail(email, ${c.name ? `input.${c.name.prop}` : 'undefined'}, 'Confirm your subscription', \`Open /${m.name}/\${id}/confirm to start receiving ${c.label}s.\`);`;
  } else if (m.client === 'alimtalk') {
    notify = `  await send${E}Alimtalk(input.${c.phone.prop}, input.${c.name.prop}, input.topic);`;
  }
  return serviceText(m, c, {
    validate: ['normaliseEmail'],
    client: clientFns,
    dtos: [`Create${E}Dto`, `${E}View`, ...(update ? [`Update${E}Dto`] : [])],
    emailExpr: 'email',
  }, [
    fn(`subscribe${E}(input: Create${E}Dto): Promise<{ id: number }>`, [
      `  const email = normaliseEmail(input.${c.email.prop});`,
      `  const existing = await repo.find${E}ByEmail(email);`,
      '  if (existing) return { id: existing.id };',
      createBody(m, c, { insert: insertRecord(m, c, { normalised: { [c.email.prop]: 'email' } }), notify, log: ['email', null, 'created'] }),
    ]),
    fn(`confirm${E}(id: number): Promise<void>`, `  await repo.mark${E}Confirmed(id);`),
    fn(`get${E}(id: number): Promise<${E}View>`, [findRow(c), `  return to${E}View(row);`]),
    update && updateFn(c, ['id: number'], null, 'changed'),
    fn(`unsubscribe${E}(${params('email: string', pw && `${pw.prop}?: string`)}): Promise<void>`, [
      `  const row = await repo.find${E}ByEmail(normaliseEmail(email));`,
      '  if (!row) return;',
      pw ? wrongPassword(c, pw.prop, { missing: true }) : null,
      `  await repo.delete${E}(row.id);`,
      logged(c, 'ended', { id: 'row.id' }),
    ]),
  ], [localView(m, c), passwordHelpers(c)]);
}
