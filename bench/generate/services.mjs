// A module's service: validation beyond zod, password hashing (bcryptjs; MD5 for the weak-hash
// mistake), calls into other modules and the HTTP client, and pino logging (ids, masked contacts, or
// for the log-email mistake the raw address).
import { EXPECT, hashProp } from './common.mjs';
import { lines } from './util.mjs';

// ---------------------------------------------------------------------------------------------------
// Services

/** The log line after a record is created: ids only, a masked contact, or (the mistake) the raw email. */
function createdLog(m, c, idExpr, emailExpr, phoneExpr, what) {
  if (m.mistake === 'log-email') {
    return `  logger.info(\`${what} \${${idExpr}} for \${${emailExpr}}\`);${EXPECT('log-email')}`;
  }
  if (m.logStyle === 'masked' && emailExpr) return `  logger.info({ ${c.e}Id: ${idExpr}, email: maskEmail(${emailExpr}) }, '${what}');`;
  if (m.logStyle === 'masked' && phoneExpr) return `  logger.info({ ${c.e}Id: ${idExpr}, phone: maskPhone(${phoneExpr}) }, '${what}');`;
  return `  logger.info({ ${c.e}Id: ${idExpr} }, '${what}');`;
}

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
      "  return createHash('md5').update(password).digest('hex');",
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

function passwordImports(c) {
  if (!c.password) return [];
  return c.weak ? ["import { createHash } from 'node:crypto';"] : ["import bcrypt from 'bcryptjs';"];
}

/**
 * The values object of the insert: either the DTO spread (password swapped for its hash) or every
 * field written out; normalised email and phone where the module does it.
 */
