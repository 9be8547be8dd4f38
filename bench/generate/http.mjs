// The HTTP edges of a module: its express controller (routes -> zod -> service) and, for some
// modules, its axios client to a processor (or, for the undeclared-transfer mistake, to a host the
// manifest does not know).
import { EXPECT } from './common.mjs';
import { lines } from './util.mjs';

// ---------------------------------------------------------------------------------------------------
// Controllers

export function controllerFile(m, c) {
  const { E } = c;
  const R = `${m.camel}Router`;
  const id = 'Number(req.params.id)';
  const schemas = [`create${E}Schema`];
  const routes = [];
  let auth = ['requireUser'];
  if (m.archetype === 'account') {
    schemas.push(`login${E}Schema`, `update${E}Schema`, `withdraw${E}Schema`);
    auth = ['requireUser', 'signToken', 'userIdOf'];
    routes.push(
      `${R}.post('/', async (req, res) => {`,
      `  const id = await service.register${E}(create${E}Schema.parse(req.body));`,
      '  res.status(201).json({ id });',
      '});',
      '',
      `${R}.post('/login', async (req, res) => {`,
      `  const id = await service.login${E}(login${E}Schema.parse(req.body));`,
      '  res.json({ token: signToken(id) });',
      '});',
      '',
      `${R}.get('/me', requireUser, async (_req, res) => {`,
      `  res.json(await service.get${E}(userIdOf(res)));`,
      '});',
      '',
      `${R}.patch('/me', requireUser, async (req, res) => {`,
      `  await service.update${E}(userIdOf(res), update${E}Schema.parse(req.body));`,
      '  res.status(204).end();',
      '});',
      '',
      `${R}.post('/me/verify', requireUser, async (_req, res) => {`,
      `  await service.verify${E}(userIdOf(res));`,
      '  res.status(204).end();',
      '});',
      '',
      `${R}.delete('/me', requireUser, async (req, res) => {`,
      `  await service.withdraw${E}(userIdOf(res), withdraw${E}Schema.parse(req.body).password);`,
      '  res.status(204).end();',
      '});',
    );
  } else if (m.archetype === 'booking') {
    auth = ['requireUser', 'userIdOf'];
    if (c.update.length > 0) schemas.push(`update${E}Schema`);
    if (c.password) schemas.push(`cancel${E}Schema`);
    routes.push(
      `${R}.use(requireUser);`,
      '',
      `${R}.post('/', async (req, res) => {`,
      `  res.status(201).json(await service.create${E}(userIdOf(res), create${E}Schema.parse(req.body)));`,
      '});',
      '',
      `${R}.get('/:id', async (req, res) => {`,
      `  res.json(await service.get${E}(userIdOf(res), ${id}));`,
      '});',
      '',
      c.update.length > 0 && [
        `${R}.patch('/:id', async (req, res) => {`,
        `  await service.update${E}(userIdOf(res), ${id}, update${E}Schema.parse(req.body));`,
        '  res.status(204).end();',
        '});',
        '',
      ],
      `${R}.post('/:id/cancel', async (req, res) => {`,
      c.password
        ? [`  const { ${c.password.prop} } = cancel${E}Schema.parse(req.body);`, `  await service.cancel${E}(userIdOf(res), ${id}, ${c.password.prop});`]
        : `  await service.cancel${E}(userIdOf(res), ${id});`,
      '  res.status(204).end();',
      '});',
    );
  } else if (m.archetype === 'payment') {
    auth = ['requireUser', 'userIdOf'];
    schemas.push(`cancel${E}Schema`);
    routes.push(
      `${R}.use(requireUser);`,
      '',
      `${R}.post('/', async (req, res) => {`,
      `  res.status(201).json(await service.confirm${E}(userIdOf(res), create${E}Schema.parse(req.body)));`,
      '});',
      '',
      `${R}.get('/:id', async (req, res) => {`,
      `  res.json(await service.get${E}(userIdOf(res), ${id}));`,
      '});',
      '',
      `${R}.post('/:id/cancel', async (req, res) => {`,
      `  const { reason } = cancel${E}Schema.parse(req.body);`,
      `  await service.cancel${E}(userIdOf(res), ${id}, reason);`,
      '  res.status(204).end();',
      '});',
    );
  } else if (m.archetype === 'inquiry') {
    auth = ['requireUser'];
    schemas.push(`answer${E}Schema`);
    if (c.password) schemas.push(`access${E}Schema`);
    routes.push(
      `${R}.post('/', async (req, res) => {`,
      `  res.status(201).json(await service.submit${E}(create${E}Schema.parse(req.body)));`,
      '});',
      '',
      c.password
        ? [
            `${R}.post('/:id/view', async (req, res) => {`,
            `  res.json(await service.view${E}(${id}, access${E}Schema.parse(req.body).${c.password.prop}));`,
            '});',
          ]
        : [
            `${R}.get('/:id', requireUser, async (req, res) => {`,
            `  res.json(await service.view${E}(${id}));`,
            '});',
          ],
      '',
      `${R}.put('/:id/answer', requireUser, async (req, res) => {`,
      `  await service.answer${E}(${id}, answer${E}Schema.parse(req.body).answer);`,
      '  res.status(204).end();',
      '});',
      '',
      c.password
        ? [
            `${R}.post('/:id/withdraw', async (req, res) => {`,
            `  await service.withdraw${E}(${id}, access${E}Schema.parse(req.body).${c.password.prop});`,
            '  res.status(204).end();',
            '});',
          ]
        : [
            `${R}.delete('/:id', requireUser, async (req, res) => {`,
            `  await service.withdraw${E}(${id});`,
            '  res.status(204).end();',
            '});',
          ],
    );
  } else {
    auth = ['requireUser'];
    schemas.push(`unsubscribe${E}Schema`);
    if (c.update.length > 0) schemas.push(`update${E}Schema`);
    routes.push(
      `${R}.post('/', async (req, res) => {`,
      `  res.status(201).json(await service.subscribe${E}(create${E}Schema.parse(req.body)));`,
      '});',
      '',
      `${R}.post('/:id/confirm', async (req, res) => {`,
      `  await service.confirm${E}(${id});`,
      '  res.status(204).end();',
      '});',
      '',
      `${R}.get('/:id', requireUser, async (req, res) => {`,
      `  res.json(await service.get${E}(${id}));`,
      '});',
      '',
      c.update.length > 0 && [
        `${R}.patch('/:id', requireUser, async (req, res) => {`,
        `  await service.update${E}(${id}, update${E}Schema.parse(req.body));`,
        '  res.status(204).end();',
        '});',
        '',
      ],
      `${R}.post('/unsubscribe', async (req, res) => {`,
      c.password
        ? [`  const { email, ${c.password.prop} } = unsubscribe${E}Schema.parse(req.body);`, `  await service.unsubscribe${E}(email, ${c.password.prop});`]
        : [`  const { email } = unsubscribe${E}Schema.parse(req.body);`, `  await service.unsubscribe${E}(email);`],
      '  res.status(204).end();',
      '});',
    );
  }
  return lines(
    "import { Router } from 'express';",
    `import { ${auth.sort().join(', ')} } from '../../lib/auth.js';`,
    `import { ${schemas.sort().join(', ')} } from './${m.name}.schema.js';`,
    `import * as service from './${m.name}.service.js';`,
    '',
    `export const ${R} = Router();`,
    '',
    routes,
  );
}

