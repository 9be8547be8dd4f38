/**
 * Logger redaction: `pino({ redact: ['email', 'user.phone', '*.password'] })` masks those paths of the
 * objects the logger is given. Only object arguments are covered: a value interpolated into the message
 * string defeats redaction (architecture: rule semantics 7).
 */
import type * as TS from 'typescript';
import { winstonRedaction } from './winston.js';
import { type Val, sanitize, withFields } from '../value.js';
import type { Analysis } from '../analysis.js';
import { initializerOf, objectOf, prop, stringOf } from '../resolve.js';
import { skipOuter } from '../syntax.js';

export type RedactPath = readonly string[];

/** Who redacts (the clean's `by`): 'pino redact', or a winston format (flow/winston.ts). */
export interface Redaction {
  paths: RedactPath[];
  by: string;
}

/** The redaction of the logger a call is made on: pino `redact` paths, winston formats that redact. */
export function loggerRedaction(cx: Analysis, call: TS.CallExpression): Redaction | undefined {
  const ts = cx.ts;
  const callee = skipOuter(ts, call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  let e: TS.Expression | undefined = skipOuter(ts, callee.expression);
  for (let depth = 0; e && depth < 4; depth++) {
    // a const, or a class field (`private readonly logger = createLogger({ … })`, used as `this.logger.info(…)`)
    if (ts.isIdentifier(e) || (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword)) {
      const sym = cx.checker.getSymbolAtLocation(ts.isIdentifier(e) ? e : e.name);
      const target = sym && sym.flags & ts.SymbolFlags.Alias ? cx.checker.getAliasedSymbol(sym) : sym;
      const decl = target?.valueDeclaration;
      e = decl && (ts.isVariableDeclaration(decl) || ts.isPropertyDeclaration(decl)) && decl.initializer ? skipOuter(ts, decl.initializer) : undefined;
      continue;
    }
    if (ts.isCallExpression(e)) {
      // the options inline or in a const (`const options: LoggerOptions = { redact: REDACTED }`)
      const options = objectOf(cx, e.arguments[0]);
      const paths = options ? redactPaths(cx, options) : undefined;
      if (paths) return { paths, by: 'pino redact' };
      const formats = options ? winstonRedaction(cx, options) : undefined;
      if (formats) return formats;
      // logger.child({...}) inherits its parent's redaction
      const inner = skipOuter(ts, e.expression);
      e = ts.isPropertyAccessExpression(inner) && inner.name.text === 'child' ? skipOuter(ts, inner.expression) : undefined;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/**
 * pino's `redact: [...]` or `redact: { paths: [...] }` in a logger's options (also pino-http's: flow/access-log.ts), each
 * inline or a const; the paths' strings literals or consts.
 */
export function redactPaths(cx: Analysis, options: TS.ObjectLiteralExpression): RedactPath[] | undefined {
  const ts = cx.ts;
  const redact = prop(cx, options, 'redact');
  if (!redact) return undefined;
  const settings = objectOf(cx, redact);
  const list = arrayOf(cx, settings ? prop(cx, settings, 'paths') : redact);
  if (!list) return undefined;
  const out: RedactPath[] = [];
  for (const el of list.elements) {
    if (ts.isSpreadElement(el)) {
      const more = arrayOf(cx, el.expression);
      if (!more) return undefined; // a list the code computes: not known, so nothing is taken as redacted
      out.push(...more.elements.map((x) => stringOf(cx, x)).filter((x): x is string => x !== undefined).map(parsePath));
      continue;
    }
    const text = stringOf(cx, el);
    if (text !== undefined) out.push(parsePath(text));
  }
  return out;
}

function arrayOf(cx: Analysis, e: TS.Expression | undefined): TS.ArrayLiteralExpression | undefined {
  const ts = cx.ts;
  if (!e) return undefined;
  let x = skipOuter(ts, e);
  if (!ts.isArrayLiteralExpression(x)) {
    const init = initializerOf(cx, x);
    x = init ? skipOuter(ts, init) : x;
  }
  return ts.isArrayLiteralExpression(x) ? x : undefined;
}

/** `user.email`, `*.password`, `users[*].phone`, `req.headers["x-forwarded-for"]` as path segments. */
function parsePath(text: string): RedactPath {
  return text.replace(/\[(\*|\d+)\]/g, '.*').replace(/\[["']([^"']+)["']\]/g, '.$1').split('.');
}

/** The paths that continue below `key`, and whether `key` itself is redacted. */
export function below(paths: readonly RedactPath[], key: string): { redacted: boolean; rest: RedactPath[] } {
  const matching = paths.filter((p) => p[0] === key || p[0] === '*');
  return { redacted: matching.some((p) => p.length === 1), rest: matching.filter((p) => p.length > 1).map((p) => p.slice(1)) };
}

/** The value with its redacted fields marked masked by the logger. */
export function redactVal(v: Val, paths: readonly RedactPath[], cx: Analysis, at: TS.Node, by = 'pino redact'): Val {
  if (!v.fields || paths.length === 0) return v;
  const fields = new Map<string, Val>();
  for (const [k, f] of v.fields) {
    const { redacted, rest } = below(paths, k);
    fields.set(k, redacted ? sanitize(f, { kind: 'mask', by }, cx.step(at, `redacted by the logger (${k})`)) : redactVal(f, rest, cx, at, by));
  }
  return { ...withFields(fields), labels: v.labels, params: v.params };
}
