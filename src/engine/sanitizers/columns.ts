/**
 * Column-level encryption: the ORM encrypts some columns on the way to the database, so what a storage call
 * writes there is a ciphertext although the code passes the clear value.
 * - TypeORM: `@Column({ transformer: { to, from } })` whose `to` returns its argument through an encryption
 *   sanitizer or a `security.encryptors` function (judged on the function's summary: a reference to the value
 *   encrypted on some path, as in the usual `v == null ? v : encrypt(v)`). A transformer may be inline, a
 *   const, a class instance (`new Encrypted(key)` with a `to` method) or an array of these.
 * - prisma-field-encryption: a field documented `/// @encrypted` in schema.prisma (not `?mode=readonly`, which
 *   writes clear text), written through a client extended with `fieldEncryptionExtension()` (or given
 *   `fieldEncryptionMiddleware()` with `$use`). The same call through a plain client is not encrypted.
 * `encryptedColumns` gives the columns of the store a call writes; `encryptFields` and `encryptedTypeLabels`
 * mark what arrives in them (the written object's fields, and the members its type declares).
 */
import type * as TS from 'typescript';
import type { Context } from '../flow/context.js';
import { typeName } from '../flow/context.js';
import { packageOfFile, skipOuter } from '../flow/targets.js';
import { type Val, flatten, join, sanitize, withFields } from '../flow/value.js';
import type { Clean } from '../model.js';
import { registry } from '../stores/index.js';
import { initializerOf, symbolOf } from '../stores/ast.js';

export type EncryptedColumns = ReadonlyMap<string, Clean>;

const typeormCache = new WeakMap<Context, Map<string, EncryptedColumns>>();
const prismaCache = new WeakMap<Context, Map<string, EncryptedColumns>>();

/** The columns of the store `store` that the call's ORM encrypts on write (undefined: none). */
export function encryptedColumns(cx: Context, store: string | undefined, call: TS.CallExpression): EncryptedColumns | undefined {
  if (!store) return undefined;
  const [kind, name] = [store.slice(0, store.indexOf(':')), store.slice(store.indexOf(':') + 1)];
  const cols = kind === 'typeorm' ? typeormColumns(cx, store, name) : kind === 'prisma' && extendedWithEncryption(cx, call) ? prismaColumns(cx, store, name) : undefined;
  return cols && cols.size > 0 ? cols : undefined;
}

/** The written value with the fields of encrypted columns sanitized (a row's own fields; an array literal's rows are flattened before). */
export function encryptFields(cx: Context, v: Val, cols: EncryptedColumns, at: TS.Node): Val {
  if (!v.fields) return v;
  const fields = new Map<string, Val>();
  for (const [k, f] of v.fields) {
    const clean = cols.get(k);
    fields.set(k, clean ? sanitize(f, clean, cx.step(at, encryptedNote(k, clean))) : f);
  }
  return { ...withFields(fields), labels: v.labels, params: v.params };
}

/** What the written expression's type declares, the encrypted columns' members marked encrypted. */
export function encryptedTypeLabels(cx: Context, expr: TS.Expression, cols: EncryptedColumns): Val {
  const ts = cx.ts;
  const e = skipOuter(ts, expr);
  const step = (k: string, clean: Clean) => cx.step(e, encryptedNote(k, clean));
  const type = cx.checker.getTypeAtLocation(e);
  if (cx.checker.isArrayType(type) && !ts.isArrayLiteralExpression(e)) {
    // rows typed as an array (`repo.save(customers)`): each column of the row type, encrypted or not
    const row = cx.checker.getTypeArguments(type as TS.TypeReference)[0];
    const parts = (row?.getProperties() ?? []).map((prop) => {
      const own = cx.labelsOf(cx.items.forSymbol(prop, typeName(row!)), e);
      const clean = cols.get(prop.getName());
      return clean ? sanitize(own, clean, step(prop.getName(), clean)) : own;
    });
    return join(...parts);
  }
  const paths = [...cols.keys()].map((k) => [k]);
  const parts: Val[] = [cx.typeLabels(expr, paths)];
  if (ts.isObjectLiteralExpression(e)) {
    for (const p of e.properties) {
      const key = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? p.name.getText() : undefined;
      const clean = key !== undefined ? cols.get(key) : undefined;
      if (!clean || key === undefined) continue;
      const value = ts.isPropertyAssignment(p) ? p.initializer : (p as TS.ShorthandPropertyAssignment).name;
      parts.push(sanitize(cx.typeLabels(value), clean, step(key, clean)));
    }
  } else if (!ts.isArrayLiteralExpression(e)) {
    for (const [col, clean] of cols) {
      const prop = type.getProperty(col);
      if (prop) parts.push(sanitize(cx.labelsOf(cx.items.forSymbol(prop, typeName(type)), e), clean, step(col, clean)));
    }
  }
  return join(...parts);
}

