/**
 * Which sanitizer catalog entry a call is (catalog/sanitizers.ts), with the algorithm it names: from the member
 * (`CryptoJS.MD5`), the receiver (`CryptoJS.DES.encrypt`), the chain's root (`createHash('md5').update(x)`, also
 * through a const) or an options object (argon2's `type`).
 */
import type * as TS from 'typescript';
import { type AlgorithmSource, SANITIZERS } from '../../catalog/sanitizers.js';
import type { Analysis, CallTarget } from '../analysis.js';
import type { Clean } from '../model.js';
import { initializerOf, numberOf, objectOf, prop, stringOf } from '../resolve.js';
import { skipOuter } from '../syntax.js';
import { argumentMatches } from './conditions.js';

export interface SanitizerMatch {
  data: number;
  clean: Clean;
  result?: readonly string[];
  /** A hash or cipher primitive: judged where a credential reaches it (SanitizerSpec.site). */
  site?: string;
}

export function matchSanitizer(cx: Analysis, t: CallTarget, call: TS.CallExpression): SanitizerMatch | undefined {
  if (!t.package) return undefined;
  const { ts, program, checker } = cx;
  for (const s of SANITIZERS) {
    if (!s.packages.includes(t.package) || !s.member.test(t.member) || (s.container && (t.container === undefined || !s.container.test(t.container)))) continue;
    if (!argumentMatches(ts, program, checker, s.argument, call)) continue;
    const alg = s.alg ? algorithmOf(cx, s.alg, t, call) : undefined;
    if (alg === null) continue; // the call is not this sanitizer (a stream's write outside a hash chain, a cipher it does not name)
    return { data: s.data, clean: { kind: s.clean, by: s.by.replace('{alg}', alg ?? 'unknown') }, ...(s.result ? { result: s.result } : {}), ...(s.site ? { site: s.site } : {}) };
  }
  return undefined;
}

/** The algorithm a call names (AlgorithmSource), lower-cased; undefined when it does not say, null when the call is not the sanitizer. */
function algorithmOf(cx: Analysis, src: AlgorithmSource, t: CallTarget, call: TS.CallExpression): string | undefined | null {
  const ts = cx.ts;
  if ('member' in src) return (src.member.exec(t.member)?.[1] ?? t.member).toLowerCase();
  const callee = skipOuter(ts, call.expression);
  if ('receiver' in src) {
    const recv = ts.isPropertyAccessExpression(callee) ? skipOuter(ts, callee.expression) : undefined;
    const name = recv && ts.isPropertyAccessExpression(recv) ? recv.name.text : recv && ts.isIdentifier(recv) ? recv.text : undefined;
    return name !== undefined && src.receiver.test(name) ? name.toLowerCase() : null;
  }
  if ('chain' in src) {
    const root = chainRoot(cx, callee, src.chain);
    if (!root) return src.required ? null : undefined;
    return stringOf(cx, root.arguments[0])?.toLowerCase();
  }
  const opts = objectOf(cx, call.arguments[src.option.arg]);
  if (!opts) return call.arguments[src.option.arg] ? undefined : src.option.otherwise;
  const value = prop(cx, opts, src.option.key);
  if (!value) return src.option.otherwise;
  const v = skipOuter(ts, value);
  const named = ts.isPropertyAccessExpression(v) ? v.name.text : ts.isIdentifier(v) ? v.text : undefined;
  const byName = named !== undefined ? Object.values(src.option.numbers).find((n) => n.toLowerCase() === named.toLowerCase()) : undefined;
  if (byName) return byName;
  const n = numberOf(cx, v);
  return n !== undefined ? src.option.numbers[n] : undefined;
}

/**
 * `createHash('md5')` at the root of `createHash('md5').update(x)`, or held by the const a method is called on
 * (`const h = createHash('md5'); h.update(x)`). Syntactic but for the const.
 */
function chainRoot(cx: Analysis, callee: TS.Expression, fn: RegExp): TS.CallExpression | undefined {
  const ts = cx.ts;
  let e: TS.Expression = callee;
  for (let depth = 0; depth < 12; depth++) {
    e = skipOuter(ts, e);
    if (ts.isCallExpression(e)) {
      const c = skipOuter(ts, e.expression);
      const name = ts.isPropertyAccessExpression(c) ? c.name.text : ts.isIdentifier(c) ? c.text : '';
      if (fn.test(name)) return e;
      e = c;
    } else if (ts.isPropertyAccessExpression(e)) e = e.expression;
    else if (ts.isIdentifier(e)) {
      const init = initializerOf(cx, e);
      if (!init) return undefined;
      e = init;
    } else return undefined;
  }
  return undefined;
}
