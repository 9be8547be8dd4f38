import { type Cases, testRule } from '../../test/rules/tester.js';

/** The cases of privacy/no-plaintext-password: run by RuleTester and through the CLI (test/rules/tester.ts). */
const cases: Cases = {
  valid: [
    {
      name: 'bcrypt.hash before the insert',
      code: `
        import bcrypt from 'bcryptjs';
        import { db, members, type SignupForm } from './lib.js';
        export async function signup(form: SignupForm): Promise<void> {
          const passwordHash = await bcrypt.hash(form.password, 12);
          await db.insert(members).values({ email: form.email, name: form.name, passwordHash });
        }`,
    },
    {
      name: 'bcrypt.hashSync in an update',
      code: `
        import bcrypt from 'bcryptjs';
        import { eq } from 'drizzle-orm';
        import { db, members } from './lib.js';
        export async function changePassword(id: number, password: string): Promise<void> {
          await db.update(members).set({ passwordHash: bcrypt.hashSync(password, 12) }).where(eq(members.id, id));
        }`,
    },
    {
      name: 'scrypt from node:crypto',
      code: `
        import { randomBytes, scryptSync } from 'node:crypto';
        import { db, members, type SignupForm } from './lib.js';
        export async function signup(form: SignupForm): Promise<void> {
          const salt = randomBytes(16);
          const key = scryptSync(form.password, salt, 64);
          await db.insert(members).values({ email: form.email, passwordHash: \`\${salt.toString('hex')}:\${key.toString('hex')}\` });
        }`,
    },
    {
      name: 'pbkdf2Sync from node:crypto',
      code: `
        import { pbkdf2Sync, randomBytes } from 'node:crypto';
        import { db, members, type SignupForm } from './lib.js';
        export async function signup(form: SignupForm): Promise<void> {
          const salt = randomBytes(16).toString('hex');
          const derived = pbkdf2Sync(form.password, salt, 600_000, 32, 'sha256').toString('hex');
          await db.insert(members).values({ email: form.email, passwordHash: \`\${salt}$\${derived}\` });
        }`,
    },
    {
      name: 'a hashing helper between the form and the store',
      code: `
        import bcrypt from 'bcryptjs';
        import { db, members, type SignupForm } from './lib.js';
        function hashPassword(plain: string): Promise<string> {
          return bcrypt.hash(plain, 12);
        }
        export async function signup(form: SignupForm): Promise<void> {
          await db.insert(members).values({ email: form.email, passwordHash: await hashPassword(form.password) });
        }`,
    },
    {
      name: "sent to the service's own API (first party, over TLS)",
      code: `
        import type { SignupForm } from './lib.js';
        export async function login(form: SignupForm): Promise<Response> {
          return fetch('/api/session', { method: 'POST', body: JSON.stringify({ email: form.email, password: form.password }) });
        }`,
    },
    {
      name: 'only the email is kept when a login fails',
      code: `
        import { db, members, type SignupForm } from './lib.js';
        export async function rememberAttempt(form: SignupForm): Promise<void> {
          await db.insert(members).values({ email: form.email, name: form.name });
        }`,
    },
    {
      name: 'an MD5 of an email for a gravatar URL is no password hash',
      code: `
        import { createHash } from 'node:crypto';
        import type { SignupForm } from './lib.js';
        export function avatar(form: SignupForm): string {
          return \`https://www.gravatar.com/avatar/\${createHash('md5').update(form.email).digest('hex')}\`;
        }`,
    },
    {
      name: 'argon2id, the default type',
      code: `
        // @ts-ignore: untyped here, recognised by the import
        import argon2 from 'argon2';
        import type { SignupForm } from './lib.js';
        export function hashFor(form: SignupForm): Promise<string> {
          return argon2.hash(form.password);
        }`,
    },
    {
      name: 'a random reset token is no credential item',
      code: `
        import { randomBytes } from 'node:crypto';
        import { writeFileSync } from 'node:fs';
        export function issueResetToken(memberId: number): string {
          const token = randomBytes(32).toString('hex');
          writeFileSync(\`/var/reset/\${memberId}\`, token);
          return token;
        }`,
    },
  ],
  invalid: [
    {
      name: 'the raw password in an insert',
      code: `
        import { db, members, type SignupForm } from './lib.js';
        export async function signup(form: SignupForm): Promise<void> {
          await db.insert(members).values({ email: form.email, passwordHash: form.password }); // expect: privacy/no-plaintext-password
        }`,
    },
    {
      name: 'an MD5 digest (weak hash, its own message), reported where it is made, not again where it is stored',
      code: `
        import { createHash } from 'node:crypto';
        import { eq } from 'drizzle-orm';
        import { db, members } from './lib.js';
        export async function resetPassword(id: number, password: string): Promise<void> {
          const digest = createHash('md5').update(password).digest('hex'); // expect: privacy/no-plaintext-password
          await db.update(members).set({ passwordHash: digest }).where(eq(members.id, id));
        }`,
    },
    {
      name: 'an MD5 digest returned by a helper, never seen stored',
      code: `
        import { createHash } from 'node:crypto';
        import type { SignupForm } from './lib.js';
        function digestOf(secret: string): string {
          return createHash('md5').update(secret).digest('hex'); // expect: privacy/no-plaintext-password
        }
        export function legacyToken(form: SignupForm): string {
          return digestOf(form.password);
        }`,
    },
    {
      name: 'argon2 with type argon2i (not the accepted argon2id)',
      code: `
        // @ts-ignore: untyped here, recognised by the import
        import argon2 from 'argon2';
        import type { SignupForm } from './lib.js';
        export function hashFor(form: SignupForm): Promise<string> {
          return argon2.hash(form.password, { type: argon2.argon2i }); // expect: privacy/no-plaintext-password
        }`,
    },
    {
      name: 'a SHA-1 digest',
      code: `
        import { createHash } from 'node:crypto';
        import { db, members, type SignupForm } from './lib.js';
        export async function signup(form: SignupForm): Promise<void> {
          const passwordHash = createHash('sha1').update(form.password).digest('base64'); // expect: privacy/no-plaintext-password
          await db.insert(members).values({ email: form.email, passwordHash });
        }`,
    },
    {
      name: 'an unsalted SHA-256 digest',
      code: `
        import { createHash } from 'node:crypto';
        import { db, members, type SignupForm } from './lib.js';
        export async function signup(form: SignupForm): Promise<void> {
          const passwordHash = createHash('sha256').update(form.password).digest('hex'); // expect: privacy/no-plaintext-password
          await db.insert(members).values({ email: form.email, passwordHash });
        }`,
    },
    {
      name: 'an HMAC is not a password hash',
      code: `
        import { createHmac } from 'node:crypto';
        import { db, members, type SignupForm } from './lib.js';
        export async function signup(form: SignupForm): Promise<void> {
          const passwordHash = createHmac('sha256', process.env.PEPPER ?? '').update(form.password).digest('hex'); // expect: privacy/no-plaintext-password
          await db.insert(members).values({ email: form.email, passwordHash });
        }`,
    },
    {
      name: 'encrypted (reversible) is not hashed',
      code: `
        import { db, encryptField, members, type SignupForm } from './lib.js';
        export async function signup(form: SignupForm): Promise<void> {
          await db.insert(members).values({ email: form.email, passwordHash: encryptField(form.password) }); // expect: privacy/no-plaintext-password
        }`,
    },
    {
      name: 'a request dump in the log',
      code: `
        import { logger, type SignupForm } from './lib.js';
        export function onSignupRequest(form: SignupForm): void {
          logger.info({ body: form }, 'signup request'); // expect: privacy/no-plaintext-password
        }`,
    },
    {
      name: 'kept in localStorage',
      code: `
        import type { SignupForm } from './lib.js';
        export function rememberMe(form: SignupForm): void {
          localStorage.setItem('login', JSON.stringify({ email: form.email, password: form.password })); // expect: privacy/no-plaintext-password
        }`,
    },
    {
      name: 'written to a file',
      code: `
        import { writeFileSync } from 'node:fs';
        import type { SignupForm } from './lib.js';
        export function exportUsers(forms: SignupForm[]): void {
          for (const form of forms) writeFileSync(\`users/\${form.email}.json\`, JSON.stringify(form)); // expect: privacy/no-plaintext-password
        }`,
    },
    {
      name: 'sent to a CRM',
      code: `
        import axios from 'axios';
        import type { SignupForm } from './lib.js';
        export async function syncLead(form: SignupForm): Promise<void> {
          await axios.post('https://crm.partner.example/v1/leads', { email: form.email, password: form.password }); // expect: privacy/no-plaintext-password
        }`,
    },
    {
      name: 'through a helper that stores what it is given: the finding is in the helper',
      code: `
        import { eq } from 'drizzle-orm';
        import { db, members } from './lib.js';
        async function savePassword(id: number, secret: string): Promise<void> {
          await db.update(members).set({ passwordHash: secret }).where(eq(members.id, id)); // expect: privacy/no-plaintext-password
        }
        export async function onReset(id: number, newPassword: string): Promise<void> {
          await savePassword(id, newPassword);
        }`,
    },
  ],
};

testRule('no-plaintext-password', cases);