// ---------------------------------------------------------------------------------------------------
// HTTP clients

export function clientFile(m, c) {
  const { E } = c;
  const undeclared = m.mistake === 'undeclared-transfer';
  const mark = undeclared ? EXPECT('undeclared-transfer') : '';
  if (m.client === 'sms') {
    const url = undeclared
      ? "'https://api.sms-vendor.example/v1/messages'"
      : `\`https://sens.apigw.ntruss.com/sms/v2/services/\${SERVICE_ID}/messages\``;
    return lines(
      "import axios from 'axios';",
      '',
      "const SENDER = '0212345678';",
      undeclared ? null : "const SERVICE_ID = process.env.NCP_SMS_SERVICE_ID ?? '';",
      '',
      undeclared
        ? `/** ${c.label[0].toUpperCase()}${c.label.slice(1)} notices by SMS (moved to a cheaper vendor this year). */`
        : `/** ${c.label[0].toUpperCase()}${c.label.slice(1)} notices by SMS through NAVER Cloud SENS. */`,
      `export async function send${E}Sms(to: string, content: string): Promise<void> {`,
      `  await axios.post(${mark}`,
      `    ${url},`,
      "    { type: 'SMS', from: SENDER, content, messages: [{ to: to.replaceAll('-', '') }] },",
      "    { headers: { 'x-ncp-iam-access-key': process.env.NCP_ACCESS_KEY ?? '' }, timeout: 5000 },",
      '  );',
      '}',
    );
  }
  if (m.client === 'email') {
    return lines(
      "import axios from 'axios';",
      '',
      "const APP_KEY = process.env.NHN_EMAIL_APP_KEY ?? '';",
      "const SENDER = 'no-reply@service.example.kr';",
      '',
      '/** Transactional mail through NHN Cloud Email. */',
      `export async function send${E}Mail(to: string, recipientName: string | undefined, title: string, body: string): Promise<void> {`,
      '  await axios.post(',
      '    `https://email.api.nhncloudservice.com/email/v2.1/appKeys/${APP_KEY}/sender/mail`,',
      "    { senderAddress: SENDER, title, body, receiverList: [{ receiveMailAddr: to, receiveName: recipientName, receiveType: 'MRT0' }] },",
      "    { headers: { 'X-Secret-Key': process.env.NHN_EMAIL_SECRET ?? '' }, timeout: 5000 },",
      '  );',
      '}',
    );
  }
  if (m.client === 'alimtalk') {
    const url = undeclared
      ? "'https://bizmsg.kakao-relay.example/v2/alimtalk'"
      : '`https://api-alimtalk.cloud.toast.com/alimtalk/v2.3/appkeys/${APP_KEY}/messages`';
    return lines(
      "import axios from 'axios';",
      '',
      undeclared ? null : "const APP_KEY = process.env.NHN_ALIMTALK_APP_KEY ?? '';",
      "const SENDER_KEY = process.env.ALIMTALK_SENDER_KEY ?? '';",
      '',
      `/** KakaoTalk notices (alimtalk) for ${c.label}s. */`,
      `export async function send${E}Alimtalk(recipientNo: string, recipientName: string, topic: string): Promise<void> {`,
      `  await axios.post(${mark}`,
      `    ${url},`,
      "    { senderKey: SENDER_KEY, templateCode: 'SUBSCRIBED', recipientList: [{ recipientNo: recipientNo.replaceAll('-', ''), templateParameter: { name: recipientName, topic } }] },",
      "    { headers: { 'X-Secret-Key': process.env.NHN_ALIMTALK_SECRET ?? '' }, timeout: 5000 },",
      '  );',
      '}',
    );
  }
  // toss
  return lines(
    "import axios, { isAxiosError } from 'axios';",
    "import { HttpError } from '../../lib/http-error.js';",
    '',
    "const authorization = (): string => `Basic ${Buffer.from(`${process.env.TOSS_SECRET_KEY ?? ''}:`).toString('base64')}`;",
    '',
    'export interface TossPayment {',
    '  paymentKey: string;',
    '  orderId: string;',
    "  status: 'DONE' | 'CANCELED' | 'PARTIAL_CANCELED' | 'ABORTED' | 'EXPIRED';",
    '  totalAmount: number;',
    '  approvedAt: string;',
    '  /** Present for card payments; Toss returns the number masked, e.g. 43301234****123*. */',
    '  card: { number: string; issuerCode: string; approveNo: string } | null;',
    '}',
    '',
    'export async function confirmTossPayment(paymentKey: string, orderId: string, amount: number): Promise<TossPayment> {',
    '  try {',
    '    const { data } = await axios.post<TossPayment>(',
    "      'https://api.tosspayments.com/v1/payments/confirm',",
    '      { paymentKey, orderId, amount },',
    '      { headers: { Authorization: authorization() }, timeout: 10_000 },',
    '    );',
    '    return data;',
    '  } catch (err) {',
    '    throw toHttpError(err);',
    '  }',
    '}',
    '',
    'export async function cancelTossPayment(paymentKey: string, cancelReason: string): Promise<void> {',
    '  try {',
    '    await axios.post(',
    '      `https://api.tosspayments.com/v1/payments/${encodeURIComponent(paymentKey)}/cancel`,',
    '      { cancelReason },',
    '      { headers: { Authorization: authorization() }, timeout: 10_000 },',
    '    );',
    '  } catch (err) {',
    '    throw toHttpError(err);',
    '  }',
    '}',
    '',
    '/** Keeps Toss\'s code only: an axios error carries the request (and its body). */',
    'function toHttpError(err: unknown): HttpError {',
    '  if (isAxiosError<{ code?: string }>(err) && err.response) {',
    "    return new HttpError(502, `payment_${(err.response.data.code ?? 'failed').toLowerCase()}`);",
    '  }',
    "  return new HttpError(502, 'payment_unreachable');",
    '}',
  );
}
