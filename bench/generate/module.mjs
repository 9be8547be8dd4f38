// The files of one module: DTOs, zod schemas, an express controller, a service, a drizzle repository,
// a retention job, and for some modules an HTTP client (axios) and a row -> view mapper.
// Deliberate mistakes (plan.mjs MISTAKES) are written where they belong and marked `// expect: <rule>`.
import { annotation, dtoOptional, EXPECT, hashProp, tsType, viewFromRow } from './common.mjs';
import { clientFile, controllerFile } from './http.mjs';
import { serviceFile } from './services.mjs';
import { lines, pad3, snake, words } from './util.mjs';

// ---------------------------------------------------------------------------------------------------
// Columns

/** Columns of the module's table other than id and createdAt: { prop, builder, expr }. */
export function columnsOf(m) {
  const cols = [];
  if (m.account) {
    const cascade = m.archetype === 'payment' ? "{ onDelete: 'set null' }" : "{ onDelete: 'cascade' }";
    const notNull = m.archetype === 'payment' ? '' : '.notNull()';
    cols.push({ prop: 'memberId', builder: 'integer', expr: `integer('member_id')${notNull}.references(() => ${m.account.camel}.id, ${cascade})` });
  }
  for (const x of m.fields) {
    if (x.password) {
      cols.push({ prop: hashProp(x), builder: 'text', expr: `text('${x.col}_hash').notNull()` });
      continue;
    }
    const builder = { text: 'text', int: 'integer', date: 'date', timestamp: 'timestamp', bool: 'boolean' }[x.type];
    let expr = x.type === 'timestamp'
      ? `timestamp('${x.col}', { withTimezone: true })`
      : x.values ? `text('${x.col}', { enum: [${x.values.map((v) => `'${v}'`).join(', ')}] })` : `${builder}('${x.col}')`;
    if (!x.optional) expr += '.notNull()';
    if (x.unique) expr += '.unique()';
    if (x.default) expr += `.default(${x.default})`;
    cols.push({ prop: x.prop, builder, expr });
  }
  if (m.archetype === 'payment') {
    cols.push(m.mistake === 'plain-card'
      ? { prop: 'cardNumber', builder: 'text', expr: "text('card_number')" }
      : { prop: 'cardNumberEnc', builder: 'text', expr: "text('card_number_enc')", doc: 'Card number as Toss returns it, AES-256-GCM encrypted (lib/crypto.ts).' });
  }
  return cols;
}

// ---------------------------------------------------------------------------------------------------
// Per module

export function moduleFiles(m) {
  const dir = `src/modules/${m.name}`;
  const files = new Map();
  const ctx = context(m);
  files.set(`${dir}/${m.name}.dto.ts`, dtoFile(m, ctx));
  files.set(`${dir}/${m.name}.schema.ts`, schemaFile(m, ctx));
  files.set(`${dir}/${m.name}.controller.ts`, controllerFile(m, ctx));
  files.set(`${dir}/${m.name}.service.ts`, serviceFile(m, ctx));
  files.set(`${dir}/${m.name}.repository.ts`, repositoryFile(m, ctx));
  files.set(`${dir}/${m.name}.jobs.ts`, jobsFile(m, ctx));
  if (m.client) files.set(`${dir}/${m.name}.client.ts`, clientFile(m, ctx));
  if (m.mapper) files.set(`${dir}/${m.name}.mapper.ts`, mapperFile(m, ctx));
  return files;
}

function context(m) {
  const E = m.entity;
  const label = words(E);
  const email = m.fields.find((x) => x.item === 'email');
  const phone = m.fields.find((x) => x.item === 'phone');
  const name = m.fields.find((x) => x.item === 'name');
  const password = m.fields.find((x) => x.password);
  const input = m.fields.filter((x) => x.input);
  const update = m.fields.filter((x) => x.update);
  const view = m.fields.filter((x) => x.view);
  return {
    E,
    e: m.entityCamel,
    label,
    code: snake(E),
    T: m.camel,
    schemaPath: `../../db/schema-${pad3(m.group)}.js`,
    email, phone, name, password, input, update, view,
    weak: m.mistake === 'weak-hash',
    owned: Boolean(m.account),
    A: m.account?.entity,
    accountPath: m.account ? `../${m.account.name}/${m.account.name}.service.js` : null,
  };
}

// ---------------------------------------------------------------------------------------------------
// DTOs

