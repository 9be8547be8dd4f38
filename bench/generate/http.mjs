// The HTTP edges of a module: its express controller (routes -> zod -> service) and, for some
// modules, its axios client to a processor (or, for the undeclared-transfer mistake, to a host the
// manifest does not know).
import { EXPECT } from './common.mjs';
import { lines, separated } from './util.mjs';

// ---------------------------------------------------------------------------------------------------
// Controllers

/** One route: `R.method('path', [requireUser, ]async (req, res) => { body });` — `_req` when the body does not read it. */
function route(R, method, path, body, { auth = false } = {}) {
  const req = [body].flat(Infinity).some((l) => typeof l === 'string' && /\breq\b/.test(l)) ? 'req' : '_req';
  return [`${R}.${method}('${path}', ${auth ? 'requireUser, ' : ''}async (${req}, res) => {`, body, '});'];
}

const json = (value) => `  res.json(${value});`;
const created = (value) => `  res.status(201).json(${value});`;
/** The statements (unindented), then a 204. */
const noContent = (...statements) => [...statements.map((s) => `  ${s}`), '  res.status(204).end();'];

/** The routes of each archetype: a list of blocks, each a route (or a line), blank lines between them. */
const ROUTES = {
  account: ({ R, call, parse }) => {
    const me = 'userIdOf(res)';
    const auth = { auth: true };
    return [
      route(R, 'post', '/', [`  const id = ${call('register', parse('create'))};`, created('{ id }')]),
      route(R, 'post', '/login', [`  const id = ${call('login', parse('login'))};`, json('{ token: signToken(id) }')]),
      route(R, 'get', '/me', json(call('get', me)), auth),
      route(R, 'patch', '/me', noContent(`${call('update', me, parse('update'))};`), auth),
      route(R, 'post', '/me/verify', noContent(`${call('verify', me)};`), auth),
      route(R, 'delete', '/me', noContent(`${call('withdraw', me, `${parse('withdraw')}.password`)};`), auth),
    ];
  },
  // A member's own records: every route behind requireUser, the member from the token.
  booking: (x) => ownedRoutes(x, {
    create: 'create',
    update: x.c.update.length > 0,
    cancel: x.c.password
      ? [`const { ${x.c.password.prop} } = ${x.parse('cancel')};`, `${x.call('cancel', x.me, x.id, x.c.password.prop)};`]
      : [`${x.call('cancel', x.me, x.id)};`],
  }),
  payment: (x) => ownedRoutes(x, {
    create: 'confirm',
    update: false,
    cancel: [`const { reason } = ${x.parse('cancel')};`, `${x.call('cancel', x.me, x.id, 'reason')};`],
  }),
  inquiry: ({ R, c, id, call, parse }) => {
    const pw = c.password && `${parse('access')}.${c.password.prop}`;
    return [
      route(R, 'post', '/', created(call('submit', parse('create')))),
      pw ? route(R, 'post', '/:id/view', json(call('view', id, pw))) : route(R, 'get', '/:id', json(call('view', id)), { auth: true }),
      route(R, 'put', '/:id/answer', noContent(`${call('answer', id, `${parse('answer')}.answer`)};`), { auth: true }),
      pw
        ? route(R, 'post', '/:id/withdraw', noContent(`${call('withdraw', id, pw)};`))
        : route(R, 'delete', '/:id', noContent(`${call('withdraw', id)};`), { auth: true }),
    ];
  },
  notice: ({ R, c, id, call, parse }) => {
    const keys = c.password ? ['email', c.password.prop] : ['email'];
    return [
      route(R, 'post', '/', created(call('subscribe', parse('create')))),
      route(R, 'post', '/:id/confirm', noContent(`${call('confirm', id)};`)),
      route(R, 'get', '/:id', json(call('get', id)), { auth: true }),
      c.update.length > 0 && route(R, 'patch', '/:id', noContent(`${call('update', id, parse('update'))};`), { auth: true }),
      route(R, 'post', '/unsubscribe', noContent(`const { ${keys.join(', ')} } = ${parse('unsubscribe')};`, `${call('unsubscribe', ...keys)};`)),
    ];
  },
};

