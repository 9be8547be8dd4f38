import { type Cases, testRule } from '../../test/rules/tester.js';

/** The cases of privacy/valid-annotations: run by RuleTester and through the CLI (test/rules/tester.ts). */
const cases: Cases = {
  valid: [
    {
      name: '@personal naming a declared item',
      code: `
        export interface SignupDto {
          /** @personal email */
          contact: string;
        }`,
    },
    {
      name: '@personal with a description after the id (the words after it are not ids)',
      code: `
        export interface SignupDto {
          /** @personal email the member's contact address */
          contact: string;
          /** @personal name, phone for the booking confirmation */
          holder: string;
        }`,
    },
    {
      name: '@personal among other JSDoc tags',
      code: `
        export class Member {
          /**
           * Mobile number, E.164.
           * @personal phone
           * @deprecated use contacts[]
           */
          mobile = '';
        }`,
    },
    {
      name: '@privacyEvent naming a declared event',
      code: `
        /** @privacyEvent membership_withdrawal */
        export async function withdraw(memberId: number): Promise<void> {
          void memberId;
        }`,
    },
    {
      name: '@retention naming a declared rule',
      code: `
        /**
         * Nightly purge of withdrawn members.
         * @retention membership
         */
        export async function purgeWithdrawn(): Promise<void> {}`,
    },
    {
      name: 'two declared items on one tag',
      code: `
        export interface Contact {
          /** @personal email, phone */
          reachableAt: string;
        }`,
    },
    {
      name: 'a line comment mentioning @personal is no tag',
      code: `
        // The DTO fields carry @personal tags in lib.ts.
        export const version = 1;`,
    },
    {
      name: 'the Personal<> brand type needs no tag',
      code: `
        import type { Personal } from 'privacy-lint';
        export interface Applicant {
          name: Personal<string, 'name'>;
        }`,
    },
    {
      name: 'a suppression comment with a reason',
      code: `
        export function legacy(): void {
          // privacy-lint-disable-next-line no-personal-data-in-logs -- legacy audit log, removal tracked in PRIV-31
          console.log('legacy');
        }`,
    },
  ],
  invalid: [
    {
      name: 'a misspelt item id',
      code: `
        export interface SignupDto {
          /** @personal emial */ // expect: privacy/valid-annotations
          contact: string;
        }`,
    },
    {
      name: 'an unknown id after a comma, before the description',
      code: `
        export interface SignupDto {
          /** @personal email, phon the member's contact numbers */ // expect: privacy/valid-annotations
          contact: string;
        }`,
    },
    {
      name: 'a tag with no id',
      code: `
        export interface SignupDto {
          /** @personal */ // expect: privacy/valid-annotations
          contact: string;
        }`,
    },
    {
      name: 'an unknown event',
      code: `
        /** @privacyEvent account_deleted */ // expect: privacy/valid-annotations
        export async function withdraw(memberId: number): Promise<void> {
          void memberId;
        }`,
    },
    {
      name: 'an unknown retention rule',
      code: `
        // Nightly purge of withdrawn members.
        /** @retention members_purge */ // expect: privacy/valid-annotations
        export async function purge(): Promise<void> {}`,
    },
    {
      name: 'an item the manifest does not have on a class property',
      code: `
        export class Member {
          /** @personal birth_date */ // expect: privacy/valid-annotations
          born = '';
        }`,
    },
    {
      name: 'two unknown ids on one tag make two findings',
      code: `
        export interface Contact {
          /** @personal fax, pager */ // expect: privacy/valid-annotations, privacy/valid-annotations
          other: string;
        }`,
    },
    {
      name: 'a misspelt id on a type alias',
      code: `
        /** @personal addres */ // expect: privacy/valid-annotations
        export type Address = string;`,
    },
    {
      name: 'a suppression comment without a reason suppresses nothing and is reported',
      code: `
        export function legacy(): void {
          // privacy-lint-disable-next-line no-personal-data-in-logs // expect: privacy/valid-annotations
          console.log('legacy');
        }`,
    },
  ],
};

testRule('valid-annotations', cases);