function dtoFile(m, c) {
  const { E } = c;
  const prop = (x, { optional = false, view = false, typo = false } = {}) => [
    ...annotation(x, '  ', { typo }),
    `  ${x.prop}${optional ? '?' : ''}: ${tsType(x)}${view && x.optional ? ' | null' : ''};`,
  ];
  const out = [`/** ${E} DTOs: what clients send to /${m.name} and what they get back. */`, ''];
  if (m.archetype === 'payment') {
    out.push('/** Sent after the Toss Payments widget succeeds in the browser. */');
  } else {
    out.push(`/** Body of POST /${m.name}. */`);
  }
  out.push(`export interface Create${E}Dto {`, c.input.map((x) => prop(x, { optional: dtoOptional(x), typo: true })), '}');
  if (c.update.length > 0) {
    out.push('', `/** Body of PATCH /${m.name}/:id; every field optional. */`, `export interface Update${E}Dto {`, c.update.map((x) => prop(x, { optional: true })), '}');
  }
  if (m.archetype === 'account') {
    const pw = c.password;
    out.push('', `export interface Login${E}Dto {`, prop(c.email), prop(pw), '}');
  }
  out.push(
    '',
    `/** What a client sees of a ${c.label} (never a password hash). */`,
    `export interface ${E}View {`,
    '  id: number;',
    c.view.map((x) => prop(x, { view: true })),
    '  createdAt: Date;',
    '}',
  );
  return lines(out);
}

// ---------------------------------------------------------------------------------------------------
// zod schemas

