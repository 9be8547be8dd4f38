// Files every synthetic project shares: entry points, the database client, the lib/ helpers, and per
// group of modules the drizzle schema file and the route/job registry.
import { columnsOf } from './module.mjs';
import { GROUP_SIZE } from './plan.mjs';
import { lines, pad3 } from './util.mjs';

export function groupsOf(modules) {
  const groups = [];
  for (let i = 0; i < modules.length; i += GROUP_SIZE) groups.push(modules.slice(i, i + GROUP_SIZE));
  return groups;
}

export function sharedFiles(modules, serviceName) {
  const groups = groupsOf(modules);
  const files = new Map();
  const g = (n) => pad3(n);

  files.set('src/main.ts', lines(
    "import { createApp } from './app.js';",
    "import { logger } from './lib/logger.js';",
    groups.map((_, i) => `import { scheduleGroup${g(i + 1)}Jobs } from './modules/group-${g(i + 1)}.js';`),
    '',
    'const port = Number(process.env.PORT ?? 3000);',
    '',
    `createApp().listen(port, () => logger.info({ port }, '${serviceName} listening'));`,
    groups.map((_, i) => `scheduleGroup${g(i + 1)}Jobs();`),
  ));

  files.set('src/app.ts', lines(
    "import express from 'express';",
    "import { errorHandler } from './lib/http-error.js';",
    groups.map((_, i) => `import { mountGroup${g(i + 1)} } from './modules/group-${g(i + 1)}.js';`),
    '',
    'export function createApp(): express.Express {',
    '  const app = express();',
    "  app.set('trust proxy', 1);",
    "  app.use(express.json({ limit: '100kb' }));",
    groups.map((_, i) => `  mountGroup${g(i + 1)}(app);`),
    '  app.use(errorHandler);',
    '  return app;',
    '}',
  ));

  files.set('src/db/client.ts', lines(
    "import pg from 'pg';",
    "import { drizzle } from 'drizzle-orm/node-postgres';",
    '',
    'const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });',
    '',
    'export const db = drizzle(pool);',
    '',
    'export async function closeDb(): Promise<void> {',
    '  await pool.end();',
    '}',
  ));

  files.set('src/lib/auth.ts', lines(
    "import { createHmac, timingSafeEqual } from 'node:crypto';",
    "import type { RequestHandler, Response } from 'express';",
    "import { HttpError } from './http-error.js';",
    '',
    '/** A stateless session token: `<userId>.<expiry>.<hmac>`. */',
    'export function signToken(userId: number, ttlSeconds = 3600): string {',
    '  const payload = `${userId}.${Math.floor(Date.now() / 1000) + ttlSeconds}`;',
    '  return `${payload}.${hmac(payload)}`;',
    '}',
    '',
    'export function verifyToken(token: string): number | undefined {',
    "  const [id, expiry, signature] = token.split('.');",
    '  if (!id || !expiry || !signature) return undefined;',
    '  const expected = Buffer.from(hmac(`${id}.${expiry}`));',
    '  const given = Buffer.from(signature);',
    '  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;',
    '  if (Number(expiry) < Date.now() / 1000) return undefined;',
    '  return Number(id);',
    '}',
    '',
    '/** Bearer-token authentication; sets res.locals.userId. */',
    'export const requireUser: RequestHandler = (req, res, next) => {',
    "  const token = req.get('authorization')?.replace(/^Bearer /, '');",
    '  const userId = token ? verifyToken(token) : undefined;',
    "  if (userId === undefined) throw new HttpError(401, 'unauthenticated');",
    '  res.locals.userId = userId;',
    '  next();',
    '};',
    '',
    'export function userIdOf(res: Response): number {',
    '  return res.locals.userId as number;',
    '}',
    '',
    'function hmac(payload: string): string {',
    "  return createHmac('sha256', process.env.SESSION_SECRET ?? '').update(payload).digest('base64url');",
    '}',
  ));

  files.set('src/lib/crypto.ts', lines(
    "import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';",
    '',
    "const ALGORITHM = 'aes-256-gcm';",
    'const IV_BYTES = 12;',
    'const TAG_BYTES = 16;',
    '',
    'let fieldKey: Buffer | undefined;',
    '',
    '/** The column-encryption key: 32 bytes, base64, from FIELD_ENCRYPTION_KEY. */',
    'function key(): Buffer {',
    '  if (fieldKey) return fieldKey;',
    "  const decoded = Buffer.from(process.env.FIELD_ENCRYPTION_KEY ?? '', 'base64');",
    "  if (decoded.length !== 32) throw new Error('FIELD_ENCRYPTION_KEY must be 32 bytes, base64-encoded');",
    '  fieldKey = decoded;',
    '  return decoded;',
    '}',
    '',
    '/** Encrypts one column value (financial data). Output: base64(iv | tag | ciphertext). */',
    'export function encryptField(plaintext: string): string {',
    '  const iv = randomBytes(IV_BYTES);',
    '  const cipher = createCipheriv(ALGORITHM, key(), iv);',
    "  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);",
    "  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');",
    '}',
    '',
    'export function decryptField(encoded: string): string {',
    "  const raw = Buffer.from(encoded, 'base64');",
    '  const decipher = createDecipheriv(ALGORITHM, key(), raw.subarray(0, IV_BYTES));',
    '  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));',
    "  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');",
    '}',
  ));

  files.set('src/lib/http-error.ts', lines(
    "import type { ErrorRequestHandler } from 'express';",
    "import { z } from 'zod';",
    "import { logger } from './logger.js';",
    '',
    'export class HttpError extends Error {',
    '  constructor(',
    '    readonly status: number,',
    '    readonly code: string,',
    '  ) {',
    '    super(code);',
    '  }',
    '}',
    '',
    'export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {',
    '  if (err instanceof z.ZodError) {',
    "    const issues = err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));",
    "    res.status(400).json({ error: 'invalid_request', issues });",
    '  } else if (err instanceof HttpError) {',
    '    res.status(err.status).json({ error: err.code });',
    '  } else {',
    "    logger.error({ err, method: req.method, path: req.path }, 'unhandled error');",
    "    res.status(500).json({ error: 'internal_error' });",
    '  }',
    '};',
  ));

  files.set('src/lib/logger.ts', lines(
    "import { pino } from 'pino';",
    '',
    'export const logger = pino({',
    "  level: process.env.LOG_LEVEL ?? 'info',",
    `  base: { service: '${serviceName}' },`,
    '  // Defence in depth for objects; interpolated strings are not redacted: mask with lib/mask.ts instead.',
    '  redact: {',
    "    paths: ['req.headers.authorization', '*.password', '*.bookingPassword', '*.postPassword', '*.managePassword'],",
    "    censor: '[redacted]',",
    '  },',
    '});',
  ));

  files.set('src/lib/mask.ts', lines(
    '/** 010-1234-5678 -> 010-****-5678 */',
    'export function maskPhone(phone: string): string {',
    "  const digits = phone.replace(/\\D/g, '');",
    "  if (digits.length < 10) return '***-****-****';",
    '  return `${digits.slice(0, 3)}-****-${digits.slice(-4)}`;',
    '}',
    '',
    '/** hong.gildong@example.com -> ho********@example.com */',
    'export function maskEmail(email: string): string {',
    "  const at = email.indexOf('@');",
    "  if (at < 1) return '***';",
    '  const local = email.slice(0, at);',
    "  return `${local.slice(0, 2)}${'*'.repeat(Math.max(local.length - 2, 1))}${email.slice(at)}`;",
    '}',
  ));

  files.set('src/lib/validate.ts', lines(
    "import { z } from 'zod';",
    '',
    'const KR_MOBILE = /^01[016789]-?\\d{3,4}-?\\d{4}$/;',
    '',
    "export const koreanMobile = z.string().regex(KR_MOBILE, 'a mobile number such as 010-1234-5678');",
    'export const personName = z.string().trim().min(1).max(50);',
    'export const emailAddress = z.email().max(254);',
    'export const isoDate = z.iso.date();',
    '',
    'export function normaliseEmail(email: string): string {',
    '  return email.trim().toLowerCase();',
    '}',
    '',
    '/** 01012345678 -> 010-1234-5678 */',
    'export function normalisePhone(phone: string): string {',
    "  const digits = phone.replace(/\\D/g, '');",
    '  return `${digits.slice(0, 3)}-${digits.slice(3, -4)}-${digits.slice(-4)}`;',
    '}',
  ));

  groups.forEach((members, gi) => {
    const n = g(gi + 1);
    files.set(`src/modules/group-${n}.ts`, lines(
      "import type { Express } from 'express';",
      members.map((m) => `import { ${m.camel}Router } from './${m.name}/${m.name}.controller.js';`),
      members.map((m) => `import { schedule${m.pascal}Purge } from './${m.name}/${m.name}.jobs.js';`),
      '',
      `/** Routes of group ${n}: ${members.map((m) => m.name).join(', ')}. */`,
      `export function mountGroup${n}(app: Express): void {`,
      members.map((m) => `  app.use('/${m.name}', ${m.camel}Router);`),
      '}',
      '',
      `/** Retention jobs of group ${n}. */`,
      `export function scheduleGroup${n}Jobs(): void {`,
      members.map((m) => `  schedule${m.pascal}Purge();`),
      '}',
    ));
    files.set(`src/db/schema-${n}.ts`, schemaFile(members));
  });
  return files;
}

