/**
 * Calls: sanitizers, sinks, project functions (through their summaries), and the library functions
 * that move data without storing or sending it (array callbacks, promises, JSON, Object.assign).
 */
import type * as TS from 'typescript';
import { BUILDERS } from '../../catalog/builders.js';
import { SANITIZERS } from '../../catalog/sanitizers.js';
import { SHAPERS } from '../../catalog/shapers.js';
import { argumentMatches, atResultPath } from './conditions.js';
import { SINKS, type SinkSpec } from '../../catalog/sinks/index.js';
import type { Clean, Label } from '../model.js';
import { sinkFact } from './hosts.js';
import { ALL_ARGUMENTS, EMPTY, THIS, type Val, field, flatten, join, restrict, sanitize, step, throughParam, withFields, withoutVia } from '../value.js';
import type { Analysis, CallTarget, SinkSite, Summary } from '../analysis.js';
import { typeLabels } from './type-labels.js';
import { implementationsOf } from './implementations.js';
import { outsideProductionOnly } from './environment.js';
import { containerOf, skipOuter } from '../syntax.js';
import { constantValue } from '../derived.js';
import { importSpecifierOf, packageOfFile } from '../packages.js';
import { projectFunctionNames, resolveCall, stringOf } from '../resolve.js';
import { masksByName, masksEveryCharacter } from './masks.js';
import { matchSanitizer } from './sanitizer-match.js';
import { ORM_PACKAGES, isBuilder, sinkData, valueOrigin, writtenByType } from './sink-data.js';
import type { Evaluator } from './frame.js';

export type { Evaluator } from './frame.js';

const CALLBACK_METHODS = new Set(['map', 'flatMap', 'forEach', 'filter', 'find', 'findLast', 'some', 'every', 'reduce', 'then', 'catch', 'finally', 'sort']);

export function evalCall(frame: Evaluator, call: TS.CallExpression): Val {
  const { ts, checker, program } = frame.cx;
  const cx = frame.cx;
  const callee = skipOuter(ts, call.expression);
  if (resolved(frame, call, callee)) return EMPTY;
  const receiverExpr = ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee) ? callee.expression : undefined;
  const receiver = receiverExpr ? frame.eval(receiverExpr) : EMPTY;
  const args = call.arguments.map((a) => (ts.isArrowFunction(a) || ts.isFunctionExpression(a) ? EMPTY : frame.eval(a)));
  const target: CallTarget = worthResolving(cx, call) ? resolveCall(ts, program, checker, call) : { member: (callee as TS.PropertyAccessExpression).name.text };
  if (receiverExpr && ts.isPropertyAccessExpression(callee) && /^(apply|call)$/.test(callee.name.text)) {
    const forwarded = forwardedSink(frame, call, callee.name.text === 'apply' ? flatten(args[1] ?? EMPTY) : flatten(join(...args.slice(1))), receiverExpr);
    if (forwarded) return EMPTY;
  }

  const sanitizer = matchSanitizer(cx, target, call);
  if (sanitizer) {
    if (sanitizer.site) hashSite(frame, call, sanitizer.site, sanitizer.clean, args[sanitizer.data] ?? EMPTY, call.arguments[sanitizer.data]);
    const result = atResultPath(frame.clean(args[sanitizer.data] ?? EMPTY, sanitizer.clean, call, `${sanitizer.clean.kind === 'encrypt' ? 'encrypted' : sanitizer.clean.kind === 'mask' ? 'masked' : 'hashed'} by ${sanitizer.clean.by}`), sanitizer.result);
    // Node-style callbacks (`bcrypt.hash(pw, salt, (err, hash) => …)`) receive the result as their second parameter
    for (const a of call.arguments) {
      const fn = skipOuter(ts, a);
      if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) frame.callback(fn, [EMPTY, result]);
    }
    return result;
  }

  const declared = declaredSanitizer(frame, target);
  if (declared) return frame.clean(flatten(join(...args)), declared, call, `passed through ${declared.by}`);

  const sink = matchSink(
    target,
    () => (receiverExpr ? checker.getNonNullableType(checker.getTypeAtLocation(receiverExpr)).getSymbol()?.getName() : undefined),
    (cond) => argumentMatches(ts, program, checker, cond, call),
  );
  if (sink) {
    // A log written only outside production (`if (env.isTestEnv()) console.log(…)`): not the service's logs
    if (sink.kind === 'log' && !sink.thirdParty && outsideProductionOnly(ts, call)) return EMPTY;
    const fact = sinkFact(cx, sink, call, target);
    const enc = sink.kind === 'storage' ? cx.stores.encryptedColumns(fact.store, call) : undefined;
    const data = sinkData(frame, sink, call, args, receiver, receiverExpr, enc, fact.store);
    cx.record(call, fact, { labels: data.labels, params: [] });
    defer(frame, call, fact, data);
    return EMPTY;
  }

  const self = receiverExpr ? { val: receiver, expr: receiverExpr } : undefined;
  if (target.body) {
    const result = instantiate(frame, call, target.body, args, 'returns', self);
    return masksByName(ts, target.member, target.body) ? frame.clean(result, { kind: 'mask', by: target.member }, call, `masked by ${target.member}()`) : result;
  }
  // A method of an interface or an abstract class: the implementations' methods (flow/implementations.ts)
  if (target.declaration && !target.package) {
    const impls = implementationsOf(cx, target.declaration);
    if (impls.length > 0) {
      cx.dependsOn(call.getSourceFile().fileName, impls.map((f) => f.getSourceFile().fileName));
      return join(...impls.map((fn) => instantiate(frame, call, fn, args, 'returns', self)));
    }
  }
  if (isBuilder(target)) return join(...args);
  const shaped = shape(frame, call, target, args);
  if (shaped) return shaped;
  if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.SuperKeyword) return EMPTY;

  const builtin = builtins(frame, call, target, receiver, args);
  if (builtin) return builtin;

  // A method of a labelled value (`email.trim()`, `hash.digest('hex')`) returns what it holds, unless it
  // returns a boolean or a number (`email.includes('@')`, `phone.length`): those carry no personal data.
  // `url.toString()`, `params.toString()`: an object's text holds what its fields hold (a URL whose query was set).
  const whole = receiverExpr && TEXT_METHODS.has(target.member) ? flatten(receiver) : receiver;
  if (receiverExpr && (whole.labels.length > 0 || whole.params.length > 0)) {
    // `password.replace(/./g, '*')`: every character replaced by a constant is a mask, not the value
    if (masksEveryCharacter(ts, call)) return frame.clean(flatten(receiver), { kind: 'mask', by: 'replace' }, call, 'masked by replace(…) of every character');
    const t = checker.getTypeAtLocation(call);
    const scalar = ts.TypeFlags.BooleanLike | ts.TypeFlags.NumberLike | ts.TypeFlags.Void | ts.TypeFlags.Undefined;
    if (!(t.flags & scalar)) return flatten(receiver);
  }
  return namedResult(frame, call, target, receiverExpr);
}