function ownedRoutes({ R, c, me, id, call, parse }, { create, update, cancel }) {
  return [
    `${R}.use(requireUser);`,
    route(R, 'post', '/', created(call(create, me, parse('create')))),
    route(R, 'get', '/:id', json(call('get', me, id))),
    update && route(R, 'patch', '/:id', noContent(`${call('update', me, id, parse('update'))};`)),
    route(R, 'post', '/:id/cancel', noContent(...cancel)),
  ];
}

/** What each archetype imports from lib/auth and which schemas (besides create) it uses. */
function controllerImports(m, c) {
  const update = c.update.length > 0 ? ['update'] : [];
  switch (m.archetype) {
    case 'account': return { auth: ['requireUser', 'signToken', 'userIdOf'], schemas: ['login', 'update', 'withdraw'] };
    case 'booking': return { auth: ['requireUser', 'userIdOf'], schemas: [...update, ...(c.password ? ['cancel'] : [])] };
    case 'payment': return { auth: ['requireUser', 'userIdOf'], schemas: ['cancel'] };
    case 'inquiry': return { auth: ['requireUser'], schemas: ['answer', ...(c.password ? ['access'] : [])] };
    default: return { auth: ['requireUser'], schemas: ['unsubscribe', ...update] };
  }
}

export function controllerFile(m, c) {
  const { E } = c;
  const R = `${m.camel}Router`;
  const context = {
    R,
    c,
    me: 'userIdOf(res)',
    id: 'Number(req.params.id)',
    call: (verb, ...args) => `await service.${verb}${E}(${args.join(', ')})`,
    parse: (schema) => `${schema}${E}Schema.parse(req.body)`,
  };
  const { auth, schemas } = controllerImports(m, c);
  return lines(
    "import { Router } from 'express';",
    `import { ${auth.sort().join(', ')} } from '../../lib/auth.js';`,
    `import { ${['create', ...schemas].map((s) => `${s}${E}Schema`).sort().join(', ')} } from './${m.name}.schema.js';`,
    `import * as service from './${m.name}.service.js';`,
    '',
    `export const ${R} = Router();`,
    '',
    separated((ROUTES[m.archetype] ?? ROUTES.notice)(context)),
  );
}

// ---------------------------------------------------------------------------------------------------
// HTTP clients

/** `const NAME = process.env.VARIABLE ?? '';` */
const fromEnv = (name, variable) => `const ${name} = ${env(variable)};`;
const env = (variable) => `process.env.${variable} ?? ''`;

/** An `axios.post(url, payload, { headers, timeout })` call, `indent` deep, `mark` after its opening. */
function axiosPost({ indent = '  ', call = 'await axios.post', mark = '', url, payload, headers, timeout }) {
  return [
    `${indent}${call}(${mark}`,
    `${indent}  ${url},`,
    `${indent}  ${payload},`,
    `${indent}  { headers: ${headers}, timeout: ${timeout} },`,
    `${indent});`,
  ];
}

/** A client of one POST endpoint that answers nothing we keep (the notice vendors). */
function notifyClient({ constants, doc, signature, ...post }) {
  return lines(
    "import axios from 'axios';",
    '',
    constants,
    '',
    `/** ${doc} */`,
    `export async function ${signature}: Promise<void> {`,
    axiosPost({ ...post, timeout: 5000 }),
    '}',
  );
}

const capitalised = (text) => `${text[0].toUpperCase()}${text.slice(1)}`;

