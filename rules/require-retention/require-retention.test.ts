import { type Cases, testRule } from '../../test/rules/tester.js';

/**
 * The cases of privacy/require-retention: run by RuleTester and through the CLI (test/rules/tester.ts).
 * Retention is judged per store; the finding is at the store's declaration (here Drizzle's pgTable call).
 */
const cases: Cases = {
  // Retention is judged per store over the whole program, and these cases declare the same tables.
  isolated: true,
  valid: [
    {
      name: "rows deleted from the withdrawal event's handler (events.code in privacy.yaml)",
      code: `
        import { eq } from 'drizzle-orm';
        import { pgTable, serial, text } from 'drizzle-orm/pg-core';
        import { db } from './lib.js';
        export const members = pgTable('members', { id: serial('id').primaryKey(), email: text('email'), name: text('name'), phone: text('phone') });
        export async function withdraw(memberId: number): Promise<void> {
          await db.delete(members).where(eq(members.id, memberId));
        }`,
    },
    {
      name: 'a @privacyEvent handler deletes the rows',
      code: `
        import { eq } from 'drizzle-orm';
        import { pgTable, serial, text } from 'drizzle-orm/pg-core';
        import { db } from './lib.js';
        export const members = pgTable('members', { id: serial('id').primaryKey(), email: text('email'), name: text('name') });
        /** @privacyEvent membership_withdrawal */
        export async function onMemberLeft(memberId: number): Promise<void> {
          await db.delete(members).where(eq(members.id, memberId));
        }`,
    },
    {
      name: "a nightly purge with the rule's period (node-cron, date-fns)",
      code: `
        import { subMonths } from 'date-fns';
        import { lt } from 'drizzle-orm';
        import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
        import cron from 'node-cron';
        import { db } from './lib.js';
        export const accessLogs = pgTable('access_logs', { id: serial('id').primaryKey(), ipAddress: text('ip_address'), at: timestamp('at').notNull() });
        cron.schedule('0 3 * * *', async () => {
          await db.delete(accessLogs).where(lt(accessLogs.at, subMonths(new Date(), 3)));
        });`,
    },
    {
      name: 'a store holding nothing personal',
      code: `
        import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
        export const facilities = pgTable('facilities', { id: serial('id').primaryKey(), title: text('title'), capacity: integer('capacity') });`,
    },
    {
      name: 'child rows go with their parent (onDelete: cascade)',
      code: `
        import { eq } from 'drizzle-orm';
        import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
        import { db } from './lib.js';
        export const members = pgTable('members', { id: serial('id').primaryKey(), email: text('email') });
        export const contacts = pgTable('contacts', {
          id: serial('id').primaryKey(),
          memberId: integer('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
          phone: text('phone'),
        });
        export async function withdraw(memberId: number): Promise<void> {
          await db.delete(members).where(eq(members.id, memberId));
        }`,
    },
    {
      name: 'personal columns anonymised at withdrawal',
      code: `
        import { eq } from 'drizzle-orm';
        import { pgTable, serial, text } from 'drizzle-orm/pg-core';
        import { db } from './lib.js';
        export const members = pgTable('members', { id: serial('id').primaryKey(), email: text('email'), name: text('name') });
        export async function withdraw(memberId: number): Promise<void> {
          await db.update(members).set({ email: null, name: null }).where(eq(members.id, memberId));
        }`,
    },
    {
      name: 'payment records purged after the statutory five years',
      code: `
        import { subYears } from 'date-fns';
        import { lt } from 'drizzle-orm';
        import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
        import cron from 'node-cron';
        import { db } from './lib.js';
        export const payments = pgTable('payments', { id: serial('id').primaryKey(), cardNumber: text('card_number'), paidAt: timestamp('paid_at').notNull() });
        cron.schedule('0 4 1 * *', async () => {
          await db.delete(payments).where(lt(payments.paidAt, subYears(new Date(), 5)));
        });`,
    },
    {
      name: 'a purge job tagged with the rule it implements (@retention)',
      code: `
        import { subMonths } from 'date-fns';
        import { lt } from 'drizzle-orm';
        import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
        import { db } from './lib.js';
        export const accessLogs = pgTable('access_logs', { id: serial('id').primaryKey(), ipAddress: text('ip_address'), at: timestamp('at').notNull() });
        /** @retention access_logs */
        export async function purgeAccessLogs(): Promise<void> {
          await db.delete(accessLogs).where(lt(accessLogs.at, subMonths(new Date(), 3)));
        }`,
    },
  ],
  invalid: [
    {
      name: 'a members table with no deletion at all',
      code: `
        import { pgTable, serial, text } from 'drizzle-orm/pg-core';
        export const members = pgTable('members', { id: serial('id').primaryKey(), email: text('email'), phone: text('phone') }); // expect: privacy/require-retention`,
    },
    {
      name: 'a deletion no handler of the event reaches (a member cancelling a booking)',
      code: `
        import { eq } from 'drizzle-orm';
        import { pgTable, serial, text } from 'drizzle-orm/pg-core';
        import { db } from './lib.js';
        export const members = pgTable('members', { id: serial('id').primaryKey(), email: text('email'), name: text('name') }); // expect: privacy/require-retention
        export async function removeDuplicate(memberId: number): Promise<void> {
          await db.delete(members).where(eq(members.id, memberId));
        }`,
    },
    {
      name: 'a soft delete is no deletion',
      code: `
        import { eq } from 'drizzle-orm';
        import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
        import { db } from './lib.js';
        export const members = pgTable('members', { id: serial('id').primaryKey(), email: text('email'), deletedAt: timestamp('deleted_at') }); // expect: privacy/require-retention
        export async function withdraw(memberId: number): Promise<void> {
          await db.update(members).set({ deletedAt: new Date() }).where(eq(members.id, memberId));
        }`,
    },
    {
      name: 'an item with no retention rule',
      code: `
        import { date, pgTable, serial } from 'drizzle-orm/pg-core';
        export const birthdays = pgTable('birthdays', { id: serial('id').primaryKey(), birthDate: date('birth_date') }); // expect: privacy/require-retention`,
    },
    {
      name: 'a retention rule with end: unspecified',
      code: `
        import { pgTable, serial, text } from 'drizzle-orm/pg-core';
        export const profiles = pgTable('profiles', { // expect: privacy/require-retention
          id: serial('id').primaryKey(),
          /** @personal nickname */
          handle: text('handle'),
        });`,
    },
    {
      name: 'a purge whose period contradicts the rule (6 months for a 3-month rule)',
      code: `
        import { subMonths } from 'date-fns';
        import { lt } from 'drizzle-orm';
        import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
        import cron from 'node-cron';
        import { db } from './lib.js';
        export const accessLogs = pgTable('access_logs', { id: serial('id').primaryKey(), ipAddress: text('ip_address'), at: timestamp('at').notNull() }); // expect: privacy/require-retention
        cron.schedule('0 3 * * *', async () => {
          await db.delete(accessLogs).where(lt(accessLogs.at, subMonths(new Date(), 6)));
        });`,
    },
    {
      name: 'records that must be kept five years purged after one (early, and no matching purge)',
      code: `
        import { subYears } from 'date-fns';
        import { lt } from 'drizzle-orm';
        import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
        import cron from 'node-cron';
        import { db } from './lib.js';
        export const payments = pgTable('payments', { id: serial('id').primaryKey(), cardNumber: text('card_number'), paidAt: timestamp('paid_at').notNull() }); // expect: privacy/require-retention, privacy/require-retention
        cron.schedule('0 4 1 * *', async () => {
          await db.delete(payments).where(lt(payments.paidAt, subYears(new Date(), 1)));
        });`,
    },
    {
      name: 'records that must be kept five years deleted at withdrawal',
      code: `
        import { eq } from 'drizzle-orm';
        import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
        import { db } from './lib.js';
        export const payments = pgTable('payments', { id: serial('id').primaryKey(), memberId: integer('member_id'), cardNumber: text('card_number') }); // expect: privacy/require-retention, privacy/require-retention
        export async function withdraw(memberId: number): Promise<void> {
          await db.delete(payments).where(eq(payments.memberId, memberId));
        }`,
    },
  ],
};

testRule('require-retention', cases);
