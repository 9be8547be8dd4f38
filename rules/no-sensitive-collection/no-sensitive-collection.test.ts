import { type Cases, testRule } from '../../test/rules/tester.js';

/** The cases of privacy/no-sensitive-collection: run by RuleTester and through the CLI (test/rules/tester.ts). */
const cases: Cases = {
  valid: [
    {
      name: 'a sensitive item whose purpose has separate consent',
      code: `
        import { bookings, db, type BookingForm } from './lib.js';
        export async function book(form: BookingForm): Promise<void> {
          await db.insert(bookings).values({ email: form.email, name: form.name, accessNeeds: form.accessNeeds });
        }`,
    },
    {
      name: 'a transit-only RRN sent to the party allowedSinks names (NICE)',
      code: `
        import axios from 'axios';
        import { NICE_URL, type BookingForm } from './lib.js';
        export async function verify(form: BookingForm): Promise<boolean> {
          const res = await axios.post(NICE_URL, { name: form.name, rrn: form.residentNo });
          return res.status === 200;
        }`,
    },
    {
      name: 'a unique identifier collected under a statute',
      code: `
        import { bookings, db, type BookingForm } from './lib.js';
        export async function checkLicence(form: BookingForm): Promise<void> {
          await db.insert(bookings).values({ email: form.email, licenceNo: form.licenceNo });
        }`,
    },
    {
      name: 'ordinary items only',
      code: `
        import { bookings, db, type BookingForm } from './lib.js';
        export async function book(form: BookingForm): Promise<void> {
          await db.insert(bookings).values({ email: form.email, name: form.name });
        }`,
    },
    {
      name: 'the RRN is validated, never stored',
      code: `
        import { bookings, db, type BookingForm } from './lib.js';
        export async function book(form: BookingForm): Promise<void> {
          if (!/^\\d{6}-?[1-4]\\d{6}$/.test(form.residentNo)) throw new Error('invalid resident registration number');
          await db.insert(bookings).values({ email: form.email, name: form.name });
        }`,
    },
    {
      name: 'the RRN goes to NICE through a helper',
      code: `
        import { NICE_URL, type BookingForm } from './lib.js';
        async function niceCheck(rrn: string, name: string): Promise<boolean> {
          const res = await fetch(NICE_URL, { method: 'POST', body: JSON.stringify({ rrn, name }) });
          return res.ok;
        }
        export async function verify(form: BookingForm): Promise<boolean> {
          return niceCheck(form.residentNo, form.name);
        }`,
    },
    {
      name: 'only the verification result is kept',
      code: `
        import axios from 'axios';
        import { bookings, db, NICE_URL, type BookingForm } from './lib.js';
        export async function verifyAndBook(form: BookingForm): Promise<void> {
          const res = await axios.post<{ result: string }>(NICE_URL, { rrn: form.residentNo });
          await db.insert(bookings).values({ email: form.email, verified: res.data.result });
        }`,
    },
    {
      name: 'a sensitive item with consent sent to the own API',
      code: `
        import type { BookingForm } from './lib.js';
        export async function saveNeeds(form: BookingForm): Promise<void> {
          await fetch('https://api.clinic.example/v1/access-needs', { method: 'PUT', body: JSON.stringify({ needs: form.accessNeeds }) });
        }`,
    },
  ],
  invalid: [
    {
      name: 'a health note stored without separate consent',
      code: `
        import { bookings, db, type BookingForm } from './lib.js';
        export async function book(form: BookingForm): Promise<void> {
          await db.insert(bookings).values({ email: form.email, notes: form.notes }); // expect: privacy/no-sensitive-collection
        }`,
    },
    {
      name: 'a transit-only RRN stored',
      code: `
        import { bookings, db, type BookingForm } from './lib.js';
        export async function book(form: BookingForm): Promise<void> {
          await db.insert(bookings).values({ email: form.email, residentNo: form.residentNo }); // expect: privacy/no-sensitive-collection
        }`,
    },
    {
      name: 'a transit-only RRN sent to a host outside allowedSinks',
      code: `
        import axios from 'axios';
        import type { BookingForm } from './lib.js';
        export async function verify(form: BookingForm): Promise<void> {
          await axios.post('https://id-check.other.example/v2/verify', { rrn: form.residentNo }); // expect: privacy/no-sensitive-collection
        }`,
    },
    {
      name: 'a passport number no purpose collects',
      code: `
        import { eq } from 'drizzle-orm';
        import { bookings, db, type BookingForm } from './lib.js';
        export async function addPassport(id: number, form: BookingForm): Promise<void> {
          await db.update(bookings).set({ passport: form.passport }).where(eq(bookings.id, id)); // expect: privacy/no-sensitive-collection
        }`,
    },
    {
      name: 'a handling: never item sent even to the own API',
      code: `
        import type { BookingForm } from './lib.js';
        export async function enrolFace(form: BookingForm): Promise<void> {
          await fetch('/api/faces', { method: 'POST', body: JSON.stringify({ vector: form.faceVector }) }); // expect: privacy/no-sensitive-collection
        }`,
    },
    {
      name: 'a health note kept in the browser',
      code: `
        import type { BookingForm } from './lib.js';
        export function saveDraft(form: BookingForm): void {
          localStorage.setItem('booking-draft', JSON.stringify({ notes: form.notes })); // expect: privacy/no-sensitive-collection
        }`,
    },
    {
      name: 'an RRN written to a file',
      code: `
        import { appendFileSync } from 'node:fs';
        import type { BookingForm } from './lib.js';
        export function auditVerification(form: BookingForm): void {
          appendFileSync('verifications.log', \`\${form.name},\${form.residentNo}\\n\`); // expect: privacy/no-sensitive-collection
        }`,
    },
    {
      name: 'a health note sent to a third-party host',
      code: `
        import axios from 'axios';
        import type { BookingForm } from './lib.js';
        export async function forwardToPartner(form: BookingForm): Promise<void> {
          await axios.post('https://partner-clinic.example/referrals', { name: form.name, notes: form.notes }); // expect: privacy/no-sensitive-collection
        }`,
    },
    {
      name: 'two broken items in one call make one finding',
      code: `
        import { bookings, db, type BookingForm } from './lib.js';
        export async function importBooking(form: BookingForm): Promise<void> {
          await db.insert(bookings).values({ ...form }); // expect: privacy/no-sensitive-collection
        }`,
    },
  ],
};

testRule('no-sensitive-collection', cases);