function insertValues(m, c, { extra = [], normalised = {} } = {}) {
  const pw = c.password;
  const aw = c.weak ? '' : 'await ';
  const hash = pw ? `${hashProp(pw)}: ${aw}hashPassword(input.${pw.prop}),` : null;
  if (m.spreadInsert) {
    return {
      before: pw ? [`  const { ${pw.prop}, ...details } = input;`] : [],
      values: [
        pw ? '    ...details,' : '    ...input,',
        extra.map((x) => `    ${x},`),
        Object.entries(normalised).map(([k, v]) => (k === v ? `    ${k},` : `    ${k}: ${v},`)),
        pw ? `    ${hashProp(pw)}: ${aw}hashPassword(${pw.prop}),` : null,
      ],
    };
  }
  return {
    before: [],
    values: [
      extra.map((x) => `    ${x},`),
      c.input.map((x) => {
        if (x.password) return `    ${hash}`;
        const v = normalised[x.prop] ?? `input.${x.prop}`;
        return v === x.prop ? `    ${x.prop},` : `    ${x.prop}: ${v},`;
      }),
    ],
  };
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

const notFound = (c) => `throw new HttpError(404, '${c.code}_not_found')`;

function accountService(m, c) {
  const { E, e } = c;
  const phone = c.phone;
  const normalised = { [c.email.prop]: 'email', [phone.prop]: `normalisePhone(input.${phone.prop})` };
  const { before, values } = insertValues(m, c, { normalised });
  const dtos = [`Create${E}Dto`, `Login${E}Dto`, `${E}View`, `Update${E}Dto`];
  const out = header(m, c, {
    validate: ['normaliseEmail', 'normalisePhone'],
    client: m.client ? [`send${E}Mail`] : [],
    dtos,
    emailExpr: 'email',
    mapper: m.mapper,
  });
  out.push(
    `/** Sign-up: the password is kept only as a one-way hash. */`,
    `export async function register${E}(input: Create${E}Dto): Promise<number> {`,
    `  const email = normaliseEmail(input.${c.email.prop});`,
    `  if (await repo.find${E}ByEmail(email)) throw new HttpError(409, 'email_taken');`,
    before,
    `  const id = await repo.insert${E}({`,
    values,
    '  });',
    m.client ? `  await send${E}Mail(email, input.${c.name.prop}, 'Welcome', \`Your account \${id} is ready. Please confirm your address.\`);` : null,
    createdLog(m, c, 'id', 'email', null, `${c.label} registered`),
    '  return id;',
    '}',
    '',
    `export async function login${E}(input: Login${E}Dto): Promise<number> {`,
    `  const row = await repo.find${E}ByEmail(normaliseEmail(input.${c.email.prop}));`,
    `  if (!row || ${mismatch(c, `input.password, row.passwordHash`)}) throw new HttpError(401, 'invalid_credentials');`,
    `  logger.info({ ${e}Id: row.id }, '${c.label} logged in');`,
    '  return row.id;',
    '}',
    '',
    `export async function get${E}(id: number): Promise<${E}View> {`,
    m.mapper
      ? [`  const row = await repo.find${E}ById(id);`, `  if (!row) ${notFound(c)};`, `  return to${E}View(row);`]
      : [`  const view = await repo.find${E}View(id);`, `  if (!view) ${notFound(c)};`, '  return view;'],
    '}',
    '',
    `export async function update${E}(id: number, patch: Update${E}Dto): Promise<void> {`,
    `  await assert${E}Exists(id);`,
    `  await repo.update${E}(id, patch);`,
    `  logger.info({ ${e}Id: id, fields: Object.keys(patch) }, '${c.label} updated');`,
    '}',
    '',
    `export async function verify${E}(id: number): Promise<void> {`,
    `  await repo.mark${E}Verified(id);`,
    '}',
    '',
    `/** For other modules: their records reference this one. */`,
    `export async function assert${E}Exists(id: number): Promise<void> {`,
    `  if (!(await repo.find${E}ById(id))) ${notFound(c)};`,
    '}',
    '',
    '/**',
    ` * Withdrawal: the ${c.label}'s row is destroyed at once; records that reference it go with it (ON DELETE CASCADE).`,
    ' * @privacyEvent membership_withdrawal',
    ' */',
    `export async function withdraw${E}(id: number, password: string): Promise<void> {`,
    `  const row = await repo.find${E}ById(id);`,
    `  if (!row) ${notFound(c)};`,
    `  if (${mismatch(c, `password, row.passwordHash`)}) throw new HttpError(403, 'wrong_password');`,
    `  await repo.delete${E}(id);`,
    `  logger.info({ ${e}Id: id }, '${c.label} withdrew');`,
    '}',
    passwordHelpers(c),
  );
  return lines(out);
}

function bookingService(m, c) {
  const { E, e } = c;
  const normalised = { [c.phone.prop]: `normalisePhone(input.${c.phone.prop})` };
  const { before, values } = insertValues(m, c, { extra: ['memberId'], normalised });
  const dtos = [`Create${E}Dto`, `${E}View`, ...(c.update.length > 0 ? [`Update${E}Dto`] : [])];
  const emailExpr = c.email && !c.email.optional ? `input.${c.email.prop}` : null;
  const phoneExpr = `input.${c.phone.prop}`;
  const slot = 'input.slotStart';
  const out = header(m, c, {
    validate: ['normalisePhone'],
    client: m.client ? [`send${E}Sms`] : [],
    dtos,
    emailExpr,
    phoneExpr,
    mapper: m.mapper,
  });
  out.push(
    `export async function create${E}(memberId: number, input: Create${E}Dto): Promise<{ id: number }> {`,
    `  await assert${c.A}Exists(memberId);`,
    `  if (${slot}.getTime() < Date.now()) throw new HttpError(422, 'slot_in_the_past');`,
    before,
    `  const id = await repo.insert${E}({`,
    values,
    '  });',
    m.client
      ? `  await send${E}Sms(${phoneExpr}, \`[Seoul] ${c.label} \${id} received for \${${slot}.toISOString().slice(0, 10)}.\`);`
      : null,
    createdLog(m, c, 'id', emailExpr, phoneExpr, `${c.label} created`),
    '  return { id };',
    '}',
    '',
    `export async function get${E}(memberId: number, id: number): Promise<${E}View> {`,
    m.mapper
      ? [`  return to${E}View(await own${E}(memberId, id));`]
      : [`  const view = await repo.find${E}View(memberId, id);`, `  if (!view) ${notFound(c)};`, '  return view;'],
    '}',
    '',
    c.update.length > 0 && [
      `export async function update${E}(memberId: number, id: number, patch: Update${E}Dto): Promise<void> {`,
      `  const row = await own${E}(memberId, id);`,
      `  if (row.status === 'cancelled') throw new HttpError(409, '${c.code}_cancelled');`,
      `  await repo.update${E}(id, patch);`,
      `  logger.info({ ${e}Id: id, fields: Object.keys(patch) }, '${c.label} changed');`,
      '}',
      '',
    ],
    c.password
      ? `export async function cancel${E}(memberId: number, id: number, ${c.password.prop}: string): Promise<void> {`
      : `export async function cancel${E}(memberId: number, id: number): Promise<void> {`,
    `  const row = await own${E}(memberId, id);`,
    "  if (row.status === 'cancelled') return;",
    c.password
      ? `  if (${mismatch(c, `${c.password.prop}, row.${hashProp(c.password)}`)}) throw new HttpError(403, 'wrong_password');`
      : null,
    `  await repo.set${E}Status(id, 'cancelled');`,
    `  logger.info({ ${e}Id: id, memberId }, '${c.label} cancelled');`,
    '}',
    '',
    `async function own${E}(memberId: number, id: number): Promise<repo.${E}Row> {`,
    `  const row = await repo.find${E}ById(id);`,
    `  if (!row || row.memberId !== memberId) ${notFound(c)};`,
    '  return row;',
    '}',
    passwordHelpers(c),
  );
  return lines(out);
}

function paymentService(m, c) {
  const { E, e } = c;
  const emailExpr = `input.${c.email.prop}`;
  const out = header(m, c, {
    validate: ['normaliseEmail'],
    client: ['cancelTossPayment', 'confirmTossPayment'],
    dtos: [`Create${E}Dto`, `${E}View`],
    emailExpr,
    mapper: m.mapper,
  });
  out.push(
    '/** Confirms the payment with Toss Payments and keeps the record (5 years, E-Commerce Act). */',
    `export async function confirm${E}(memberId: number, input: Create${E}Dto): Promise<{ id: number }> {`,
    `  await assert${c.A}Exists(memberId);`,
    '  const payment = await confirmTossPayment(input.paymentKey, input.orderId, input.amount);',
    `  const id = await repo.insert${E}({`,
    '    memberId,',
    '    orderId: input.orderId,',
    '    paymentKey: input.paymentKey,',
    '    amount: payment.totalAmount,',
    `    ${c.name.prop}: input.${c.name.prop},`,
    `    ${c.email.prop}: normaliseEmail(input.${c.email.prop}),`,
    '    cardNumber: payment.card?.number ?? null,',
    '    approvedAt: new Date(payment.approvedAt),',
    '  });',
    createdLog(m, c, 'id', emailExpr, null, `${c.label} approved`),
    '  return { id };',
    '}',
    '',
    `export async function get${E}(memberId: number, id: number): Promise<${E}View> {`,
    m.mapper
      ? [`  return to${E}View(await own${E}(memberId, id));`]
      : [`  await own${E}(memberId, id);`, `  const view = await repo.find${E}View(id);`, `  if (!view) ${notFound(c)};`, '  return view;'],
    '}',
    '',
    `export async function cancel${E}(memberId: number, id: number, reason: string): Promise<void> {`,
    `  const row = await own${E}(memberId, id);`,
    "  if (row.status === 'cancelled') return;",
    '  await cancelTossPayment(row.paymentKey, reason);',
    `  await repo.set${E}Status(id, 'cancelled');`,
    `  logger.info({ ${e}Id: id, orderId: row.orderId }, '${c.label} cancelled');`,
    '}',
    '',
    `async function own${E}(memberId: number, id: number): Promise<repo.${E}Row> {`,
    `  const row = await repo.find${E}ById(id);`,
    `  if (!row || row.memberId !== memberId) ${notFound(c)};`,
    '  return row;',
    '}',
  );
  return lines(out);
}

function localView(m, c) {
  if (m.mapper) return [];
  return [
    '',
    `function to${c.E}View(row: repo.${c.E}Row): ${c.E}View {`,
    '  return {',
    '    id: row.id,',
    c.view.map((x) => `    ${x.prop}: row.${x.prop},`),
    '    createdAt: row.createdAt,',
    '  };',
    '}',
  ];
}

function inquiryService(m, c) {
  const { E, e } = c;
  const normalised = { [c.email.prop]: `normaliseEmail(input.${c.email.prop})` };
  const { before, values } = insertValues(m, c, { normalised });
  const emailExpr = `input.${c.email.prop}`;
  const pw = c.password;
  const check = pw
    ? `  if (${mismatch(c, `${pw.prop}, row.${hashProp(pw)}`)}) throw new HttpError(403, 'wrong_password');`
    : null;
  const out = header(m, c, {
    validate: ['normaliseEmail'],
    client: m.client ? [`send${E}Mail`] : [],
    dtos: [`Create${E}Dto`, `${E}View`],
    emailExpr,
    mapper: m.mapper,
  });
  out.push(
    `export async function submit${E}(input: Create${E}Dto): Promise<{ id: number }> {`,
    before,
    `  const id = await repo.insert${E}({`,
    values,
    '  });',
    m.client
      ? `  await send${E}Mail(normaliseEmail(${emailExpr}), input.${c.name.prop}, 'We received your ${c.label}', \`Reference number \${id}. We answer within 7 days.\`);`
      : null,
    createdLog(m, c, 'id', emailExpr, null, `${c.label} received`),
    '  return { id };',
    '}',
    '',
    pw
      ? `export async function view${E}(id: number, ${pw.prop}: string): Promise<${E}View> {`
      : `export async function view${E}(id: number): Promise<${E}View> {`,
    `  const row = await repo.find${E}ById(id);`,
    `  if (!row) ${notFound(c)};`,
    check,
    `  return to${E}View(row);`,
    '}',
    '',
    `export async function answer${E}(id: number, answer: string): Promise<void> {`,
    `  await repo.record${E}Answer(id, answer);`,
    `  logger.info({ ${e}Id: id }, '${c.label} answered');`,
    '}',
    '',
    pw
      ? `export async function withdraw${E}(id: number, ${pw.prop}: string): Promise<void> {`
      : `export async function withdraw${E}(id: number): Promise<void> {`,
    `  const row = await repo.find${E}ById(id);`,
    `  if (!row) ${notFound(c)};`,
    check,
    `  await repo.delete${E}(id);`,
    `  logger.info({ ${e}Id: id }, '${c.label} withdrawn');`,
    '}',
    localView(m, c),
    passwordHelpers(c),
  );
  return lines(out);
}

function noticeService(m, c) {
  const { E, e } = c;
  const normalised = { [c.email.prop]: 'email' };
  const { before, values } = insertValues(m, c, { normalised });
  const pw = c.password;
  const clientFns = m.client === 'email' ? [`send${E}Mail`] : m.client === 'alimtalk' ? [`send${E}Alimtalk`] : [];
  const out = header(m, c, {
    validate: ['normaliseEmail'],
    client: clientFns,
    dtos: [`Create${E}Dto`, `${E}View`, ...(c.update.length > 0 ? [`Update${E}Dto`] : [])],
    emailExpr: 'email',
    mapper: m.mapper,
  });
  let notify = null;
  if (m.client === 'email') {
    notify = `  await send${E}Mail(email, ${c.name ? `input.${c.name.prop}` : 'undefined'}, 'Confirm your subscription', \`Open /${m.name}/\${id}/confirm to start receiving ${c.label}s.\`);`;
  } else if (m.client === 'alimtalk') {
    notify = `  await send${E}Alimtalk(input.${c.phone.prop}, input.${c.name.prop}, input.topic);`;
  }
  out.push(
    `export async function subscribe${E}(input: Create${E}Dto): Promise<{ id: number }> {`,
    `  const email = normaliseEmail(input.${c.email.prop});`,
    `  const existing = await repo.find${E}ByEmail(email);`,
    '  if (existing) return { id: existing.id };',
    before,
    `  const id = await repo.insert${E}({`,
    values,
    '  });',
    notify,
    createdLog(m, c, 'id', 'email', null, `${c.label} created`),
    '  return { id };',
    '}',
    '',
    `export async function confirm${E}(id: number): Promise<void> {`,
    `  await repo.mark${E}Confirmed(id);`,
    '}',
    '',
    `export async function get${E}(id: number): Promise<${E}View> {`,
    `  const row = await repo.find${E}ById(id);`,
    `  if (!row) ${notFound(c)};`,
    `  return to${E}View(row);`,
    '}',
    '',
    c.update.length > 0 && [
      `export async function update${E}(id: number, patch: Update${E}Dto): Promise<void> {`,
      `  await repo.update${E}(id, patch);`,
      `  logger.info({ ${e}Id: id, fields: Object.keys(patch) }, '${c.label} changed');`,
      '}',
      '',
    ],
    pw
      ? `export async function unsubscribe${E}(email: string, ${pw.prop}?: string): Promise<void> {`
      : `export async function unsubscribe${E}(email: string): Promise<void> {`,
    `  const row = await repo.find${E}ByEmail(normaliseEmail(email));`,
    '  if (!row) return;',
    pw
      ? `  if (!${pw.prop} || ${mismatch(c, `${pw.prop}, row.${hashProp(pw)}`)}) throw new HttpError(403, 'wrong_password');`
      : null,
    `  await repo.delete${E}(row.id);`,
    `  logger.info({ ${e}Id: row.id }, '${c.label} ended');`,
    '}',
    localView(m, c),
    passwordHelpers(c),
  );
  return lines(out);
}
