import { type Cases, testRule } from '../../test/rules/tester.js';

/** The cases of privacy/no-personal-data-in-logs: run by RuleTester and through the CLI (test/rules/tester.ts). */
const cases: Cases = {
  valid: [
    {
      name: 'only the member id is logged',
      code: `
        import { logger, type Member } from './lib.js';
        export function onSignup(member: Member): void {
          logger.info({ memberId: member.id }, 'member signed up');
        }`,
    },
    {
      name: 'the phone passes through the declared masker',
      code: `
        import { logger, maskPhone, type Member } from './lib.js';
        export function onSms(member: Member): void {
          logger.info(\`SMS sent to \${maskPhone(member.phone)}\`);
        }`,
    },
    {
      name: 'the email passes through the declared masker inside a log object',
      code: `
        import { logger, maskEmail, type Member } from './lib.js';
        export function onMail(member: Member): void {
          logger.info({ to: maskEmail(member.email), template: 'welcome' }, 'mail sent');
        }`,
    },
    {
      name: 'a length, not the value',
      code: `
        import type { SignupForm } from './lib.js';
        export function onWeakPassword(form: SignupForm): void {
          console.warn('password too short:', form.password.length, 'characters');
        }`,
    },
    {
      name: 'a non-personal field of a personal form',
      code: `
        import { logger, type SignupForm } from './lib.js';
        export function onSignup(form: SignupForm): void {
          logger.info({ referrer: form.referrer }, 'signup');
        }`,
    },
    {
      name: 'personal data stored (not logged) with a count in the log',
      code: `
        import { db, logger, members, type SignupForm } from './lib.js';
        export async function importMembers(forms: SignupForm[]): Promise<void> {
          for (const form of forms) await db.insert(members).values({ email: form.email, name: form.name, phone: form.phone });
          logger.info({ count: forms.length }, 'members imported');
        }`,
    },
    {
      name: 'a reviewed exception with a reason (privacy-lint-disable-next-line)',
      code: `
        import { logger, type Member } from './lib.js';
        export function breakGlass(member: Member): void {
          // privacy-lint-disable-next-line no-personal-data-in-logs -- break-glass audit trail, reviewed by the privacy officer (PRIV-12)
          logger.warn({ email: member.email }, 'break-glass access');
        }`,
    },
    {
      name: 'an error without personal data',
      code: `
        import { logger } from './lib.js';
        export function onFailure(orderId: string, err: Error): void {
          logger.error({ orderId, err: err.message }, 'payment failed');
        }`,
    },
    {
      name: 'logged only outside production: a test-environment check, NODE_ENV, and the else of a production check',
      code: `
        import { logger, type Member } from './lib.js';
        declare const environment: { isTestEnv(): boolean; isProduction(): boolean };
        export function debugSignup(member: Member): void {
          if (environment.isTestEnv()) console.log('signup', member.email);
          if (process.env.NODE_ENV === 'development') logger.info({ email: member.email }, 'signup');
          if (environment.isProduction()) logger.info({ id: member.id }, 'signup');
          else console.debug(member.phone);
        }`,
    },
    {
      name: 'access logs without the client IP address: morgan tiny, pino-http with the address redacted',
      code: `
        import morgan from 'morgan';
        import { pinoHttp } from 'pino-http';
        export const accessLog = morgan('tiny');
        export const requestLog = pinoHttp({ redact: ['req.remoteAddress'] });`,
    },
  ],
  invalid: [
    {
      name: 'an email interpolated into a pino message',
      code: `
        import { logger, type SignupForm } from './lib.js';
        export function onSignup(form: SignupForm): void {
          logger.info(\`signup from \${form.email}\`); // expect: privacy/no-personal-data-in-logs
        }`,
    },
    {
      name: 'a whole form to console.log',
      code: `
        import type { SignupForm } from './lib.js';
        export function debugSignup(form: SignupForm): void {
          console.log('signup form', form); // expect: privacy/no-personal-data-in-logs
        }`,
    },
    {
      name: 'nested in a pino object',
      code: `
        import { logger, type Member } from './lib.js';
        export function onCall(member: Member): void {
          logger.info({ call: { to: member.phone, at: Date.now() } }, 'call placed'); // expect: privacy/no-personal-data-in-logs
        }`,
    },
    {
      name: 'destructured, then logged at warn',
      code: `
        import { logger, type SignupForm } from './lib.js';
        export function onDuplicate(form: SignupForm): void {
          const { email, name } = form;
          logger.warn({ email, name }, 'duplicate signup'); // expect: privacy/no-personal-data-in-logs
        }`,
    },
    {
      name: 'spread into a log object',
      code: `
        import { logger, type Member } from './lib.js';
        export function onBillingError(member: Member): void {
          logger.error({ ...member, step: 'billing' }, 'billing failed'); // expect: privacy/no-personal-data-in-logs
        }`,
    },
    {
      name: 'a helper logs what its callers pass: the finding is in the helper',
      code: `
        import type { Member } from './lib.js';
        function audit(action: string, subject: unknown): void {
          console.info(\`[audit] \${action}\`, subject); // expect: privacy/no-personal-data-in-logs
        }
        export function onLogin(member: Member): void {
          audit('login', member.email);
        }`,
    },
    {
      name: 'a child logger bound to the phone',
      code: `
        import { logger, type Member } from './lib.js';
        export function smsLogger(member: Member) {
          return logger.child({ phone: member.phone }); // expect: privacy/no-personal-data-in-logs
        }`,
    },
    {
      name: 'interpolation: masking one value does not cover the other',
      code: `
        import { logger, maskPhone, type Member } from './lib.js';
        export function onContact(member: Member): void {
          logger.info(\`contact \${maskPhone(member.phone)} / \${member.email}\`); // expect: privacy/no-personal-data-in-logs
        }`,
    },
    {
      name: 'JSON.stringify of the member',
      code: `
        import type { Member } from './lib.js';
        export function dump(member: Member): void {
          console.debug(JSON.stringify(member)); // expect: privacy/no-personal-data-in-logs
        }`,
    },
    {
      name: 'an error tracker (Sentry) receives the email',
      code: `
        import * as Sentry from '@sentry/node';
        import type { SignupForm } from './lib.js';
        export function onLoginFailure(form: SignupForm): void {
          Sentry.captureMessage(\`login failed for \${form.email}\`); // expect: privacy/no-personal-data-in-logs
        }`,
    },
    {
      name: 'a flag that may be on in production is not an environment check; the production branch still logs',
      code: `
        import { logger, type Member } from './lib.js';
        declare const environment: { isProduction(): boolean };
        declare const config: { verbose: boolean };
        export function onSignup(member: Member): void {
          if (config.verbose) console.log('signup', member.email); // expect: privacy/no-personal-data-in-logs
          if (environment.isProduction()) logger.info({ email: member.email }, 'signup'); // expect: privacy/no-personal-data-in-logs
          if (process.env.NODE_ENV !== 'test') logger.info({ phone: member.phone }, 'signup'); // expect: privacy/no-personal-data-in-logs
        }`,
    },
    {
      name: "an access log in Apache's combined format logs every request's client IP address",
      code: `
        import morgan from 'morgan';
        export const accessLog = morgan('combined'); // expect: privacy/no-personal-data-in-logs`,
    },
  ],
};

testRule('no-personal-data-in-logs', cases);