/**
 * `console.log.apply(this, arguments)`, `logger.info.call(logger, msg)`: Function.prototype's apply and call run the
 * function they are called on, here a sink: what the forwarded arguments carry arrives there (flattened: which
 * argument is which is not followed). Returns whether the function was a sink.
 */
function forwardedSink(frame: Evaluator, call: TS.CallExpression, data: Val, fnExpr: TS.Expression): boolean {
  const cx = frame.cx;
  const ts = cx.ts;
  const fn = skipOuter(ts, fnExpr);
  const nameNode = ts.isPropertyAccessExpression(fn) ? fn.name : ts.isIdentifier(fn) ? fn : undefined;
  const sym = nameNode && cx.checker.getSymbolAtLocation(nameNode);
  const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
  if (!nameNode || !decl) return false;
  const file = decl.getSourceFile();
  const pkg = packageOfFile(cx.program, file) ?? (file.isDeclarationFile ? 'lib' : undefined);
  const container = containerOf(ts, decl);
  const inner: CallTarget = { member: nameNode.text, declaration: decl as TS.Declaration, ...(pkg ? { package: pkg } : {}), ...(container ? { container } : {}) };
  const sink = matchSink(inner, () => undefined, () => false);
  if (!sink || sink.kind !== 'log') return false;
  const fact = sinkFact(cx, sink, call, inner);
  cx.record(call, fact, { labels: data.labels, params: [] });
  defer(frame, call, fact, data);
  return true;
}

/**
 * `getPassword()`, `o.getPassword()` in untyped code: a call nothing describes (no declaration, its result `any`)
 * whose name says it returns an item is judged by that name, as a property read from an untyped value is
 * (`o.password`). The getter's verb is dropped (`get`, `fetch`, `load`, `read`); the receiver is the owner, so
 * `config.getPassword()` is a service's setting and a weak guess (`getAddress()`) needs a receiver about a person.
 * The name is tested first: the checker is asked for the result's type only when it matches.
 */
