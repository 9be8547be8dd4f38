/**
 * Column-level encryption: which columns of a store its ORM encrypts on the way to the database, so that what
 * a storage call writes there is a ciphertext although the code passes the clear value (flow/encryption.ts
 * marks the written values).
 * - TypeORM: `@Column({ transformer: { to, from } })` whose `to` returns its argument through an encryption
 *   sanitizer or a `security.encryptors` function (judged on the function's summary: a reference to the value
 *   encrypted on some path, as in the usual `v == null ? v : encrypt(v)`). A transformer may be inline, a
 *   const, a class instance (`new Encrypted(key)` with a `to` method) or an array of these.
 * - prisma-field-encryption: a field documented `/// @encrypted` in schema.prisma (not `?mode=readonly`, which
 *   writes clear text), written through a client extended with `fieldEncryptionExtension()` (or given
 *   `fieldEncryptionMiddleware()` with `$use`). The same call through a plain client is not encrypted.
 * - Write hooks (stores/hooks.ts), any ORM: a column the store's hooks write only through a sanitizer
 *   (`@BeforeInsert() hash() { this.password = await bcrypt.hash(this.password, 10) }`, a Mongoose
 *   `pre('save')`, a Sequelize setter) is hashed, encrypted or masked on every write, as the hook does it.
 */
import type * as TS from 'typescript';
import type { Analysis, ColumnTransform, EncryptedColumns } from '../analysis.js';
import type { Clean, Step } from '../model.js';
import { packageOfFile } from '../packages.js';
import { initializerOf, symbolOf } from '../resolve.js';
import { calleeName, skipOuter, walk } from '../syntax.js';
import { type Val, flatten } from '../value.js';
import { type HookPhase, writeHooks } from './hooks.js';
import type { StoreRegistry } from './registry.js';

/** The encrypted columns of the stores of one analysis, found once per store. */
export class EncryptedColumnFinder {
  private readonly typeorm = new Map<string, EncryptedColumns>();
  private readonly prisma = new Map<string, EncryptedColumns>();
  private readonly hooked = new Map<string, Array<ColumnTransform & { column: string; on: HookPhase }>>();

  constructor(private readonly r: StoreRegistry) {}

  /** The columns of the store `store` that the call's ORM encrypts on write (undefined: none). */
  columns(store: string | undefined, call: TS.CallExpression): EncryptedColumns | undefined {
    if (!store) return undefined;
    const cx = this.r.cx;
    const [kind, name] = [store.slice(0, store.indexOf(':')), store.slice(store.indexOf(':') + 1)];
    const cols = kind === 'typeorm' ? this.typeormColumns(store, name) : kind === 'prisma' && extendedWithEncryption(cx, call) ? this.prismaColumns(store, name) : undefined;
    const hooked = this.hookColumns(store, writeOf(cx.ts, call));
    const all = hooked.size === 0 ? cols : new Map([...hooked, ...(cols ?? [])]);
    return all && all.size > 0 ? all : undefined;
  }

  /** Columns the store's write hooks that run on this kind of write write only through a sanitizer. */
  private hookColumns(store: string, write: 'create' | 'update' | 'save'): EncryptedColumns {
    let known = this.hooked.get(store);
    if (!known) {
      known = [];
      this.hooked.set(store, known); // a hook that writes its own store terminates
      const cx = this.r.cx;
      for (const hook of writeHooks(this.r, store)) {
        for (const [column, written] of cx.writesOf(hook.fn, hook.self, ROW, hook.setterOf)) {
          const through = onlyThrough(written, column, hook.setterOf);
          if (!through) continue;
          const { clean, from, via } = through;
          const what = from === column ? `column ${column}` : `column ${column} (from ${from})`;
          known.push({ column, on: hook.on, clean, note: `${what} ${cleanVerb(clean)} by ${clean.by} in ${hook.name}`, via, ...(from !== column ? { when: from } : {}), ...(store.startsWith('typeorm:') ? { instancesOnly: true as const } : {}) });
        }
      }
    }
    const out = new Map<string, ColumnTransform>();
    for (const { column, on, ...t } of known) if (!out.has(column) && (write === 'save' || on === 'both' || on === write)) out.set(column, t);
    return out;
  }

  private typeormColumns(store: string, cls: string): EncryptedColumns {
    const cx = this.r.cx;
    const known = this.typeorm.get(store);
    if (known) return known;
    const out = new Map<string, ColumnTransform>();
    this.typeorm.set(store, out); // a transformer that stores through its own entity terminates
    const decl = entityClass(cx, this.r.stores.get(store)?.location.file, cls);
    const sym = decl?.name ? cx.checker.getSymbolAtLocation(decl.name) : undefined;
    // the entity's own and inherited columns (an abstract base class declaring shared columns)
    for (const prop of sym ? cx.checker.getDeclaredTypeOfSymbol(sym).getProperties() : []) {
      const member = prop.valueDeclaration;
      if (!member || !cx.ts.isPropertyDeclaration(member) || !cx.isProjectFile(member.getSourceFile())) continue;
      for (const transformer of transformersOf(cx, member)) {
        const clean = encrypts(cx, transformer);
        if (clean) out.set(prop.getName(), { clean, note: `column ${prop.getName()} encrypted by its transformer (${clean.by})` });
      }
    }
    return out;
  }