const CLIENTS = {
  sms: ({ E, label }, { undeclared, mark }) => notifyClient({
    constants: ["const SENDER = '0212345678';", undeclared ? null : fromEnv('SERVICE_ID', 'NCP_SMS_SERVICE_ID')],
    doc: undeclared
      ? `${capitalised(label)} notices by SMS (moved to a cheaper vendor this year).`
      : `${capitalised(label)} notices by SMS through NAVER Cloud SENS.`,
    signature: `send${E}Sms(to: string, content: string)`,
    mark,
    url: undeclared ? "'https://api.sms-vendor.example/v1/messages'" : '`https://sens.apigw.ntruss.com/sms/v2/services/${SERVICE_ID}/messages`',
    payload: "{ type: 'SMS', from: SENDER, content, messages: [{ to: to.replaceAll('-', '') }] }",
    headers: `{ 'x-ncp-iam-access-key': ${env('NCP_ACCESS_KEY')} }`,
  }),
  email: ({ E }) => notifyClient({
    constants: [fromEnv('APP_KEY', 'NHN_EMAIL_APP_KEY'), "const SENDER = 'no-reply@service.example.kr';"],
    doc: 'Transactional mail through NHN Cloud Email.',
    signature: `send${E}Mail(to: string, recipientName: string | undefined, title: string, body: string)`,
    url: '`https://email.api.nhncloudservice.com/email/v2.1/appKeys/${APP_KEY}/sender/mail`',
    payload: "{ senderAddress: SENDER, title, body, receiverList: [{ receiveMailAddr: to, receiveName: recipientName, receiveType: 'MRT0' }] }",
    headers: `{ 'X-Secret-Key': ${env('NHN_EMAIL_SECRET')} }`,
  }),
  alimtalk: ({ E, label }, { undeclared, mark }) => notifyClient({
    constants: [undeclared ? null : fromEnv('APP_KEY', 'NHN_ALIMTALK_APP_KEY'), fromEnv('SENDER_KEY', 'ALIMTALK_SENDER_KEY')],
    doc: `KakaoTalk notices (alimtalk) for ${label}s.`,
    signature: `send${E}Alimtalk(recipientNo: string, recipientName: string, topic: string)`,
    mark,
    url: undeclared ? "'https://bizmsg.kakao-relay.example/v2/alimtalk'" : '`https://api-alimtalk.cloud.toast.com/alimtalk/v2.3/appkeys/${APP_KEY}/messages`',
    payload: "{ senderKey: SENDER_KEY, templateCode: 'SUBSCRIBED', recipientList: [{ recipientNo: recipientNo.replaceAll('-', ''), templateParameter: { name: recipientName, topic } }] }",
    headers: `{ 'X-Secret-Key': ${env('NHN_ALIMTALK_SECRET')} }`,
  }),
  toss: () => tossClient(),
};

export function clientFile(m, c) {
  const undeclared = m.mistake === 'undeclared-transfer';
  return CLIENTS[m.client](c, { undeclared, mark: undeclared ? EXPECT('undeclared-transfer') : '' });
}

/** A Toss Payments call: the POST inside a try whose error keeps Toss's code only. */
function tossCall(signature, { call = 'await axios.post', url, payload, after = [] }) {
  return [
    `export async function ${signature} {`,
    '  try {',
    axiosPost({ indent: '    ', call, url, payload, headers: '{ Authorization: authorization() }', timeout: '10_000' }),
    after,
    '  } catch (err) {',
    '    throw toHttpError(err);',
    '  }',
    '}',
  ];
}

function tossClient() {
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
    tossCall('confirmTossPayment(paymentKey: string, orderId: string, amount: number): Promise<TossPayment>', {
      call: 'const { data } = await axios.post<TossPayment>',
      url: "'https://api.tosspayments.com/v1/payments/confirm'",
      payload: '{ paymentKey, orderId, amount }',
      after: '    return data;',
    }),
    '',
    tossCall('cancelTossPayment(paymentKey: string, cancelReason: string): Promise<void>', {
      url: '`https://api.tosspayments.com/v1/payments/${encodeURIComponent(paymentKey)}/cancel`',
      payload: '{ cancelReason }',
    }),
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