function namedResult(frame: Evaluator, call: TS.CallExpression, target: CallTarget, receiverExpr: TS.Expression | undefined): Val {
  const cx = frame.cx;
  const ts = cx.ts;
  if (target.declaration || (target.package && !target.package.startsWith('global:'))) return EMPTY;
  const m = /^(?:get|fetch|load|read)(?=[A-Z_])_?(.+)$/.exec(target.member);
  if (!m) return EMPTY;
  const owner = receiverExpr ? skipOuter(ts, receiverExpr) : undefined;
  const ownerName = owner && ts.isIdentifier(owner) ? owner.text : owner && ts.isPropertyAccessExpression(owner) ? owner.name.text : undefined;
  const hits = cx.items.forName(m[1]!, `${target.member}()`, true, { names: ownerName ? [ownerName] : [], strongSibling: false });
  if (hits.length === 0 || !(cx.checker.getTypeAtLocation(call).flags & ts.TypeFlags.Any)) return EMPTY;
  return cx.labelsOf(hits, call);
}


/** Methods that turn an object into its text (`URL.toString()`, `toJSON()`): the text holds every field. */
const TEXT_METHODS = new Set(['toString', 'toJSON', 'toLocaleString', 'valueOf']);

/**
 * A hash or cipher primitive reached by personal data that no sanitizer has cleaned yet: a sink of kind `hash`, so
 * that no-plaintext-password judges a password's hash where it is made (`md5(password)` in a helper whose result
 * is returned), whether or not the result is later seen stored. The result carries on as a sanitized value, with
 * this call among its steps: a later sink of the same value is the same flow (the rule reports it once, here).
 */
function hashSite(frame: Evaluator, call: TS.CallExpression, name: string, clean: Clean, v: Val, data: TS.Expression | undefined): void {
  const flat = flatten(v);
  let labels: readonly Label[] = flat.labels.filter((l) => !l.clean);
  const params = flat.params.filter((p) => !p.clean);
  if (labels.length === 0 && params.length === 0) {
    labels = data ? hardCodedCredential(frame.cx, data) : [];
    if (labels.length === 0) return;
  }
  const fact = { kind: 'hash' as const, name, hash: clean };
  frame.cx.record(call, fact, { labels, params: [] });
  defer(frame, call, fact, { labels, params });
}

/**
 * `const password = 'secret'; createHash('md5').update(password)`: a variable named for a credential whose value is a
 * constant holds no person's data to log or store (derived.ts), but hashing it is still hashing a password, and the
 * algorithm is the finding. Only at a hash site, only for items of class credential, only for a constant initializer.
 */
function hardCodedCredential(cx: Analysis, data: TS.Expression): readonly Label[] {
  const ts = cx.ts;
  const e = skipOuter(ts, data);
  if (!ts.isIdentifier(e)) return [];
  const decl = cx.checker.getSymbolAtLocation(e)?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || !constantValue(ts, decl.initializer)) return [];
  const credential = (item: string) => cx.manifest.dataItems?.find((d) => d.id === item)?.class === 'credential';
  const hits = cx.items.forName(e.text, `${e.text} (a hard-coded value)`).filter((h) => credential(h.item));
  return cx.labelsOf(hits, e).labels;
}

/**
 * Whether the checker must resolve a call: a method whose name no sink, sanitizer or inline-callback method
 * has, that names no project function and no declared encryptor or masker (`.where(…)`, `.limit(1)`, `z.string()`)
 * can only end in the "method of a labelled value" rule below, which needs no target. Resolving it would make
 * the checker infer the whole builder chain in front of it. Calls of plain names are always resolved (cheap,
 * and an import alias may rename them).
 */
