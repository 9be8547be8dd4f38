import { type Cases, testRule } from '../../test/rules/tester.js';

/** The cases of privacy/no-undeclared-transfer: run by RuleTester and through the CLI (test/rules/tester.ts). */
const cases: Cases = {
  valid: [
    {
      name: 'the phone to the declared SMS processor (NAVER Cloud SENS)',
      code: `
        import axios from 'axios';
        import type { OrderForm } from './lib.js';
        export async function notify(form: OrderForm): Promise<void> {
          await axios.post('https://sens.apigw.ntruss.com/sms/v2/services/svc/messages', { to: form.phone, content: 'Your order shipped' });
        }`,
    },
    {
      name: 'the items Toss Payments is declared for',
      code: `
        import axios from 'axios';
        import type { OrderForm } from './lib.js';
        export async function pay(form: OrderForm, amount: number): Promise<void> {
          await axios.post('https://api.tosspayments.com/v1/payments/key-in', { cardNumber: form.cardNumber, customerName: form.name, customerEmail: form.email, amount });
        }`,
    },
    {
      name: 'a relative URL is the own API',
      code: `
        import type { OrderForm } from './lib.js';
        export async function submit(form: OrderForm): Promise<Response> {
          return fetch('/api/orders', { method: 'POST', body: JSON.stringify(form) });
        }`,
    },
    {
      name: 'a host controller.ownHosts lists',
      code: `
        import axios from 'axios';
        import type { OrderForm } from './lib.js';
        export async function sync(form: OrderForm): Promise<void> {
          await axios.put('https://orders.shop.example/v1/customers', { email: form.email, phone: form.phone });
        }`,
    },
    {
      name: 'a masked phone leaves the service',
      code: `
        import axios from 'axios';
        import { maskPhone, type OrderForm } from './lib.js';
        export async function openTicket(form: OrderForm): Promise<void> {
          await axios.post('https://support.helpdesk.example/tickets', { contact: maskPhone(form.phone), subject: 'delivery' });
        }`,
    },
    {
      name: 'the CRM reached through its declared env var',
      code: `
        import axios from 'axios';
        import type { OrderForm } from './lib.js';
        export async function syncLead(form: OrderForm): Promise<void> {
          await axios.post(\`\${process.env.CRM_URL}/leads\`, { email: form.email, name: form.name });
        }`,
    },
    {
      name: 'Sentry gets only the email it is declared (and transferred abroad) for',
      code: `
        import * as Sentry from '@sentry/node';
        import type { OrderForm } from './lib.js';
        export function onCheckoutError(form: OrderForm, err: Error): void {
          Sentry.setUser({ email: form.email });
          Sentry.captureException(err);
        }`,
    },
    {
      name: 'nothing personal to an undeclared host',
      code: `
        import axios from 'axios';
        export async function reportStock(sku: string, count: number): Promise<void> {
          await axios.post('https://stats.vendor.example/stock', { sku, count, at: new Date().toISOString() });
        }`,
    },
  ],
  invalid: [
    {
      name: 'the phone to an undeclared SMS vendor',
      code: `
        import axios from 'axios';
        import type { OrderForm } from './lib.js';
        export async function notify(form: OrderForm): Promise<void> {
          await axios.post('https://api.sms-vendor.example/v1/send', { to: form.phone, text: 'Your order shipped' }); // expect: privacy/no-undeclared-transfer
        }`,
    },
    {
      name: 'a declared processor receiving an item beyond its list',
      code: `
        import axios from 'axios';
        import type { OrderForm } from './lib.js';
        export async function pay(form: OrderForm, amount: number): Promise<void> {
          await axios.post('https://api.tosspayments.com/v1/payments/key-in', { cardNumber: form.cardNumber, customerMobilePhone: form.phone, amount }); // expect: privacy/no-undeclared-transfer
        }`,
    },
    {
      name: 'an overseas processor with no overseasTransfers entry',
      code: `
        import axios from 'axios';
        import type { OrderForm } from './lib.js';
        export async function sendReceipt(form: OrderForm): Promise<void> {
          await axios.post('https://api.mailgun.net/v3/mg.shop.example/messages', { to: form.email, subject: 'Your receipt' }); // expect: privacy/no-undeclared-transfer
        }`,
    },
    {
      name: 'fetch with a JSON body to an undeclared host',
      code: `
        import type { OrderForm } from './lib.js';
        export async function track(form: OrderForm): Promise<void> {
          await fetch('https://collect.analytics.example/v1/identify', { method: 'POST', body: JSON.stringify({ email: form.email }) }); // expect: privacy/no-undeclared-transfer
        }`,
    },
    {
      name: 'an axios instance whose baseURL is an undeclared partner',
      code: `
        import axios from 'axios';
        import type { OrderForm } from './lib.js';
        const partner = axios.create({ baseURL: 'https://api.delivery-partner.example' });
        export async function ship(form: OrderForm): Promise<void> {
          await partner.post('/shipments', { recipient: form.name, phone: form.phone }); // expect: privacy/no-undeclared-transfer
        }`,
    },
    {
      name: 'Sentry receives the phone it is not declared for',
      code: `
        import * as Sentry from '@sentry/node';
        import type { OrderForm } from './lib.js';
        export function onSmsError(form: OrderForm): void {
          Sentry.captureMessage(\`SMS to \${form.phone} failed\`); // expect: privacy/no-undeclared-transfer
        }`,
    },
    {
      name: 'an endpoint from an env var no party recognises',
      code: `
        import axios from 'axios';
        import type { OrderForm } from './lib.js';
        export async function syncLead(form: OrderForm): Promise<void> {
          await axios.post(\`\${process.env.LEADS_URL}/new\`, { email: form.email }); // expect: privacy/no-undeclared-transfer
        }`,
    },
    {
      name: 'an SMS helper: the finding is at the call inside the helper',
      code: `
        import axios from 'axios';
        import type { OrderForm } from './lib.js';
        const SMS_API = 'https://api.cheap-sms.example/send';
        async function sendSms(to: string, text: string): Promise<void> {
          await axios.post(SMS_API, { to, text }); // expect: privacy/no-undeclared-transfer
        }
        export async function onShipped(form: OrderForm): Promise<void> {
          await sendSms(form.phone, 'Your order shipped');
        }`,
    },
  ],
};

testRule('no-undeclared-transfer', cases);