function encryptedNote(column: string, clean: Clean): string {
  return clean.by === 'prisma-field-encryption' ? `column ${column} encrypted by prisma-field-encryption` : `column ${column} encrypted by its transformer (${clean.by})`;
}

// ---- TypeORM ---------------------------------------------------------------------------------------------

function typeormColumns(cx: Context, store: string, cls: string): EncryptedColumns {
  const cache = typeormCache.get(cx) ?? new Map<string, EncryptedColumns>();
  typeormCache.set(cx, cache);
  const known = cache.get(store);
  if (known) return known;
  const out = new Map<string, Clean>();
  cache.set(store, out); // a transformer that stores through its own entity terminates
  const decl = entityClass(cx, store, cls);
  const sym = decl?.name ? cx.checker.getSymbolAtLocation(decl.name) : undefined;
  // the entity's own and inherited columns (an abstract base class declaring shared columns)
  for (const prop of sym ? cx.checker.getDeclaredTypeOfSymbol(sym).getProperties() : []) {
    const member = prop.valueDeclaration;
    if (!member || !cx.ts.isPropertyDeclaration(member) || !cx.isProjectFile(member.getSourceFile())) continue;
    for (const transformer of transformersOf(cx, member)) {
      const clean = encrypts(cx, transformer);
      if (clean) out.set(prop.getName(), clean);
    }
  }
  return out;
}

function entityClass(cx: Context, store: string, cls: string): TS.ClassDeclaration | undefined {
  const file = registry(cx).stores.get(store)?.location.file;
  const sf = file ? cx.program.getSourceFile(file) : undefined;
  let found: TS.ClassDeclaration | undefined;
  const visit = (n: TS.Node): void => {
    if (found) return;
    if (cx.ts.isClassDeclaration(n) && n.name?.text === cls) found = n;
    else cx.ts.forEachChild(n, visit);
  };
  if (sf) visit(sf);
  return found;
}

/** The `to` functions of the `transformer` options of a property's decorators (`@Column({ transformer })`). */
function transformersOf(cx: Context, member: TS.PropertyDeclaration): TS.SignatureDeclaration[] {
  const ts = cx.ts;
  const out: TS.SignatureDeclaration[] = [];
  for (const d of ts.getDecorators(member) ?? []) {
    if (!ts.isCallExpression(d.expression)) continue;
    for (const arg of d.expression.arguments) {
      const opts = skipOuter(ts, arg);
      if (!ts.isObjectLiteralExpression(opts)) continue;
      const t = opts.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'transformer') as TS.PropertyAssignment | undefined;
      if (t) out.push(...toFunctions(cx, t.initializer, 0));
    }
  }
  return out;
}

function toFunctions(cx: Context, e: TS.Expression, depth: number): TS.SignatureDeclaration[] {
  const ts = cx.ts;
  if (depth > 4) return [];
  const x = skipOuter(ts, e);
  if (ts.isArrayLiteralExpression(x)) return x.elements.flatMap((el) => toFunctions(cx, el, depth + 1));
  if (ts.isObjectLiteralExpression(x)) {
    for (const p of x.properties) {
      if (p.name?.getText() !== 'to') continue;
      if (ts.isMethodDeclaration(p) && p.body) return [p];
      if (ts.isPropertyAssignment(p)) {
        const fn = skipOuter(ts, p.initializer);
        if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.body) return [fn];
        return functionNamed(cx, fn);
      }
    }
    return [];
  }
  if (ts.isNewExpression(x)) {
    const cls = symbolOf(cx, x.expression)?.valueDeclaration;
    const to = cls && ts.isClassLike(cls) ? cls.members.find((m) => ts.isMethodDeclaration(m) && m.name.getText() === 'to' && m.body) : undefined;
    return to ? [to as TS.MethodDeclaration] : [];
  }
  const init = initializerOf(cx, x);
  return init ? toFunctions(cx, init, depth + 1) : [];
}

/** `to: encryptField` (a project function). */
function functionNamed(cx: Context, e: TS.Expression): TS.SignatureDeclaration[] {
  const ts = cx.ts;
  const decl = symbolOf(cx, e)?.valueDeclaration;
  if (!decl || !cx.isProjectFile(decl.getSourceFile())) return [];
  if (ts.isFunctionDeclaration(decl) && decl.body) return [decl];
  const init = ts.isVariableDeclaration(decl) && decl.initializer ? skipOuter(ts, decl.initializer) : undefined;
  return init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? [init] : [];
}

/** How a transformer's `to` encrypts its value, from its summary: the first parameter returned encrypted. */
function encrypts(cx: Context, fn: TS.SignatureDeclaration): Clean | undefined {
  const returns = flatten(cx.summary(fn as TS.SignatureDeclaration & { body?: TS.Node }).returns);
  return returns.params.find((p) => p.index === 0 && p.clean?.kind === 'encrypt')?.clean;
}

// ---- prisma-field-encryption -----------------------------------------------------------------------------