function worthResolving(cx: Analysis, call: TS.CallExpression): boolean {
  const ts = cx.ts;
  const callee = skipOuter(ts, call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return true;
  const name = callee.name.text;
  return catalogMember(name) || projectFunctionNames(cx).has(name) || declaredNames(cx).has(name);
}

const catalogMembers = new Map<string, boolean>();

/** A member name some catalog entry or builtin could match (memoised: the catalogs are constants). */
function catalogMember(name: string): boolean {
  let known = catalogMembers.get(name);
  if (known === undefined) {
    known = CALLBACK_METHODS.has(name) || name === 'get' || name === 'setDataValue' || SINKS.some((s) => !s.assign && s.member.test(name)) || SANITIZERS.some((s) => s.member.test(name)) || BUILDERS.some((b) => b.member.test(name)) || SHAPERS.some((s) => s.member.test(name));
    catalogMembers.set(name, known);
  }
  return known;
}

const declared = new WeakMap<Analysis, Set<string>>();

/** The function names of `security.encryptors` and `security.maskers` (`crypto.encryptField` -> encryptField). */
function declaredNames(cx: Analysis): Set<string> {
  let names = declared.get(cx);
  if (!names) {
    const security = cx.manifest.security;
    names = new Set([...(security?.encryptors ?? []), ...(security?.maskers ?? [])].map((n) => n.replace(/^.*\./, '')));
    declared.set(cx, names);
  }
  return names;
}

/**
 * `new C(args)`: a project class's constructor summary gives the instance its fields; a library object
 * (a URL, an AWS SDK command, a Date) carries what it was built from.
 */
export function evalNew(frame: Evaluator, e: TS.NewExpression): Val {
  const { ts, checker } = frame.cx;
  const promised = promiseExecutor(frame, e);
  if (promised) return promised;
  const args = (e.arguments ?? []).map((a) => (ts.isArrowFunction(a) || ts.isFunctionExpression(a) ? EMPTY : frame.eval(a)));
  const decl = checker.getResolvedSignature(e)?.declaration;
  if (decl && !ts.isJSDocSignature(decl) && ts.isConstructorDeclaration(decl) && decl.body && frame.cx.isProjectFile(decl.getSourceFile())) {
    return instantiate(frame, e, decl, args, 'instance');
  }
  if (decl && frame.cx.isProjectFile(decl.getSourceFile())) return EMPTY; // a project class without a constructor body
  return args.length === 1 ? args[0]! : join(...args);
}

/**
 * `new Promise((resolve, reject) => …)`: the executor runs at once, inline, and the promise holds what it passes to
 * `resolve`, also from a callback inside it (`bcrypt.hash(pw, 10, (err, hash) => resolve(hash))`). Undefined when
 * `e` is not a new Promise of TypeScript's lib with a function written in place.
 */
function promiseExecutor(frame: Evaluator, e: TS.NewExpression): Val | undefined {
  const cx = frame.cx;
  const ts = cx.ts;
  const executor = e.arguments?.[0] && skipOuter(ts, e.arguments[0]);
  if (!executor || !(ts.isArrowFunction(executor) || ts.isFunctionExpression(executor)) || !ts.isIdentifier(e.expression) || e.expression.text !== 'Promise') return undefined;
  if (cx.checker.getSymbolAtLocation(e.expression)?.declarations?.some((d) => !d.getSourceFile().isDeclarationFile)) return undefined;
  const first = executor.parameters[0];
  const resolve = first && ts.isIdentifier(first.name) ? cx.checker.getSymbolAtLocation(first.name) : undefined;
  if (resolve) cx.resolvers.set(resolve, EMPTY);
  try {
    frame.callback(executor, [EMPTY, EMPTY]);
    return resolve ? (cx.resolvers.get(resolve) ?? EMPTY) : EMPTY;
  } finally {
    if (resolve) cx.resolvers.delete(resolve);
  }
}

/** A call of a promise executor's `resolve` (promiseExecutor): what it passes is the promise's value. */
function resolved(frame: Evaluator, call: TS.CallExpression, callee: TS.Expression): boolean {
  const cx = frame.cx;
  if (cx.resolvers.size === 0 || !cx.ts.isIdentifier(callee)) return false;
  const sym = cx.checker.getSymbolAtLocation(callee);
  const known = sym && cx.resolvers.get(sym);
  if (!sym || known === undefined) return false;
  cx.resolvers.set(sym, join(known, ...call.arguments.map((a) => frame.eval(a))));
  return true;
}

/** A project function's summary, with the call's arguments in place of its parameters. */
function instantiate(
  frame: Evaluator,
  call: TS.CallExpression | TS.NewExpression | TS.BinaryExpression,
  fn: TS.SignatureDeclaration & { body?: TS.Node },
  args: Val[],
  result: 'returns' | 'instance' = 'returns',
  /** The object a method is called on (fills the summary's THIS placeholder). */
  receiver?: { val: Val; expr: TS.Expression },
): Val {
  const cx = frame.cx;
  const summary = cx.summary(fn);
  cx.instantiated(call, fn);
  const name = fn.name && cx.ts.isIdentifier(fn.name) ? fn.name.text : (cx.ts.isBinaryExpression(call) ? call.left : call.expression).getText().slice(0, 40);
  const argExprs = cx.ts.isBinaryExpression(call) ? [call.right] : (call.arguments ?? []);
  const callStep = cx.step(call, `passed to ${name}()`);
  const argOf = (index: number): { val: Val; expr?: TS.Expression } => {
    if (index === THIS) return receiver ?? { val: EMPTY };
    if (index === ALL_ARGUMENTS) return { val: join(...args) };
    const param = fn.parameters[index];
    if (param?.dotDotDotToken) return { val: join(...args.slice(index)) };
    const expr = argExprs[index];
    return { val: args[index] ?? EMPTY, ...(expr ? { expr } : {}) };
  };
  // An argument whole: its value, and what its type holds (for a store, only where the value does not show it).
  const byType = (expr: TS.Expression, storage: boolean): Val => (!storage ? typeLabels(cx, expr) : writtenByType(frame, expr) ? typeLabels(cx, expr, [], { storage }) : EMPTY);
  // A guess the callee made from a declaration (a member's declared type or annotation, a parameter's name, what its
  // type holds), through a parameter: the call site's argument decides.
  // - What the argument holds there says it (a bcrypt hash, an email read from a form): the fill carries exactly that.
  // - The caller's own parameter there: the guess moves up to it, for the caller's callers to decide.
  // - Nothing known there: an annotation or a brand still says what the value is; a name or type's guess does not
  //   hold for an object the caller built or a project function's result with fields (it shows what was set), and
  //   holds as data loaded from a store if the argument was loaded (valueOrigin), else as said.
  const settle = (l: Label & { via: NonNullable<Label['via']> }): Label[] => {
    const { val, expr } = argOf(l.via.index);
    // a member the parameter's type declares explicitly (an annotation, a brand): it holds, unless the argument shows
    // that item itself (`cardNumber: payment.card?.number` is unknown, yet annotated a card number)
    if (l.via.typed && (l.how === 'annotation' || l.how === 'brand')) return flatten(val).labels.some((x) => x.item === l.item) ? [] : [withoutVia(l)];
    let at = val;
    for (const key of l.via.path) at = at.fields?.get(key) ?? EMPTY;
    if (at.labels.length > 0 || at.fields) return [];
    // what the parameter's type holds: the fill adds what the argument's own type holds, from the call site
    if (l.via.typed && l.via.path.length === 0 && expr) return [];
    const origin = expr ? valueOrigin(frame, expr) : 'typed';
    if (origin === 'loaded') return [{ ...withoutVia(l), loaded: true }];
    const up = at.params[0] ?? (val.labels.length === 0 && !val.fields ? val.params[0] : undefined);
    if (up) return up.omit || up.only ? [withoutVia(l)] : [{ ...l, via: { index: up.index, path: at.params[0] ? up.path : [...up.path, ...l.via.path] } }];
    if (l.how === 'annotation' || l.how === 'brand') return [withoutVia(l)];
    return val.fields || origin === 'literal' ? [] : [withoutVia(l)];
  };
  const fill = (v: Val, keepConcrete: boolean, storage = false): Val => {
    const fields = v.fields ? new Map([...v.fields].map(([k, f]) => [k, fill(f, keepConcrete, storage)] as const)) : undefined;
    const parts: Val[] = [withFields(fields ?? new Map())];
    const guessed = v.labels.flatMap((l) => (l.via ? settle(l as Label & { via: NonNullable<Label['via']> }) : keepConcrete ? [l] : []));
    if (guessed.length > 0) parts.push({ labels: guessed, params: [] });
    for (const p of v.params) {
      const { val, expr } = argOf(p.index);
      let got = step(val, callStep);
      // A placeholder restricted by a rest element (`{ message, ...rest }`) takes the argument's fields only: the
      // rest's own declared type already said in the callee what it holds, and a generic helper (an HTTP response
      // wrapper's `...rest` of `TData`) would otherwise take on every member of whatever type a caller passes.
      const shaped = p.omit !== undefined || p.only !== undefined;
      if (expr && p.path.length === 0 && !shaped) got = join(got, throughParam(byType(expr, storage), val, undefined, 'typed'));
      for (const key of p.path) got = field(got, key, callStep);
      if (shaped) got = restrict(got, p);
      got = { labels: got.labels.map((l) => ({ ...l, steps: [...l.steps, ...p.steps] })), params: got.params, ...(got.fields ? { fields: got.fields } : {}) };
      parts.push(p.clean ? sanitize(got, p.clean, callStep) : got);
    }
    return join(...parts);
  };
  for (const hit of summary.hits) {
    const v = flatten(fill(hit.val, false, hit.sink.kind === 'storage'));
    cx.record(hit.at, hit.sink, v);
    defer(frame, hit.at, hit.sink, v);
  }
  if (result === 'instance') return fill(withFields(new Map(summary.thisFields)), true);
  return fill(summary.returns, true);
}

/**
 * What a caller must still decide of the data reaching a sink: the parameters' placeholders, and the guesses made
 * through them (Label.via). Concrete labels are recorded where they are.
 */
function defer(frame: Evaluator, at: SinkSite, sink: Summary['hits'][number]['sink'], data: Val): void {
  const via = data.labels.filter((l) => l.via);
  if (data.params.length > 0 || via.length > 0) frame.hits.push({ at, sink, val: { labels: via, params: data.params } });
}

/**
 * What a value of `expr`'s type holds in the members a rest element or a pick/omit keeps: the other members are
 * left out as a logger's redaction leaves them out.
 */
function typeLabelsExcept(cx: Analysis, expr: TS.Expression, keys: { omit?: readonly string[]; only?: readonly string[] }): Val {
  const type = cx.checker.getNonNullableType(cx.checker.getTypeAtLocation(expr));
  const names = type.getProperties().map((m) => m.getName());
  const dropped = names.filter((n) => keys.omit?.includes(n) || (keys.only !== undefined && !keys.only.includes(n)));
  if (keys.only !== undefined && dropped.length === names.length) return EMPTY;
  return typeLabels(cx, expr, dropped.map((n) => [n]));
}

function builtins(frame: Evaluator, call: TS.CallExpression, target: CallTarget, receiver: Val, args: Val[]): Val | undefined {
  const ts = frame.cx.ts;
  const callee = skipOuter(ts, call.expression);
  const text = ts.isPropertyAccessExpression(callee) ? `${callee.expression.getText()}.${callee.name.text}` : callee.getText();
  switch (text) {
    case 'JSON.stringify':
    case 'String':
    case 'encodeURIComponent':
    case 'encodeURI':
    case 'btoa':
    case 'Buffer.from':
      return flatten(join(args[0] ?? EMPTY, typeLabels(frame.cx, call.arguments[0] ?? call)));
    // Numeric conversions of a value are the value (a phone number as a number is still the phone number)
    case 'Number':
    case 'parseInt':
    case 'parseFloat':
    case 'Number.parseInt':
    case 'Number.parseFloat':
    case 'BigInt':
      return flatten(args[0] ?? EMPTY);
    case 'structuredClone':
    case 'Promise.resolve':
    case 'JSON.parse':
      return args[0] ?? EMPTY;
    case 'Object.assign':
    case 'Promise.all':
    case 'Promise.allSettled':
      return join(...args);
    case 'Object.values':
    case 'Object.entries':
      return flatten(args[0] ?? EMPTY);
  }
  // An ORM instance's field written through a method: `user.setDataValue('password', hash)`, `doc.set('email', v)`
  if (ts.isPropertyAccessExpression(callee) && (target.member === 'setDataValue' || (target.member === 'set' && ORM_PACKAGES.has(target.package ?? '')))) {
    const field = call.arguments[0];
    if (field && ts.isStringLiteralLike(field)) {
      frame.writeField(callee.expression, field.text, args[1] ?? EMPTY, call.arguments[1], call);
      return EMPTY;
    }
  }
  if (target.package !== 'lib' && target.package !== 'node' && target.package !== 'undici-types') return undefined;
  // Form and query input by field name: formData.get('phone'), searchParams.get('email').
  const key = call.arguments[0];
  // A query string built in place: `params.append('email', v)`, `url.searchParams.set('phone', v)` put `v` in the
  // object the chain starts from (the URLSearchParams, or the URL owning it), which a transfer then carries.
  if (/^(set|append)$/.test(target.member) && target.container === 'URLSearchParams' && ts.isPropertyAccessExpression(callee)) {
    let root = skipOuter(ts, callee.expression);
    while (ts.isPropertyAccessExpression(root) && root.expression.kind !== ts.SyntaxKind.ThisKeyword) root = skipOuter(ts, root.expression);
    const name = key && ts.isStringLiteralLike(key) ? key.text : 'search';
    frame.writeField(root, name, flatten(args[1] ?? EMPTY), call.arguments[1], call);
    return EMPTY;
  }
  if (target.member === 'get' && /^(FormData|URLSearchParams)$/.test(target.container ?? '') && key && ts.isStringLiteralLike(key)) {
    return frame.cx.labelsOf(frame.cx.items.forName(key.text, `${target.container}.get('${key.text}')`), call);
  }
  if (!CALLBACK_METHODS.has(target.member)) return undefined;
  const element = flatten(receiver);
  let result: Val = EMPTY;
  call.arguments.forEach((a) => {
    const fn = skipOuter(ts, a);
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return;
    const params = target.member === 'reduce' ? [EMPTY, element] : target.member === 'then' ? [receiver] : [element];
    result = join(result, frame.callback(fn, params));
  });
  if (['filter', 'find', 'findLast', 'sort'].includes(target.member)) return receiver;
  if (['map', 'flatMap', 'reduce', 'then', 'catch'].includes(target.member)) return result;
  if (target.member === 'finally') return receiver;
  return EMPTY;
}

/**
 * `obj.x = v` / `this.x = v` through a `set x(v)` accessor of a project class: the setter's summary with `v` for
 * its parameter (the sinks it reaches), and the fields it assigns on `this` given to the object written.
 */
export function assignSetter(frame: Evaluator, e: TS.BinaryExpression, v: Val): void {
  const { ts, checker } = frame.cx;
  const left = skipOuter(ts, e.left);
  if (!ts.isPropertyAccessExpression(left)) return;
  const setter = checker.getSymbolAtLocation(left.name)?.declarations?.find((d): d is TS.SetAccessorDeclaration => ts.isSetAccessorDeclaration(d) && d.body !== undefined);
  if (!setter || !frame.cx.isProjectFile(setter.getSourceFile())) return;
  const fields = instantiate(frame, e, setter, [v], 'instance', { val: frame.eval(left.expression), expr: left.expression }).fields;
  if (!fields) return;
  const base = skipOuter(ts, left.expression);
  if (base.kind === ts.SyntaxKind.ThisKeyword) for (const [k, f] of fields) frame.thisFields.set(k, join(frame.thisFields.get(k) ?? EMPTY, f));
  const sym = ts.isIdentifier(base) ? checker.getSymbolAtLocation(base) : undefined;
  if (sym) frame.env.set(sym, join(frame.env.get(sym) ?? EMPTY, withFields(new Map(fields))));
}

/** `document.cookie = v`, `localStorage.key = v`: a property written whose declaration an assignment sink names. */
export function assignSink(frame: Evaluator, e: TS.BinaryExpression, v: Val): void {
  const cx = frame.cx;
  const { ts, checker, program } = cx;
  const left = skipOuter(ts, e.left);
  const global = globalAssigned(cx, left);
  if (!ts.isPropertyAccessExpression(left) && !ts.isElementAccessExpression(left) && !global) return;
  if (global) {
    const sink = SINKS.find((s) => s.assign && s.packages.includes(`global:${global}`) && s.member.test(global));
    if (sink) recordAssigned(frame, e, v, sink, `global:${global}`);
    return;
  }
  if (!ts.isPropertyAccessExpression(left) && !ts.isElementAccessExpression(left)) return;
  const nameNode = ts.isPropertyAccessExpression(left) ? left.name : left.argumentExpression;
  const sym = checker.getSymbolAtLocation(nameNode);
  let decl: TS.Node | undefined = sym?.valueDeclaration ?? sym?.declarations?.[0];
  // `localStorage.x = v` resolves to Storage's index signature (the symbol `__index`), as `localStorage['x'] = v` does
  let member = decl && ts.isIndexSignatureDeclaration(decl) ? '[]' : (sym?.getName() ?? '[]');
  let container: string | undefined;
  if (decl) container = containerOf(ts, decl);
  else {
    // through an index signature: the object's type names the container
    const owner = checker.getTypeAtLocation(left.expression).getSymbol();
    decl = owner?.declarations?.[0];
    container = owner?.getName();
    member = '[]';
  }
  if (!decl) return;
  const pkg = packageOfFile(program, decl.getSourceFile()) ?? (decl.getSourceFile().isDeclarationFile ? 'lib' : undefined);
  const sink = pkg ? SINKS.find((s) => s.assign && s.packages.includes(pkg) && s.member.test(member) && (!s.container || (container !== undefined && s.container.test(container)))) : undefined;
  if (!sink) return;
  recordAssigned(frame, e, v, sink);
}

function recordAssigned(frame: Evaluator, e: TS.BinaryExpression, v: Val, sink: SinkSpec, pkg?: string): void {
  const cx = frame.cx;
  const data = join(flatten(v), typeLabels(cx, e.right));
  const fact = { kind: sink.kind, name: sink.name, ...(pkg ? { package: pkg } : {}), ...(sink.party ? { party: sink.party } : {}) };
  cx.record(e, fact, { labels: data.labels, params: [] });
  defer(frame, e, fact, data);
}

/**
 * lodash `pick(obj, keys)` / `omit(obj, keys)` (catalog/shapers.ts): the object's value with only the kept fields
 * (a parameter placeholder remembers which), joined with what its type holds in them. Keys that are not constants:
 * the whole object passes.
 */
function shape(frame: Evaluator, call: TS.CallExpression, target: CallTarget, args: Val[]): Val | undefined {
  const cx = frame.cx;
  const ts = cx.ts;
  if (!target.package) return undefined;
  const member = shaperMember(cx, call, target);
  const spec = SHAPERS.find((s) => s.packages.includes(target.package!) && s.member.test(member));
  const obj = call.arguments[0];
  if (!spec || !obj) return undefined;
  const keys: string[] = [];
  for (const a of call.arguments.slice(1)) {
    const x = skipOuter(ts, a);
    for (const k of ts.isArrayLiteralExpression(x) ? x.elements : [x]) {
      const text = stringOf(cx, k as TS.Expression);
      if (text === undefined) return join(...args);
      keys.push(text.split('.')[0]!);
    }
  }
  const restriction = spec.keep === 'only' ? { only: keys } : { omit: keys };
  const v = step(args[0] ?? EMPTY, cx.step(call, `${member}(${keys.join(', ')})`));
  return join(restrict(v, restriction), typeLabelsExcept(cx, obj, restriction));
}

/** The function a shaper call names: `_.pick`, `pick` imported by name, or a per-method module's default (`lodash/pick`, `lodash.pick`). */
function shaperMember(cx: Analysis, call: TS.CallExpression, target: CallTarget): string {
  const ts = cx.ts;
  const callee = skipOuter(ts, call.expression);
  if (!ts.isIdentifier(callee)) return target.member;
  const decl = cx.checker.getSymbolAtLocation(callee)?.declarations?.[0];
  const spec = decl && ts.isImportClause(decl) ? importSpecifierOf(ts, decl) : undefined;
  if (!spec) return target.member;
  const last = spec.split('/').pop()!.replace(/\.[cm]?js$/, '');
  return last.includes('.') ? last.slice(last.lastIndexOf('.') + 1) : last;
}

/**
 * A browser global an SDK's snippet reads, written without a declaration (`window.intercomSettings = { email }`,
 * `intercomSettings = { … }`): its name, when nothing in the project or its types declares it; else undefined.
 */
function globalAssigned(cx: Analysis, left: TS.Expression): string | undefined {
  const ts = cx.ts;
  let name: TS.Identifier | undefined;
  if (ts.isIdentifier(left)) name = left;
  else if (ts.isPropertyAccessExpression(left) && ts.isIdentifier(left.name) && ts.isIdentifier(left.expression) && /^(window|globalThis|self)$/.test(left.expression.text)) name = left.name;
  if (!name || !ASSIGNED_GLOBALS.has(name.text)) return undefined;
  const sym = cx.checker.getSymbolAtLocation(name);
  return !sym || (sym.declarations ?? []).every((d) => d.getSourceFile().isDeclarationFile) ? name.text : undefined;
}

/** The globals some assignment sink names (`global:intercomSettings`). */
const ASSIGNED_GLOBALS = new Set(SINKS.filter((s) => s.assign).flatMap((s) => s.packages.filter((p) => p.startsWith('global:')).map((p) => p.slice('global:'.length))));

/** The call sinks by package, in catalog order: a call is matched against its package's few entries, not the whole catalog. */
const SINKS_BY_PACKAGE = (() => {
  const out = new Map<string, SinkSpec[]>();
  for (const s of SINKS) if (!s.assign) for (const p of s.packages) out.set(p, [...(out.get(p) ?? []), s]);
  return out;
})();

function matchSink(t: CallTarget, receiverType: () => string | undefined, argument: (cond: NonNullable<SinkSpec['argument']>) => boolean): SinkSpec | undefined {
  if (!t.package) return undefined;
  return SINKS_BY_PACKAGE.get(t.package)?.find(
    (s) =>
      s.member.test(t.member) &&
      (!s.container || (t.container !== undefined && s.container.test(t.container))) &&
      (!s.receiver || s.receiver.test(receiverType() ?? '')) &&
      (!s.argument || argument(s.argument)),
  );
}


/** security.encryptors and security.maskers: project functions named `module.fn`, `Class.method` or `fn`. */
function declaredSanitizer(frame: Evaluator, t: CallTarget): Clean | undefined {
  const security = frame.cx.manifest.security;
  if (!t.declaration || (!security?.encryptors && !security?.maskers)) return undefined;
  const file = t.declaration.getSourceFile().fileName.replace(/^.*\//, '').replace(/\.[cm]?[jt]sx?$/, '');
  const names = new Set([t.member, `${file}.${t.member}`, ...(t.container ? [`${t.container}.${t.member}`] : [])]);
  const enc = security.encryptors?.find((n) => names.has(n));
  if (enc) return { kind: 'encrypt', by: enc };
  const mask = security.maskers?.find((n) => names.has(n));
  if (mask) return { kind: 'mask', by: mask };
  return undefined;
}