function schemaFile(members) {
  const builders = new Set(['pgTable', 'serial', 'timestamp']);
  const foreign = new Map(); // schema file -> table names
  const tables = [];
  for (const m of members) {
    const cols = columnsOf(m);
    for (const c of cols) builders.add(c.builder);
    if (m.account && m.account.group !== m.group) {
      const file = `./schema-${pad3(m.account.group)}.js`;
      if (!foreign.has(file)) foreign.set(file, new Set());
      foreign.get(file).add(m.account.camel);
    }
    const retentionMistake = m.mistake === 'no-retention';
    tables.push(
      '',
      `/** ${m.entity} records (src/modules/${m.name}). */`,
      `export const ${m.camel} = pgTable('${m.table}', {${retentionMistake ? ' // expect: privacy/require-retention' : ''}`,
      '  id: serial(\'id\').primaryKey(),',
      cols.map((c) => [c.doc ? `  /** ${c.doc} */` : null, `  ${c.prop}: ${c.expr},`]),
      '  createdAt: createdAt(),',
      '});',
    );
  }
  const sorted = [...builders].sort();
  return lines(
    `import { ${sorted.join(', ')} } from 'drizzle-orm/pg-core';`,
    [...foreign.keys()].sort().map((file) => `import { ${[...foreign.get(file)].sort().join(', ')} } from '${file}';`),
    '',
    "const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();",
    tables,
  );
}
