/**
 * HTTP access loggers (catalog/sinks/access-logs.ts): the middleware a call makes logs every request by its
 * configuration, with no data flow in the code. What each request's line holds is read from the call's arguments and
 * arrives at the call (the sink) as the manifest's items of the kinds the catalog names (`ip_address`: the client's
 * IP address), so no-personal-data-in-logs judges it like any other log:
 * - morgan: the tokens of the format (a predefined format's name, a format string, a const or either branch of a
 *   conditional holding one); a format function logs the tokens it calls (`tokens['remote-addr'](req, res)`) and what
 *   the engine sees in what it returns (`req.ip`, `req.socket.remoteAddress`);
 * - pino-http: the request as its serializer makes it (pino-std-serializers' `req` holds `remoteAddress`, a project
 *   function in `serializers.req` is evaluated with that request), minus the `redact` paths of its options or of the
 *   pino logger it is given (masked, as pino's redaction of a logged object is: flow/redaction.ts).
 * An argument the code computes (a format from the environment, options built elsewhere) is not known: nothing is
 * taken as logged (precision first).
 */
import type * as TS from 'typescript';
import type { LoggedDatum, RequestLogSpec, SinkSpec } from '../../catalog/sinks/types.js';
import type { Step } from '../model.js';
import { EMPTY, type Val, field, flatten, join, restrict, sanitize, step, withFields } from '../value.js';
import type { Analysis } from '../analysis.js';
import type { Evaluator } from './frame.js';
import { functionOf, initializerOf, objectOf, prop, stringOf } from '../resolve.js';
import { type Fn, skipOuter, walk } from '../syntax.js';
import { type RedactPath, redactPaths, redactVal } from './redaction.js';

type FormatSpec = Extract<RequestLogSpec, { style: 'format' }>;
type SerializerSpec = Extract<RequestLogSpec, { style: 'serializer' }>;

/** What the access logger a call makes writes for every request, as labels arriving at the call. */
export function requestLogData(frame: Evaluator, sink: SinkSpec, call: TS.CallExpression): Val {
  const spec = sink.requestLog;
  if (!spec) return EMPTY;
  // Nothing to label unless the manifest has an item of a kind the logger writes: no need to read its configuration.
  const data = Object.values(spec.style === 'format' ? spec.tokens : spec.fields);
  if (!data.some((d) => frame.cx.items.forKind(d.kind, '').length > 0)) return EMPTY;
  return spec.style === 'format' ? formatData(frame, sink.name, spec, call) : serializerData(frame, sink.name, spec, call);
}

/** The manifest's items of a datum's kind, as labels at the call with `note` as their origin. */
function datum(cx: Analysis, d: LoggedDatum, note: string, at: TS.Node): Val {
  return cx.labelsOf(cx.items.forKind(d.kind, note), at);
}

// --- morgan: formats and their tokens ---

function formatData(frame: Evaluator, name: string, spec: FormatSpec, call: TS.CallExpression): Val {
  const cx = frame.cx;
  const arg = call.arguments[spec.arg];
  if (!arg) return formatText(cx, name, spec, spec.default, call);
  const fn = functionOf(cx, arg);
  if (fn) return formatFunction(frame, name, spec, fn, call);
  return join(...formatTexts(cx, arg, 0).map((text) => formatText(cx, name, spec, text, call)));
}

/** A predefined format's name or a format string: the items its `:token`s write. */
function formatText(cx: Analysis, name: string, spec: FormatSpec, text: string, call: TS.CallExpression): Val {
  const predefined = Object.hasOwn(spec.formats, text) ? spec.formats[text] : undefined;
  const format = predefined ?? text;
  const shown = predefined !== undefined ? `'${text}' format` : `format '${text.length > 48 ? `${text.slice(0, 45)}...` : text}'`;
  const tokens = new Set([...format.matchAll(/:([A-Za-z0-9_-]+)/g)].map((m) => m[1]!));
  return join(
    ...[...tokens].filter((t) => Object.hasOwn(spec.tokens, t)).map((t) => {
      const d = spec.tokens[t]!;
      return datum(cx, d, `${name}'s ${shown} logs every request's ${d.what} as :${t}`, call);
    }),
  );
}

/**
 * The texts a format argument may hold: a literal or const, each branch of a conditional or of `a ?? b` / `a || b`
 * (a format chosen by the environment logs what either choice logs), a union of string literals its type says.
 */
