/**
 * `obj[key]` with a key that is not a literal: which of the object's members the read can yield.
 *
 * - A collection (an array, a tuple, a type with an index signature such as `Record<string, User>`, `process.env`,
 *   an untyped or primitive value): every entry is alike, so any key reads any of them (`users[i]`, `byId[id]`).
 * - An object whose type names its members (an object literal, an interface, a class instance): the key selects one
 *   member. When the key's type names the members it can be (`'plan' | 'seats'`, `keyof Account`, a const), those
 *   are read, as `.plan` or `.seats` would be. When it does not (a `string`, untyped JS), the read is of one member
 *   the analysis cannot name, and none of the members' values is yielded: `config[x]` on
 *   `{ password, hostname, port }` is a lookup, not a dump of the password (CodeQL's clear-text-logging suite agrees).
 *   What the object holds as a whole, and a parameter placeholder, still flow. A key that ranges over the object's own
 *   keys (`for (k in obj)`, `Object.keys(obj)`) reads every member.
 */
import type * as TS from 'typescript';
import type { Analysis } from '../analysis.js';
import { skipOuter } from '../syntax.js';

export type KeyedRead =
  /** any entry (a collection, or a key over the object's own keys): the whole value, flattened */
  | { kind: 'entries' }
  /** the members the key's type names */
  | { kind: 'members'; names: readonly string[]; type: TS.Type }
  /** one named member the code does not fix: none of the members' values */
  | { kind: 'one' };

export function keyedRead(cx: Analysis, e: TS.ElementAccessExpression): KeyedRead {
  const ts = cx.ts;
  const base = skipOuter(ts, e.expression);
  const type = cx.checker.getNonNullableType(cx.checker.getTypeAtLocation(base));
  if (!namedMembers(cx, type)) return { kind: 'entries' };
  const names = literalNames(cx, cx.checker.getTypeAtLocation(e.argumentExpression));
  if (names) return { kind: 'members', names, type };
  if (overOwnKeys(cx, e.argumentExpression, base)) return { kind: 'entries' };
  return { kind: 'one' };
}

/** An object type whose members are named: no index signature, not an array or tuple, not a function or class. */
function namedMembers(cx: Analysis, type: TS.Type): boolean {
  const ts = cx.ts;
  if (type.isUnion()) return type.types.every((t) => namedMembers(cx, t));
  if (!(type.flags & ts.TypeFlags.Object) && !type.isIntersection()) return false;
  if (cx.checker.isArrayType(type) || cx.checker.isTupleType(type)) return false;
  if (cx.checker.getIndexInfosOfType(type).length > 0) return false;
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return false;
  return type.getProperties().length > 0;
}

/** The member names a key's type allows, when it is a string or number literal or a union of them. */
function literalNames(cx: Analysis, type: TS.Type): string[] | undefined {
  const parts = type.isUnion() ? type.types : [type];
  const names: string[] = [];
  for (const t of parts) {
    if (t.isStringLiteral() || t.isNumberLiteral()) names.push(String(t.value));
    else return undefined;
  }
  return names.length > 0 ? names : undefined;
}

/** `for (k in obj)`, `for (k of Object.keys(obj))`, `Object.keys(obj).forEach((k) => …)`: k is one of obj's keys. */
function overOwnKeys(cx: Analysis, key: TS.Expression, base: TS.Expression): boolean {
  const ts = cx.ts;
  const k = skipOuter(ts, key);
  if (!ts.isIdentifier(k)) return false;
  const decl = cx.checker.getSymbolAtLocation(k)?.valueDeclaration;
  if (!decl) return false;
  if (ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent)) {
    const loop = decl.parent.parent;
    if (ts.isForInStatement(loop)) return same(cx, loop.expression, base);
    if (ts.isForOfStatement(loop)) return keysOf(cx, loop.expression, base);
    return false;
  }
  if (ts.isParameter(decl) && decl.parent.parameters[0] === decl) {
    const call = decl.parent.parent;
    const callee = ts.isCallExpression(call) ? skipOuter(ts, call.expression) : undefined;
    return !!callee && ts.isPropertyAccessExpression(callee) && keysOf(cx, callee.expression, base);
  }
  return false;
}

/** `Object.keys(obj)` (or `getOwnPropertyNames`, `Reflect.ownKeys`) of the same object. */
function keysOf(cx: Analysis, x: TS.Expression, base: TS.Expression): boolean {
  const ts = cx.ts;
  const call = skipOuter(ts, x);
  if (!ts.isCallExpression(call) || call.arguments.length !== 1) return false;
  const callee = skipOuter(ts, call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return false;
  const fn = `${callee.expression.text}.${callee.name.text}`;
  return ['Object.keys', 'Object.getOwnPropertyNames', 'Reflect.ownKeys'].includes(fn) && same(cx, call.arguments[0]!, base);
}

/** The same variable (by symbol), or the same expression text (`this.config`). */
function same(cx: Analysis, a: TS.Expression, b: TS.Expression): boolean {
  const ts = cx.ts;
  const x = skipOuter(ts, a);
  const y = skipOuter(ts, b);
  if (ts.isIdentifier(x) && ts.isIdentifier(y)) {
    const sx = cx.checker.getSymbolAtLocation(x);
    return !!sx && sx === cx.checker.getSymbolAtLocation(y);
  }
  return x.getText() === y.getText();
}