  private prismaColumns(store: string, model: string): EncryptedColumns {
    const cx = this.r.cx;
    const known = this.prisma.get(store);
    if (known) return known;
    const out = new Map<string, ColumnTransform>();
    const file = this.r.stores.get(store)?.location.file;
    const text = file ? (cx.ts.sys as TS.System | undefined)?.readFile(file) : undefined;
    if (text) for (const f of encryptedPrismaFields(text, model)) out.set(f, { clean: { kind: 'encrypt', by: 'prisma-field-encryption' }, note: `column ${f} encrypted by prisma-field-encryption` });
    this.prisma.set(store, out);
    return out;
  }
}

/**
 * A row as a hook sees it: a placeholder whose fields are the values the code gave each column, so that what the
 * hook writes back tells whether a column's value went through a sanitizer on its way (`hash(this.password)`).
 */
const ROW: Val = { labels: [], params: [{ index: 0, path: [], steps: [] }] };

/**
 * The one transform everything written to `column` went through (a weak hash if any path used one), and the one
 * column of the row it was made from; undefined unless every part of it came from that column through a sanitizer.
 */
function onlyThrough(v: Val, column: string, setterOf: string | undefined): { clean: Clean; from: string; via: readonly Step[] } | undefined {
  const flat = flatten(v);
  if (flat.params.length === 0) return undefined;
  const from = new Set(flat.params.map((p) => p.path[0] ?? setterOf));
  const clean = [...flat.params.map((p) => p.clean), ...flat.labels.map((l) => l.clean)];
  if (from.size !== 1 || clean.some((c) => !c)) return undefined;
  const source = [...from][0];
  if (source === undefined) return undefined;
  const chosen = clean.find((c) => c!.kind === 'weak-hash') ?? clean[0]!;
  return { clean: chosen, from: source, via: flat.params.find((p) => p.clean === chosen)?.steps ?? [] };
}

/** What a storage call does to a row: inserts (create, insert, new + save), updates, or either (save, upsert). */
function writeOf(ts: typeof TS, call: TS.CallExpression): 'create' | 'update' | 'save' {
  const member = calleeName(ts, call);
  if (/^(save|upsert)$/i.test(member)) return 'save';
  return /update|upsert|increment|decrement|^set$/i.test(member) ? 'update' : 'create';
}

function cleanVerb(c: Clean): string {
  return c.kind === 'encrypt' ? 'encrypted' : c.kind === 'mask' ? 'masked' : 'hashed';
}

function entityClass(cx: Analysis, file: string | undefined, cls: string): TS.ClassDeclaration | undefined {
  const sf = file ? cx.program.getSourceFile(file) : undefined;
  let found: TS.ClassDeclaration | undefined;
  if (sf) {
    walk(cx.ts, sf, (n) => {
      if (!cx.ts.isClassDeclaration(n) || n.name?.text !== cls) return true;
      found = n;
      return 'stop';
    });
  }
  return found;
}

/** The `to` functions of the `transformer` options of a property's decorators (`@Column({ transformer })`). */
function transformersOf(cx: Analysis, member: TS.PropertyDeclaration): TS.SignatureDeclaration[] {
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

function toFunctions(cx: Analysis, e: TS.Expression, depth: number): TS.SignatureDeclaration[] {
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
function functionNamed(cx: Analysis, e: TS.Expression): TS.SignatureDeclaration[] {
  const ts = cx.ts;
  const decl = symbolOf(cx, e)?.valueDeclaration;
  if (!decl || !cx.isProjectFile(decl.getSourceFile())) return [];
  if (ts.isFunctionDeclaration(decl) && decl.body) return [decl];
  const init = ts.isVariableDeclaration(decl) && decl.initializer ? skipOuter(ts, decl.initializer) : undefined;
  return init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? [init] : [];
}

/** How a transformer's `to` encrypts its value, from its summary: the first parameter returned encrypted. */
function encrypts(cx: Analysis, fn: TS.SignatureDeclaration): Clean | undefined {
  const returns = flatten(cx.summary(fn as TS.SignatureDeclaration & { body?: TS.Node }).returns);
  return returns.params.find((p) => p.index === 0 && p.clean?.kind === 'encrypt')?.clean;
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
function extendedWithEncryption(cx: Analysis, call: TS.CallExpression): boolean {
  const ts = cx.ts;
  const callee = skipOuter(ts, call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const delegate = skipOuter(ts, callee.expression);
  return ts.isPropertyAccessExpression(delegate) ? clientEncrypts(cx, delegate.expression, 0) : false;
}

function clientEncrypts(cx: Analysis, e: TS.Expression, depth: number): boolean {
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

function callsEncryption(cx: Analysis, e: TS.Node): boolean {
  const ts = cx.ts;
  let found = false;
  walk(ts, e, (n) => {
    if (!ts.isCallExpression(n) || !isFieldEncryption(cx, n.expression)) return true;
    found = true;
    return 'stop';
  });
  return found;
}

function isFieldEncryption(cx: Analysis, callee: TS.Expression): boolean {
  const sym = symbolOf(cx, skipOuter(cx.ts, callee));
  const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
  return !!sym && /^fieldEncryption(Extension|Middleware)$/.test(sym.getName()) && !!decl && packageOfFile(cx.program, decl.getSourceFile()) === 'prisma-field-encryption';
}

/** `client.$use(fieldEncryptionMiddleware())` anywhere in the file declaring `client`. */
function usesMiddleware(cx: Analysis, client: TS.Symbol, sf: TS.SourceFile): boolean {
  const ts = cx.ts;
  let found = false;
  walk(ts, sf, (n) => {
    if (!(ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === '$use' && symbolOf(cx, n.expression.expression) === client && n.arguments.some((a) => callsEncryption(cx, a)))) return true;
    found = true;
    return 'stop';
  });
  return found;
}
