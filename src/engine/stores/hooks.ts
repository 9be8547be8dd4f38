/**
 * Write hooks: code an ORM runs on every write of a store, where projects put their password hashing (issue #12,
 * cause 3). Found next to the store's declaration:
 * - TypeORM: an entity's `@BeforeInsert()` / `@BeforeUpdate()` methods (`this.password = await hash(this.password)`);
 * - sequelize-typescript: a model's static `@BeforeCreate` / `@BeforeUpdate` / `@BeforeSave` methods (the instance is
 *   their first parameter: `instance.setDataValue('password', hash)`);
 * - Sequelize: an attribute's setter (`password: { set(v) { this.setDataValue('password', md5(v)) } }`), the
 *   `hooks: { beforeCreate(user) {…} }` option of `init`/`define`, and `Model.beforeCreate(fn)` / `addHook('beforeCreate', fn)`
 *   in the model's file;
 * - Mongoose: `schema.pre('save', fn)` on the model's schema, in the schema's file.
 * What a hook writes to which column, and with which sanitizer, is the flow evaluator's to say (Analysis.writesOf).
 */
import type * as TS from 'typescript';
import type { Analysis, HookSelf } from '../analysis.js';
import { functionOf, stringOf, symbolOf } from '../resolve.js';
import { calleeName, type Fn, propertyNameText, receiverOf, skipOuter } from '../syntax.js';
import type { StoreRegistry } from './registry.js';

export interface WriteHook {
  fn: Fn;
  /** Where the row being written is: `this`, or a parameter (sequelize-typescript's static hooks, Sequelize's hook functions). */
  self: HookSelf;
  /** How the report names it: "Member.hashPassword (@BeforeInsert)". */
  name: string;
  /** A column's setter: its first parameter is the value given for this column. */
  setterOf?: string;
  /** The writes it runs on: inserts, updates, or both (a setter, Mongoose's pre('save'), `@BeforeSave`). */
  on: HookPhase;
}

export type HookPhase = 'create' | 'update' | 'both';

/** The phase of a hook by its name: BeforeInsert, beforeCreate, beforeBulkCreate → create; BeforeUpdate → update. */
function phaseOf(name: string): HookPhase {
  return /insert|create/i.test(name) ? 'create' : /update/i.test(name) ? 'update' : 'both';
}

const TYPEORM_HOOK = /^(BeforeInsert|BeforeUpdate)$/;
const SEQUELIZE_HOOK = /^(BeforeCreate|BeforeUpdate|BeforeSave|BeforeBulkCreate|BeforeUpsert)$/;
const SEQUELIZE_HOOK_NAME = /^(beforeCreate|beforeUpdate|beforeSave|beforeBulkCreate|beforeUpsert|beforeValidate)$/;

