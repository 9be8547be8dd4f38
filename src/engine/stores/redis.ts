/**
 * Redis (ioredis, node-redis): a key space is a store named by the key's constant prefix
 * (`session:${id}` -> redis:session), declared where it is first written. TTLs: ioredis
 * `set(k, v, 'EX', n)` / `'PX'`, node-redis `set(k, v, { EX: n })` / `{ expiration: { type, value } }`,
 * `setex`/`setEx`, `psetex`, `expire`/`pexpire`. `del`/`unlink`/`getdel` delete.
 */
import type * as TS from 'typescript';
import type { Adapter } from './adapter.js';
import { fromMs } from './durations.js';
import type { StoreRegistry } from './registry.js';
import { chainTop, skipOuter } from '../syntax.js';
import { numberOf, objectOf, prop, stringOf } from '../resolve.js';

const PACKAGES = new Set(['ioredis', '@redis/client', 'redis']);
const WRITE = /^(set|setex|psetex|setnx|hset|hmset|hsetnx|lpush|rpush|sadd|zadd|xadd|append|getset|setrange)$/i;
const DELETE = /^(del|unlink|getdel|hdel)$/i;
const EXPIRE = /^(expire|pexpire)$/i;

export const redis: Adapter = {
  name: 'redis',
  deletes: new RegExp(`${DELETE.source}|${EXPIRE.source}|${WRITE.source}`, 'i'),

  declare(r, node) {
    const cx = r.cx;
    if (!cx.ts.isCallExpression(node)) return;
    const t = targetOf(r, node);
    if (!t || !WRITE.test(t)) return;
    const space = keySpace(r, node.arguments[0]);
    r.defer(() => {
      if (!r.stores.has(`redis:${space}`)) r.add({ id: `redis:${space}`, kind: 'redis', name: space, location: cx.location(chainTop(cx.ts, node)), items: [], columns: new Map() });
    });
  },

  storeOf(r, call) {
    const t = targetOf(r, call);
    return t && WRITE.test(t) ? `redis:${keySpace(r, call.arguments[0])}` : undefined;
  },

  deletions(r, call) {
    const t = targetOf(r, call);
    if (!t) return [];
    const store = `redis:${keySpace(r, call.arguments[0])}`;
    const node = chainTop(r.cx.ts, call);
    if (DELETE.test(t)) return [{ store, kind: 'delete', node, what: `${t}(key)` }];
    const ms = ttlOf(r, call, t.toLowerCase());
    if (ms === undefined) return [];
    const duration = fromMs(ms);
    return [{ store, kind: 'ttl', node, what: `${t} with expiry`, ...(duration ? { duration } : {}) }];
  },
};

/** The member of a Redis client call, or undefined when the call is not one. */
function targetOf(r: StoreRegistry, call: TS.CallExpression): string | undefined {
  const ts = r.cx.ts;
  const callee = skipOuter(ts, call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const member = callee.name.text;
  if (!WRITE.test(member) && !DELETE.test(member) && !EXPIRE.test(member)) return undefined;
  const sym = r.cx.checker.getSymbolAtLocation(callee.name);
  const decl = sym?.declarations?.[0] ?? r.cx.checker.getResolvedSignature(call)?.declaration;
  const file = decl?.getSourceFile().fileName ?? '';
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];
  return pkg && PACKAGES.has(pkg) ? member : undefined;
}

/** Milliseconds until the key expires, when the call sets an expiry. */
function ttlOf(r: StoreRegistry, call: TS.CallExpression, member: string): number | undefined {
  const cx = r.cx;
  const args = call.arguments;
  const secs = (e: TS.Expression | undefined) => numberOf(cx, e) !== undefined ? numberOf(cx, e)! * 1000 : undefined;
  if (member === 'setex') return secs(args[1]);
  if (member === 'psetex') return numberOf(cx, args[1]);
  if (member === 'expire') return secs(args[1]);
  if (member === 'pexpire') return numberOf(cx, args[1]);
  if (member !== 'set') return undefined;
  for (let i = 2; i < args.length; i++) {
    const flag = stringOf(cx, args[i])?.toUpperCase();
    if (flag === 'EX') return secs(args[i + 1]);
    if (flag === 'PX') return numberOf(cx, args[i + 1]);
    const opts = objectOf(cx, args[i]);
    if (!opts) continue;
    const ex = prop(cx, opts, 'EX');
    if (ex) return secs(ex);
    const px = prop(cx, opts, 'PX');
    if (px) return numberOf(cx, px);
    const exp = objectOf(cx, prop(cx, opts, 'expiration'));
    const type = stringOf(cx, prop(cx, exp, 'type'))?.toUpperCase();
    if (type === 'EX') return secs(prop(cx, exp, 'value'));
    if (type === 'PX') return numberOf(cx, prop(cx, exp, 'value'));
  }
  return undefined;
}

/** The constant prefix of a key: `session:${id}` -> "session", 'otp:' + phone -> "otp", unknown -> "*". */
export function keySpace(r: StoreRegistry, key: TS.Expression | undefined): string {
  const ts = r.cx.ts;
  if (!key) return '*';
  const k = skipOuter(ts, key);
  let head = stringOf(r.cx, k);
  if (head === undefined && ts.isTemplateExpression(k)) head = k.head.text;
  if (head === undefined && ts.isBinaryExpression(k) && k.operatorToken.kind === ts.SyntaxKind.PlusToken) head = stringOf(r.cx, k.left);
  if (!head) return '*';
  const cut = head.includes(':') ? head.slice(0, head.lastIndexOf(':')) : head;
  return cut.replace(/[:_-]+$/, '') || '*';
}