function schemaFile(m, c) {
  const { E } = c;
  const used = new Set();
  const zodOf = (x, optional = false) => {
    for (const h of ['emailAddress', 'isoDate', 'koreanMobile', 'personName']) if (x.zod.startsWith(h)) used.add(h);
    return optional && !x.zod.endsWith('.optional()') ? `${x.zod}.optional()` : x.zod;
  };
  const body = [];
  body.push(`export const create${E}Schema = z.strictObject({`, c.input.map((x) => `  ${x.prop}: ${zodOf(x)},`), '});');
  if (c.update.length > 0) {
    body.push('', `export const update${E}Schema = z.strictObject({`, c.update.map((x) => `  ${x.prop}: ${zodOf(x, true)},`), '});');
  }
  if (m.archetype === 'account') {
    used.add('emailAddress');
    body.push('', `export const login${E}Schema = z.object({ ${c.email.prop}: emailAddress, password: z.string().min(1) });`);
    body.push('', `export const withdraw${E}Schema = z.object({ password: z.string().min(1) });`);
  } else if (m.archetype === 'booking' && c.password) {
    body.push('', `export const cancel${E}Schema = z.object({ ${c.password.prop}: z.string().min(1) });`);
  } else if (m.archetype === 'payment') {
    body.push('', `export const cancel${E}Schema = z.object({ reason: z.string().min(1).max(200) });`);
  } else if (m.archetype === 'inquiry') {
    if (c.password) body.push('', `export const access${E}Schema = z.object({ ${c.password.prop}: z.string().min(1) });`);
    body.push('', `export const answer${E}Schema = z.object({ answer: z.string().min(1).max(5000) });`);
  } else if (m.archetype === 'notice') {
    used.add('emailAddress');
    const keys = ['email: emailAddress', ...(c.password ? [`${c.password.prop}: z.string().min(1).optional()`] : [])];
    body.push('', `export const unsubscribe${E}Schema = z.object({ ${keys.join(', ')} });`);
  }
  return lines(
    "import { z } from 'zod';",
    used.size > 0 ? `import { ${[...used].sort().join(', ')} } from '../../lib/validate.js';` : null,
    '',
    body,
    '',
    `export type Create${E}Input = z.infer<typeof create${E}Schema>;`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Repositories

function repositoryFile(m, c) {
  const { E, T } = c;
  // a weak hash is reported where it is made (the service's hashPassword), not again where the hash is stored
  const insertMistake = { 'undeclared-item': 1, 'sensitive-item': 1, 'plain-card': 1 }[m.mistake] ? EXPECT(m.mistake) : '';
  const ops = new Set(['eq']);
  const body = [];
  const typeImports = [];
  const extraImports = [];
  body.push(`export type ${E}Row = typeof ${T}.$inferSelect;`);

  if (m.archetype === 'payment') {
    const card = m.mistake === 'plain-card';
    if (!card) extraImports.push("import { encryptField } from '../../lib/crypto.js';");
    body.push(
      '',
      `export interface ${E}Record {`,
      '  memberId: number;',
      '  orderId: string;',
      '  paymentKey: string;',
      '  amount: number;',
      annotation(c.name), `  ${c.name.prop}: string;`,
      annotation(c.email), `  ${c.email.prop}: string;`,
      '  /** @personal card_number */',
      '  cardNumber: string | null;',
      '  approvedAt: Date;',
      '}',
      '',
      card
        ? [
            `export async function insert${E}(record: ${E}Record): Promise<number> {`,
            `  const [row] = await db.insert(${T}).values(record).returning({ id: ${T}.id });${insertMistake}`,
          ]
        : [
            `export async function insert${E}({ cardNumber, ...record }: ${E}Record): Promise<number> {`,
            `  const [row] = await db`,
            `    .insert(${T})`,
            '    .values({ ...record, cardNumberEnc: cardNumber === null ? null : encryptField(cardNumber) })',
            `    .returning({ id: ${T}.id });`,
          ],
      `  if (!row) throw new Error('${m.table}: insert returned no row');`,
      '  return row.id;',
      '}',
    );
  } else {
    body.push(
      `export type New${E} = typeof ${T}.$inferInsert;`,
      '',
      `export async function insert${E}(values: New${E}): Promise<number> {`,
      `  const [row] = await db.insert(${T}).values(values).returning({ id: ${T}.id });${insertMistake}`,
      `  if (!row) throw new Error('${m.table}: insert returned no row');`,
      '  return row.id;',
      '}',
    );
  }
  body.push(
    '',
    `export async function find${E}ById(id: number): Promise<${E}Row | undefined> {`,
    `  const [row] = await db.select().from(${T}).where(eq(${T}.id, id)).limit(1);`,
    '  return row;',
    '}',
  );
  if (c.email && (m.archetype === 'account' || m.archetype === 'notice')) {
    body.push(
      '',
      `export async function find${E}ByEmail(email: string): Promise<${E}Row | undefined> {`,
      `  const [row] = await db.select().from(${T}).where(eq(${T}.${c.email.prop}, email)).limit(1);`,
      '  return row;',
      '}',
    );
  }
  const projected = !m.mapper && ['account', 'booking', 'payment'].includes(m.archetype);
  if (projected) {
    typeImports.push(`${E}View`);
    const select = ['id', ...c.view.map((x) => x.prop), 'createdAt'].map((p) => `${p}: ${T}.${p}`).join(', ');
    const owner = m.archetype === 'booking';
    if (owner) ops.add('and');
    body.push(
      '',
      owner
        ? `export async function find${E}View(memberId: number, id: number): Promise<${E}View | undefined> {`
        : `export async function find${E}View(id: number): Promise<${E}View | undefined> {`,
      '  const [row] = await db',
      `    .select({ ${select} })`,
      `    .from(${T})`,
      owner ? `    .where(and(eq(${T}.id, id), eq(${T}.memberId, memberId)))` : `    .where(eq(${T}.id, id))`,
      '    .limit(1);',
      '  return row;',
      '}',
    );
  }
  if (c.update.length > 0) {
    typeImports.push(`Update${E}Dto`);
    body.push(
      '',
      `export async function update${E}(id: number, patch: Update${E}Dto): Promise<void> {`,
      `  await db.update(${T}).set(patch).where(eq(${T}.id, id));`,
      '}',
    );
  }
  if (m.archetype === 'booking' || m.archetype === 'payment') {
    body.push(
      '',
      `export async function set${E}Status(id: number, status: ${E}Row['status']): Promise<void> {`,
      `  await db.update(${T}).set({ status }).where(eq(${T}.id, id));`,
      '}',
    );
  }
  if (m.archetype === 'account') {
    body.push(
      '',
      `export async function mark${E}Verified(id: number): Promise<void> {`,
      `  await db.update(${T}).set({ verifiedAt: new Date() }).where(eq(${T}.id, id));`,
      '}',
    );
  }
  if (m.archetype === 'notice') {
    body.push(
      '',
      `export async function mark${E}Confirmed(id: number): Promise<void> {`,
      `  await db.update(${T}).set({ confirmedAt: new Date() }).where(eq(${T}.id, id));`,
      '}',
    );
  }
  if (m.archetype === 'inquiry') {
    body.push(
      '',
      `export async function record${E}Answer(id: number, answer: string): Promise<void> {`,
      `  await db.update(${T}).set({ answer, answeredAt: new Date() }).where(eq(${T}.id, id));`,
      '}',
    );
  }
  if (['account', 'inquiry', 'notice'].includes(m.archetype)) {
    body.push(
      '',
      `export async function delete${E}(id: number): Promise<void> {`,
      `  await db.delete(${T}).where(eq(${T}.id, id));`,
      '}',
    );
  }
  if (m.purge.style === 'repository') {
    ops.add('lt');
    body.push(
      '',
      `/** Deletes the records collected before \`cutoff\`; returns how many went. */`,
      `export async function purge${E}CreatedBefore(cutoff: Date): Promise<number> {`,
      `  const deleted = await db.delete(${T}).where(lt(${T}.createdAt, cutoff)).returning({ id: ${T}.id });`,
      '  return deleted.length;',
      '}',
    );
  }
  return lines(
    `import { ${[...ops].sort().join(', ')} } from 'drizzle-orm';`,
    "import { db } from '../../db/client.js';",
    `import { ${T} } from '${c.schemaPath}';`,
    extraImports,
    typeImports.length > 0 ? `import type { ${typeImports.sort().join(', ')} } from './${m.name}.dto.js';` : null,
    '',
    body,
  );
}

// ---------------------------------------------------------------------------------------------------
// Retention jobs

function periodText(days) {
  if (days % 365 === 0) return days === 365 ? '1 year' : `${days / 365} years`;
  return `${days} days`;
}

function jobsFile(m, c) {
  const { E, T } = c;
  const P = m.pascal;
  const { rule, days, style } = m.purge;
  const imports = ["import cron from 'node-cron';"];
  const drizzle = new Set();
  let body;
  const years = days / 365;
  const jobName = `${m.name}-purge`;
  const fn = style === 'unverified' ? `purgeUnverified${P}` : `purgeExpired${P}`;
  if (style === 'unverified') {
    drizzle.add('and').add('isNull').add('lt');
    body = [
      `  const cutoff = new Date(Date.now() - ${days} * DAY_MS);`,
      `  const deleted = await db`,
      `    .delete(${T})`,
      `    .where(and(isNull(${T}.verifiedAt), lt(${T}.createdAt, cutoff)))`,
      `    .returning({ id: ${T}.id });`,
      '  return deleted.length;',
    ];
  } else if (style === 'interval') {
    drizzle.add('lt').add('sql');
    body = [
      `  const deleted = await db`,
      `    .delete(${T})`,
      `    .where(lt(${T}.createdAt, sql\`now() - interval '${periodText(days)}'\`))`,
      `    .returning({ id: ${T}.id });`,
      '  return deleted.length;',
    ];
  } else if (style === 'ms') {
    drizzle.add('lt');
    body = [
      `  const cutoff = new Date(Date.now() - RETENTION_DAYS * DAY_MS);`,
      `  const deleted = await db.delete(${T}).where(lt(${T}.createdAt, cutoff)).returning({ id: ${T}.id });`,
      '  return deleted.length;',
    ];
  } else if (style === 'date-fns') {
    drizzle.add('lt');
    imports.push(`import { subYears } from 'date-fns';`);
    body = [
      `  const cutoff = subYears(new Date(), ${years});`,
      `  const deleted = await db.delete(${T}).where(lt(${T}.createdAt, cutoff)).returning({ id: ${T}.id });`,
      '  return deleted.length;',
    ];
  } else {
    body = [`  return repo.purge${E}CreatedBefore(new Date(Date.now() - RETENTION_DAYS * DAY_MS));`];
  }
  const needsDb = style !== 'repository';
  const needsDay = style === 'unverified' || style === 'ms' || style === 'repository';
  const needsRetentionDays = style === 'ms' || style === 'repository';
  const doc = style === 'unverified'
    ? [`/** Sign-ups never verified are removed after ${days} days; verified ${c.label}s stay until they withdraw. */`]
    : [
        '/**',
        ` * ${c.label[0].toUpperCase()}${c.label.slice(1)} records are destroyed ${periodText(days)} after collection${rule ? ` (privacy.yaml retention "${rule}")` : ''}.`,
        rule && m.retentionTag ? ` * @retention ${rule}` : null,
        ' */',
      ];
  return lines(
    drizzle.size > 0 ? `import { ${[...drizzle].sort().join(', ')} } from 'drizzle-orm';` : null,
    imports.sort(),
    needsDb ? "import { db } from '../../db/client.js';" : null,
    needsDb ? `import { ${T} } from '${c.schemaPath}';` : null,
    "import { logger } from '../../lib/logger.js';",
    style === 'repository' ? `import * as repo from './${m.name}.repository.js';` : null,
    '',
    needsDay ? 'const DAY_MS = 24 * 60 * 60 * 1000;' : null,
    needsRetentionDays ? `const RETENTION_DAYS = ${years} * 365;` : null,
    needsDay ? '' : null,
    doc,
    `export async function ${fn}(): Promise<number> {`,
    body,
    '}',
    '',
    `export function schedule${P}Purge(): void {`,
    '  cron.schedule(',
    `    '${m.cron}',`,
    '    async () => {',
    '      try {',
    `        const deleted = await ${fn}();`,
    `        logger.info({ job: '${jobName}', deleted }, 'retention purge finished');`,
    '      } catch (err) {',
    `        logger.error({ err, job: '${jobName}' }, 'retention purge failed');`,
    '      }',
    '    },',
    "    { timezone: 'Asia/Seoul', noOverlap: true },",
    '  );',
    '}',
  );
}

// ---------------------------------------------------------------------------------------------------
// Mappers

function mapperFile(m, c) {
  const { E } = c;
  return lines(
    `import type { ${E}View } from './${m.name}.dto.js';`,
    `import type { ${E}Row } from './${m.name}.repository.js';`,
    '',
    `/** The row as a client may see it: no hashes, no internal columns. */`,
    `export function to${E}View(row: ${E}Row): ${E}View {`,
    viewFromRow(c),
    '}',
  );
}