/** The write hooks of a store. */
export function writeHooks(r: StoreRegistry, store: string): WriteHook[] {
  const decl = r.stores.get(store);
  if (!decl) return [];
  const sf = r.cx.program.getSourceFile(decl.location.file);
  if (!sf) return [];
  const cx = r.cx;
  const ts = cx.ts;
  const out: WriteHook[] = [];
  const at = (n: TS.Node) => cx.location(n).line;
  const visit = (n: TS.Node): void => {
    // A class declaring the store (TypeORM entity, sequelize-typescript model): its decorated hook methods.
    if (ts.isClassDeclaration(n) && n.name && at(n) === decl.location.line) {
      for (const m of n.members) {
        if (!ts.isMethodDeclaration(m) || !m.body) continue;
        const decos = (ts.getDecorators(m) ?? []).map((d) => (ts.isCallExpression(d.expression) ? calleeName(ts, d.expression) : ts.isIdentifier(d.expression) ? d.expression.text : '')).filter((d) => TYPEORM_HOOK.test(d) || SEQUELIZE_HOOK.test(d));
        if (decos.length === 0) continue;
        const isStatic = m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword) ?? false;
        for (const on of new Set(decos.map(phaseOf))) out.push({ fn: m, self: isStatic ? 0 : 'this', name: `${n.name.text}.${m.name.getText()} (${decos.map((d) => `@${d}`).join(', ')})`, on });
      }
    }
    if (ts.isCallExpression(n)) {
      const name = calleeName(ts, n);
      const recv = receiverOf(ts, n);
      const owner = recv ? r.ofExpression(recv) ?? schemaStore(r, recv) : undefined;
      // Sequelize: Model.beforeCreate(fn), Model.addHook('beforeCreate', [name,] fn)
      if (owner === store && (SEQUELIZE_HOOK_NAME.test(name) || (name === 'addHook' && SEQUELIZE_HOOK_NAME.test(stringOf(cx, n.arguments[0]) ?? '')))) {
        const fn = functionOf(cx, n.arguments[n.arguments.length - 1]);
        const hook = name === 'addHook' ? (stringOf(cx, n.arguments[0]) ?? name) : name;
        if (fn) out.push({ fn, self: 0, name: `${decl.name}.${hook}`, on: phaseOf(hook) });
      }
      // Mongoose: schema.pre('save', fn)
      if (name === 'pre' && owner === store && /^(save|validate)$/.test(stringOf(cx, n.arguments[0]) ?? '')) {
        const fn = functionOf(cx, n.arguments[n.arguments.length - 1]);
        if (fn) out.push({ fn, self: 'this', name: `${decl.name} pre('${stringOf(cx, n.arguments[0])}')`, on: 'create' }); // document middleware: save() and create(), not updateOne()
      }
      // Sequelize's init/define: attribute setters and the `hooks` option
      if ((name === 'init' && owner === store) || (name === 'define' && at(n) === decl.location.line)) out.push(...attributeHooks(cx, n, name === 'define' ? 1 : 0, decl.name));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** `init({ password: { set(v) { … } } }, { hooks: { beforeCreate(u) { … } } })`. */
function attributeHooks(cx: Analysis, call: TS.CallExpression, attrsAt: number, model: string): WriteHook[] {
  const ts = cx.ts;
  const out: WriteHook[] = [];
  const object = (e: TS.Expression | undefined) => (e && ts.isObjectLiteralExpression(skipOuter(ts, e)) ? (skipOuter(ts, e) as TS.ObjectLiteralExpression) : undefined);
  for (const attr of object(call.arguments[attrsAt])?.properties ?? []) {
    if (!ts.isPropertyAssignment(attr)) continue;
    for (const p of object(attr.initializer)?.properties ?? []) {
      if (p.name?.getText() !== 'set') continue;
      const fn = ts.isMethodDeclaration(p) ? p : ts.isPropertyAssignment(p) ? functionOf(cx, p.initializer) : undefined;
      const column = propertyNameText(ts, attr.name);
      if (fn && column !== undefined) out.push({ fn, self: 'this', name: `${model}.${column} setter`, setterOf: column, on: 'both' });
    }
  }
  for (const p of object(call.arguments[attrsAt + 1])?.properties ?? []) {
    if (p.name?.getText() !== 'hooks') continue;
    const hooks = ts.isPropertyAssignment(p) ? object(p.initializer) : undefined;
    for (const h of hooks?.properties ?? []) {
      if (!h.name || !SEQUELIZE_HOOK_NAME.test(h.name.getText())) continue;
      const fn = ts.isMethodDeclaration(h) ? h : ts.isPropertyAssignment(h) ? functionOf(cx, h.initializer) : undefined;
      if (fn) out.push({ fn, self: 0, name: `${model} ${h.name.getText()} hook`, on: phaseOf(h.name.getText()) });
    }
  }
  return out;
}

/** A Mongoose schema (`new Schema(…)` held by a const) that a model of `store` was made of. */
function schemaStore(r: StoreRegistry, e: TS.Expression): string | undefined {
  const ts = r.cx.ts;
  const sym = symbolOf(r.cx, skipOuter(ts, e));
  const decl = sym?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer) return undefined;
  const loc = r.cx.location(skipOuter(ts, decl.initializer));
  return [...r.stores.values()].find((s) => s.kind === 'mongoose' && s.location.file === loc.file && s.location.line === loc.line && s.location.column === loc.column)?.id;
}