function prismaColumns(cx: Context, store: string, model: string): EncryptedColumns {
  const cache = prismaCache.get(cx) ?? new Map<string, EncryptedColumns>();
  prismaCache.set(cx, cache);
  const known = cache.get(store);
  if (known) return known;
  const out = new Map<string, Clean>();
  const file = registry(cx).stores.get(store)?.location.file;
  const text = file ? (cx.ts.sys as TS.System | undefined)?.readFile(file) : undefined;
  if (text) for (const f of encryptedPrismaFields(text, model)) out.set(f, { kind: 'encrypt', by: 'prisma-field-encryption' });
  cache.set(store, out);
  return out;
}

/** Fields of `model` documented `/// @encrypted` (on the line or above it), except `?mode=readonly`. */
export function encryptedPrismaFields(schema: string, model: string): string[] {
  const lines = schema.split(/\r?\n/);
  const start = lines.findIndex((l) => new RegExp(`^\\s*model\\s+${model}\\s*\\{`).test(l));
  if (start < 0) return [];
  const out: string[] = [];
  let docs: string[] = [];
  for (let i = start + 1; i < lines.length && !/^\s*\}/.test(lines[i]!); i++) {
    const line = lines[i]!;
    const doc = /^\s*\/\/\/(.*)$/.exec(line);
    if (doc) {
      docs.push(doc[1]!);
      continue;
    }
    const fieldLine = /^\s*(\w+)\s+\w+/.exec(line);
    const trailing = /\/\/\/(.*)$/.exec(line)?.[1] ?? '';
    const tag = /@encrypted(\?\S*)?/.exec([...docs, trailing].join(' '));
    if (fieldLine && tag && !/mode=readonly/.test(tag[1] ?? '')) out.push(fieldLine[1]!);
    docs = [];
  }
  return out;
}

/**
 * Whether the Prisma client a call is made on was extended with prisma-field-encryption: the delegate's client
 * (`prisma.member.create`, `this.db.member.create`, a `$transaction` callback's `tx`) traced back through
 * consts, imports and fields to an initializer calling `fieldEncryptionExtension(…)`, or a `$use` of
 * `fieldEncryptionMiddleware(…)` on it.
 */
function extendedWithEncryption(cx: Context, call: TS.CallExpression): boolean {
  const ts = cx.ts;
  const callee = skipOuter(ts, call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const delegate = skipOuter(ts, callee.expression);
  return ts.isPropertyAccessExpression(delegate) ? clientEncrypts(cx, delegate.expression, 0) : false;
}

function clientEncrypts(cx: Context, e: TS.Expression, depth: number): boolean {
  const ts = cx.ts;
  if (depth > 6) return false;
  const x = skipOuter(ts, e);
  if (ts.isCallExpression(x) || ts.isNewExpression(x)) return callsEncryption(cx, x) || (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && clientEncrypts(cx, x.expression.expression, depth + 1));
  if (!ts.isIdentifier(x) && !ts.isPropertyAccessExpression(x)) return false;
  const sym = symbolOf(cx, x);
  const decl = sym?.valueDeclaration;
  if (!sym || !decl || !cx.isProjectFile(decl.getSourceFile())) return false;
  if (usesMiddleware(cx, sym, decl.getSourceFile())) return true;
  if ((ts.isVariableDeclaration(decl) || ts.isPropertyDeclaration(decl)) && decl.initializer) return clientEncrypts(cx, decl.initializer, depth + 1);
  // `prisma.$transaction(async (tx) => tx.member.create(…))`: the client `$transaction` was called on
  const fn = decl.parent;
  if (ts.isParameter(decl) && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isCallExpression(fn.parent)) {
    const txCallee = skipOuter(ts, fn.parent.expression);
    return ts.isPropertyAccessExpression(txCallee) && clientEncrypts(cx, txCallee.expression, depth + 1);
  }
  return false;
}

function callsEncryption(cx: Context, e: TS.Node): boolean {
  const ts = cx.ts;
  let found = false;
  const visit = (n: TS.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n) && isFieldEncryption(cx, n.expression)) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(e);
  return found;
}

function isFieldEncryption(cx: Context, callee: TS.Expression): boolean {
  const sym = symbolOf(cx, skipOuter(cx.ts, callee));
  const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
  return !!sym && /^fieldEncryption(Extension|Middleware)$/.test(sym.getName()) && !!decl && packageOfFile(cx.program, decl.getSourceFile()) === 'prisma-field-encryption';
}

/** `client.$use(fieldEncryptionMiddleware())` anywhere in the file declaring `client`. */
function usesMiddleware(cx: Context, client: TS.Symbol, sf: TS.SourceFile): boolean {
  const ts = cx.ts;
  let found = false;
  const visit = (n: TS.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === '$use' && symbolOf(cx, n.expression.expression) === client && n.arguments.some((a) => callsEncryption(cx, a))) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}