function formatTexts(cx: Analysis, e: TS.Expression, depth: number): string[] {
  const ts = cx.ts;
  const x = skipOuter(ts, e);
  if (depth > 5) return [];
  if (ts.isConditionalExpression(x)) return [...formatTexts(cx, x.whenTrue, depth + 1), ...formatTexts(cx, x.whenFalse, depth + 1)];
  if (ts.isBinaryExpression(x) && (x.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || x.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return [...formatTexts(cx, x.left, depth + 1), ...formatTexts(cx, x.right, depth + 1)];
  }
  const text = stringOf(cx, x);
  if (text !== undefined) return [text];
  const type = cx.checker.getTypeAtLocation(x);
  if (type.isUnion() && type.types.every((t) => t.isStringLiteral())) return type.types.map((t) => (t as TS.StringLiteralType).value);
  const init = initializerOf(cx, x);
  return init ? formatTexts(cx, init, depth + 1) : [];
}

/** A format function `(tokens, req, res) => …`: the tokens it calls, and what the engine sees in what it returns. */
function formatFunction(frame: Evaluator, name: string, spec: FormatSpec, fn: Fn, call: TS.CallExpression): Val {
  const cx = frame.cx;
  const ts = cx.ts;
  const parts: Val[] = [];
  const tokensParam = fn.parameters[0];
  const tokens = tokensParam && ts.isIdentifier(tokensParam.name) ? cx.checker.getSymbolAtLocation(tokensParam.name) : undefined;
  if (tokens && fn.body) {
    const used = new Set<string>();
    walk(ts, fn.body, (n) => {
      if (!ts.isElementAccessExpression(n) && !ts.isPropertyAccessExpression(n)) return;
      const on = skipOuter(ts, n.expression);
      if (!ts.isIdentifier(on) || cx.checker.getSymbolAtLocation(on) !== tokens) return;
      const read = ts.isElementAccessExpression(n) ? stringOf(cx, n.argumentExpression) : n.name.text;
      if (read !== undefined) used.add(read);
    });
    for (const t of used) {
      if (Object.hasOwn(spec.tokens, t)) parts.push(datum(cx, spec.tokens[t]!, `${name}'s format function logs every request's ${spec.tokens[t]!.what} as tokens['${t}']`, call));
    }
  }
  const returned = flatten(cx.summary(fn).returns);
  if (returned.labels.length > 0) parts.push(step({ labels: returned.labels, params: [] }, cx.step(call, `returned by ${name}'s format function, logged for every request`)));
  return join(...parts);
}

// --- pino-http: the request serializer and redaction ---

function serializerData(frame: Evaluator, name: string, spec: SerializerSpec, call: TS.CallExpression): Val {
  const cx = frame.cx;
  const arg = call.arguments[spec.arg];
  const options = arg ? objectOf(cx, arg) : undefined;
  // options the code does not show (a parameter, a spread of another object): what they set is not known
  if (arg && (!options ? !isStream(cx, arg) : options.properties.some((p) => cx.ts.isSpreadAssignment(p)))) return EMPTY;
  const key = stringOf(cx, prop(cx, objectOf(cx, prop(cx, options, 'customAttributeKeys')), spec.key)) ?? spec.key;
  const serializers = objectOf(cx, prop(cx, options, 'serializers'));
  const given = prop(cx, serializers, key) ?? prop(cx, serializers, spec.key);
  const custom = given && !isStdSerializer(cx, given) ? given : undefined;
  const fields = new Map<string, Val>();
  for (const [member, d] of Object.entries(spec.fields)) {
    const note = custom ? `${name} gives its request serializer every request's ${d.what} as ${key}.${member}` : `${name}'s default request serializer logs every request's ${d.what} as ${key}.${member}`;
    fields.set(member, datum(cx, d, note, call));
  }
  const request = withFields(fields);
  let logged = request;
  if (custom) {
    const fn = functionOf(cx, custom);
    if (!fn) return EMPTY; // a serializer the engine cannot see into
    logged = fillFirst(cx.summary(fn).returns, request, cx.step(custom, `returned by ${name}'s request serializer, logged for every request`));
  }
  const paths = [...(options ? (redactPaths(cx, options) ?? []) : []), ...loggerRedactPaths(cx, spec.loggerOption ? prop(cx, options, spec.loggerOption) : undefined)];
  return flatten(redactVal(withFields(new Map([[key, logged]])), paths, cx, call));
}

/** `pinoHttp(pino.destination(…))`: a stream given in place of the options (the defaults apply). */
function isStream(cx: Analysis, e: TS.Expression): boolean {
  return cx.checker.getTypeAtLocation(e).getProperty('write') !== undefined;
}

/** `serializers: { req: pino.stdSerializers.req }`: the default serializer named explicitly. */
function isStdSerializer(cx: Analysis, e: TS.Expression): boolean {
  const x = skipOuter(cx.ts, e);
  return cx.ts.isPropertyAccessExpression(x) && /(^|\.)stdSerializers$/.test(x.expression.getText());
}

/** The redact paths of the pino logger an option names: `logger: pino({ redact })`, inline or a const. */
function loggerRedactPaths(cx: Analysis, e: TS.Expression | undefined): RedactPath[] {
  const ts = cx.ts;
  let x = e && skipOuter(ts, e);
  if (x && !ts.isCallExpression(x)) {
    const init = initializerOf(cx, x);
    x = init && skipOuter(ts, init);
  }
  if (!x || !ts.isCallExpression(x)) return [];
  const options = objectOf(cx, x.arguments[0]);
  return options ? (redactPaths(cx, options) ?? []) : [];
}

/** A serializer's result with its parameter's placeholders filled with the request it is given. */
function fillFirst(v: Val, input: Val, s: Step): Val {
  const fields = new Map([...(v.fields ?? [])].map(([k, f]) => [k, fillFirst(f, input, s)] as const));
  const parts: Val[] = [withFields(fields), step({ labels: v.labels, params: [] }, s)];
  for (const p of v.params) {
    if (p.index !== 0) continue;
    let got = step(input, s);
    for (const k of p.path) got = field(got, k, s);
    if (p.omit !== undefined || p.only !== undefined) got = restrict(got, p);
    parts.push(p.clean ? sanitize(got, p.clean, s) : got);
  }
  return join(...parts);
}
