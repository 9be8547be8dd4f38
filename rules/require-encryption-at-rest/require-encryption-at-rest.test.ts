import { type Cases, testRule } from '../../test/rules/tester.js';

/** The cases of privacy/require-encryption-at-rest: run by RuleTester and through the CLI (test/rules/tester.ts). */
const cases: Cases = {
  valid: [
    {
      name: 'the card number through the declared encryptor',
      code: `
        import { db, encryptField, payments, type PaymentForm } from './lib.js';
        export async function savePayment(form: PaymentForm): Promise<void> {
          await db.insert(payments).values({ email: form.email, cardNumber: encryptField(form.cardNumber) });
        }`,
    },
    {
      name: 'the refund account encrypted in an update',
      code: `
        import { eq } from 'drizzle-orm';
        import { db, encryptField, payments, type PaymentForm } from './lib.js';
        export async function setRefundAccount(id: number, form: PaymentForm): Promise<void> {
          if (!form.refundAccount) return;
          await db.update(payments).set({ refundAccount: encryptField(form.refundAccount) }).where(eq(payments.id, id));
        }`,
    },
    {
      name: 'the RRN encrypted for the tax record',
      code: `
        import { db, encryptField, payments, type PaymentForm } from './lib.js';
        export async function saveTaxRecord(form: PaymentForm): Promise<void> {
          const residentNo = encryptField(form.residentNo);
          await db.insert(payments).values({ name: form.name, residentNo });
        }`,
    },
    {
      name: 'a keyed HMAC of the RRN kept for lookups',
      code: `
        import { createHmac } from 'node:crypto';
        import { db, payments, type PaymentForm } from './lib.js';
        export async function indexResident(form: PaymentForm): Promise<void> {
          const residentNoHmac = createHmac('sha256', process.env.LOOKUP_KEY ?? '').update(form.residentNo).digest('hex');
          await db.insert(payments).values({ email: form.email, residentNoHmac });
        }`,
    },
    {
      name: 'an inline AES-GCM cipher',
      code: `
        import { createCipheriv, randomBytes } from 'node:crypto';
        import { db, payments, type PaymentForm } from './lib.js';
        export async function savePayment(form: PaymentForm, key: Buffer): Promise<void> {
          const iv = randomBytes(12);
          const cipher = createCipheriv('aes-256-gcm', key, iv);
          const sealed = Buffer.concat([iv, cipher.update(form.cardNumber, 'utf8'), cipher.final()]).toString('base64');
          await db.insert(payments).values({ email: form.email, cardNumber: sealed });
        }`,
    },
    {
      name: 'ordinary items stored in plain text',
      code: `
        import { db, payments, type PaymentForm } from './lib.js';
        export async function saveContact(form: PaymentForm): Promise<void> {
          await db.insert(payments).values({ email: form.email, name: form.name });
        }`,
    },
    {
      name: 'the card number sent to the payment processor (a transfer, not storage)',
      code: `
        import axios from 'axios';
        import type { PaymentForm } from './lib.js';
        export async function charge(form: PaymentForm, amount: number): Promise<void> {
          await axios.post('https://api.tosspayments.com/v1/payments/key-in', { cardNumber: form.cardNumber, amount, customerName: form.name });
        }`,
    },
    {
      name: 'the phone (listed in encryptAtRest.items) encrypted',
      code: `
        import { pg, encryptField, type PaymentForm } from './lib.js';
        const client = new pg.Client();
        export async function savePhone(id: number, form: PaymentForm): Promise<void> {
          await client.query('update payments set phone = $1 where id = $2', [encryptField(form.phone), id]);
        }`,
    },
  ],
  invalid: [
    {
      name: 'the card number stored in plain text',
      code: `
        import { db, payments, type PaymentForm } from './lib.js';
        export async function savePayment(form: PaymentForm): Promise<void> {
          await db.insert(payments).values({ email: form.email, cardNumber: form.cardNumber }); // expect: privacy/require-encryption-at-rest
        }`,
    },
    {
      name: 'the refund account set in plain text',
      code: `
        import { eq } from 'drizzle-orm';
        import { db, payments, type PaymentForm } from './lib.js';
        export async function setRefundAccount(id: number, form: PaymentForm): Promise<void> {
          await db.update(payments).set({ refundAccount: form.refundAccount }).where(eq(payments.id, id)); // expect: privacy/require-encryption-at-rest
        }`,
    },
    {
      name: 'the RRN stored in plain text for the tax record',
      code: `
        import { db, payments, type PaymentForm } from './lib.js';
        export async function saveTaxRecord(form: PaymentForm): Promise<void> {
          await db.insert(payments).values({ name: form.name, residentNo: form.residentNo }); // expect: privacy/require-encryption-at-rest
        }`,
    },
    {
      name: 'an MD5 of the RRN is not encryption',
      code: `
        import { createHash } from 'node:crypto';
        import { db, payments, type PaymentForm } from './lib.js';
        export async function indexResident(form: PaymentForm): Promise<void> {
          const residentNoHmac = createHash('md5').update(form.residentNo).digest('hex');
          await db.insert(payments).values({ email: form.email, residentNoHmac }); // expect: privacy/require-encryption-at-rest
        }`,
    },
    {
      name: 'the card number kept in the browser',
      code: `
        import type { PaymentForm } from './lib.js';
        export function rememberCard(form: PaymentForm): void {
          localStorage.setItem('card', form.cardNumber); // expect: privacy/require-encryption-at-rest
        }`,
    },
    {
      name: 'a payment export written to a file',
      code: `
        import { writeFile } from 'node:fs/promises';
        import type { PaymentForm } from './lib.js';
        export async function exportPayments(forms: PaymentForm[]): Promise<void> {
          await writeFile('payments.json', JSON.stringify(forms.map((f) => ({ email: f.email, card: f.cardNumber })))); // expect: privacy/require-encryption-at-rest
        }`,
    },
    {
      name: 'the phone, listed in security.encryptAtRest.items, in plain text',
      code: `
        import { pg, type PaymentForm } from './lib.js';
        const client = new pg.Client();
        export async function savePhone(id: number, form: PaymentForm): Promise<void> {
          await client.query('update payments set phone = $1 where id = $2', [form.phone, id]); // expect: privacy/require-encryption-at-rest
        }`,
    },
    {
      name: 'the card encrypted but the refund account not: one finding for the account',
      code: `
        import { db, encryptField, payments, type PaymentForm } from './lib.js';
        export async function savePayment(form: PaymentForm): Promise<void> {
          await db.insert(payments).values({ cardNumber: encryptField(form.cardNumber), refundAccount: form.refundAccount }); // expect: privacy/require-encryption-at-rest
        }`,
    },
    {
      name: 'through a repository helper: the finding is in the helper',
      code: `
        import { db, payments } from './lib.js';
        async function insertPayment(row: { email: string; cardNumber: string }): Promise<void> {
          await db.insert(payments).values(row); // expect: privacy/require-encryption-at-rest
        }
        export async function checkout(email: string, cardNumber: string): Promise<void> {
          await insertPayment({ email, cardNumber });
        }`,
    },
  ],
};

testRule('require-encryption-at-rest', cases);
