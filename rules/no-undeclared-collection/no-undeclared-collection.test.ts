import { type Cases, testRule } from '../../test/rules/tester.js';

/** The cases of privacy/no-undeclared-collection: run by RuleTester and through the CLI (test/rules/tester.ts). */
const cases: Cases = {
  valid: [
    {
      name: 'items a purpose lists',
      code: `
        import { db, profiles, type ProfileForm } from './lib.js';
        export async function register(form: ProfileForm): Promise<void> {
          await db.insert(profiles).values({ email: form.email, name: form.name, phone: form.phone });
        }`,
    },
    {
      name: 'counts and ids only',
      code: `
        import { eq } from 'drizzle-orm';
        import { db, profiles } from './lib.js';
        export async function tagCampaign(id: number, campaign: string): Promise<void> {
          await db.update(profiles).set({ campaign }).where(eq(profiles.id, id));
        }`,
    },
    {
      name: 'a sensitive item is judged by no-sensitive-collection, not here',
      code: `
        import { eq } from 'drizzle-orm';
        import { db, profiles, type ProfileForm } from './lib.js';
        export async function saveNotes(id: number, form: ProfileForm): Promise<void> {
          await db.update(profiles).set({ notes: form.notes }).where(eq(profiles.id, id));
        }`,
    },
    {
      name: 'a nickname kept in the browser (client storage is not collection)',
      code: `
        import type { ProfileForm } from './lib.js';
        export function rememberHandle(form: ProfileForm): void {
          localStorage.setItem('handle', form.handle);
        }`,
    },
    {
      name: 'declared items posted to the own API',
      code: `
        import type { ProfileForm } from './lib.js';
        export async function submit(form: ProfileForm): Promise<Response> {
          return fetch('/api/members', { method: 'POST', body: JSON.stringify({ email: form.email, name: form.name }) });
        }`,
    },
    {
      name: 'a parameterised pg query with declared items',
      code: `
        import { pg, type ProfileForm } from './lib.js';
        const client = new pg.Client();
        export async function register(form: ProfileForm): Promise<void> {
          await client.query('insert into profiles (email, name) values ($1, $2)', [form.email, form.name]);
        }`,
    },
    {
      name: 'declared items shared with a declared recipient',
      code: `
        import axios from 'axios';
        import type { ProfileForm } from './lib.js';
        export async function shareWithPartner(form: ProfileForm): Promise<void> {
          await axios.post('https://api.partner.example/v1/members', { email: form.email, name: form.name });
        }`,
    },
    {
      name: 'the nickname is shown, not stored',
      code: `
        import type { ProfileForm } from './lib.js';
        export function greeting(form: ProfileForm): string {
          return \`Welcome, \${form.handle}!\`;
        }`,
    },
  ],
  invalid: [
    {
      name: 'a marketing source stored with the signup',
      code: `
        import { db, profiles, type ProfileForm } from './lib.js';
        export async function register(form: ProfileForm): Promise<void> {
          await db.insert(profiles).values({ email: form.email, name: form.name, source: form.source }); // expect: privacy/no-undeclared-collection
        }`,
    },
    {
      name: 'a nickname set in an update',
      code: `
        import { eq } from 'drizzle-orm';
        import { db, profiles, type ProfileForm } from './lib.js';
        export async function rename(id: number, form: ProfileForm): Promise<void> {
          await db.update(profiles).set({ handle: form.handle }).where(eq(profiles.id, id)); // expect: privacy/no-undeclared-collection
        }`,
    },
    {
      name: 'the own API still collects what it is sent',
      code: `
        import type { ProfileForm } from './lib.js';
        export async function submit(form: ProfileForm): Promise<Response> {
          return fetch('/api/profile', { method: 'POST', body: JSON.stringify({ handle: form.handle }) }); // expect: privacy/no-undeclared-collection
        }`,
    },
    {
      name: 'a marketing source sent to an ad partner',
      code: `
        import axios from 'axios';
        import type { ProfileForm } from './lib.js';
        export async function attribute(form: ProfileForm): Promise<void> {
          await axios.post('https://ads.example.net/conversions', { email: form.email, source: form.source }); // expect: privacy/no-undeclared-collection
        }`,
    },
    {
      name: 'written to a file',
      code: `
        import { writeFileSync } from 'node:fs';
        import type { ProfileForm } from './lib.js';
        export function exportHandles(forms: ProfileForm[]): void {
          writeFileSync('handles.csv', forms.map((f) => f.handle).join('\\n')); // expect: privacy/no-undeclared-collection
        }`,
    },
    {
      name: 'a parameterised pg query',
      code: `
        import { pg, type ProfileForm } from './lib.js';
        const client = new pg.Client();
        export async function register(form: ProfileForm): Promise<void> {
          await client.query('insert into profiles (email, handle) values ($1, $2)', [form.email, form.handle]); // expect: privacy/no-undeclared-collection
        }`,
    },
    {
      name: 'the whole form spread into the insert: one finding for both items',
      code: `
        import { db, profiles, type ProfileForm } from './lib.js';
        export async function register(form: ProfileForm): Promise<void> {
          await db.insert(profiles).values({ ...form }); // expect: privacy/no-undeclared-collection
        }`,
    },
    {
      name: 'through a helper: the finding is where the data arrives',
      code: `
        import { db, profiles, type ProfileForm } from './lib.js';
        async function saveField(column: 'handle' | 'source', value: string): Promise<void> {
          await db.insert(profiles).values({ [column]: value }); // expect: privacy/no-undeclared-collection
        }
        export async function onboard(form: ProfileForm): Promise<void> {
          await saveField('handle', form.handle);
        }`,
    },
  ],
};

testRule('no-undeclared-collection', cases);
