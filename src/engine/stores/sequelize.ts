/**
 * Sequelize: `sequelize.define('Member', attrs, opts)`, `class Member extends Model {}` + `Member.init(attrs, opts)`
 * and sequelize-typescript's `@Table class Member extends Model` declare stores (columns: the attribute keys, and the class's declared
 * members with their annotations). `paranoid: true` makes `destroy()` a soft delete unless `force: true`.
 * Cascades: `Child.belongsTo(Parent, { onDelete: 'CASCADE' })`, `Parent.hasMany(Child, { onDelete: 'CASCADE' })`,
 * and an attribute's `references` with `onDelete: 'CASCADE'`.
 */
import type * as TS from 'typescript';
import type { Adapter } from './adapter.js';
import type { Analysis } from '../analysis.js';
import { columnItems, itemsOfColumns } from './columns.js';
import { isCascade } from './drizzle.js';
import type { StoreRegistry } from './registry.js';
import { classifyPatch } from './updates.js';
import { calleeName, calleeText, chainTop, propName, receiverOf, skipOuter } from '../syntax.js';
import { objectOf, prop, stringOf, symbolOf, target } from '../resolve.js';

export const sequelize: Adapter = {
  name: 'sequelize',
  deletes: /^(destroy|truncate|update)$/,

  declare(r, node) {
    const cx = r.cx;
    const ts = cx.ts;
    if (ts.isClassDeclaration(node)) return declareTable(r, node);
    if (!ts.isCallExpression(node) || !/^(define|init|belongsTo|hasMany|hasOne)$/.test(calleeName(ts, node))) return;
    const t = target(cx, node);
    if (t.package !== 'sequelize') return;
    if (t.member === 'define' || t.member === 'init') {
      const recv = receiverOf(ts, node);
      const classSym = t.member === 'init' && recv ? symbolOf(cx, skipOuter(ts, recv)) : undefined;
      const name = t.member === 'define' ? stringOf(cx, node.arguments[0]) : classSym?.getName();
      if (!name) return;
      const attrs = objectOf(cx, node.arguments[t.member === 'define' ? 1 : 0]);
      const opts = objectOf(cx, node.arguments[t.member === 'define' ? 2 : 1]);
      const table = stringOf(cx, prop(cx, opts, 'tableName'));
      const id = `sequelize:${name}`;
      const instance = classSym ? cx.checker.getDeclaredTypeOfSymbol(classSym) : undefined;
      const columns = new Map<string, string[]>();
      for (const p of attrs?.properties ?? []) {
        const key = propName(ts, p);
        if (!key || (ts.isPropertyAssignment(p) && isVirtual(cx, objectOf(cx, p.initializer)))) continue;
        const member = instance?.getProperty(key);
        const symbol = member ?? cx.checker.getSymbolAtLocation(p.name!);
        columns.set(key, columnItems(cx, { name: key, ...(symbol ? { symbol } : {}), owner: name, ...(member ? { valueType: () => cx.checker.getTypeOfSymbol(member) } : {}) }));
        if (ts.isPropertyAssignment(p)) r.defer(() => attributeCascade(r, id, p));
      }
      const paranoid = prop(cx, opts, 'paranoid')?.kind === ts.SyntaxKind.TrueKeyword;
      r.add({ id, kind: 'sequelize', name: table ?? name, location: cx.location(chainTop(ts, node)), items: itemsOfColumns(columns), columns, paranoid }, name);
      if (classSym) r.name(classSym, id);
      if (t.member === 'define' && ts.isVariableDeclaration(node.parent)) r.name(symbolOf(cx, node.parent.name), id);
      return;
    }
    if (/^(belongsTo|hasMany|hasOne)$/.test(t.member)) {
      if (!isCascade(stringOf(cx, prop(cx, objectOf(cx, node.arguments[1]), 'onDelete')))) return;
      r.defer(() => {
        const recv = receiverOf(ts, node);
        const self = recv && r.ofExpression(recv);
        const other = r.ofExpression(node.arguments[0]);
        if (!self || !other) return;
        const [child, parent] = t.member === 'belongsTo' ? [self, other] : [other, self];
        r.cascades.push({ child, parent, location: cx.location(node), how: `${t.member}(…, { onDelete: 'CASCADE' })` });
      });
    }
  },

  storeOf(r, call, t) {
    return t.package === 'sequelize' ? modelOf(r, call) : undefined;
  },

  deletions(r, call, t) {
    if (t.package !== 'sequelize' || !/^(destroy|truncate|update)$/.test(t.member)) return [];
    const store = modelOf(r, call);
    const cx = r.cx;
    if (!store) {
      // `this.repository.destroy(…)` in `class BaseService<T extends Model>`: the store is whatever binds T.
      const recv = receiverOf(cx.ts, call);
      const param = recv && t.member !== 'update' ? r.typeParamOf(cx.checker.getTypeAtLocation(recv)) : undefined;
      if (!param) return [];
      const force = prop(cx, objectOf(cx, call.arguments[0]), 'force')?.kind === cx.ts.SyntaxKind.TrueKeyword;
      return [{ store: param, param: true, kind: 'delete', node: chainTop(cx.ts, call), what: calleeText(cx.ts, call), ...(t.member === 'destroy' && !force ? { softIfParanoid: true as const } : {}) }];
    }
    const node = chainTop(cx.ts, call);
    const what = calleeText(cx.ts, call);
    if (t.member === 'update') {
      const kind = classifyPatch(r, store, call.arguments[0]);
      return kind ? [{ store, kind, node, what }] : [];
    }
    const force = prop(cx, objectOf(cx, call.arguments[0]), 'force')?.kind === cx.ts.SyntaxKind.TrueKeyword;
    const soft = t.member === 'destroy' && r.stores.get(store)?.paranoid && !force;
    return [{ store, kind: soft ? 'soft-delete' : 'delete', node, what: soft ? `${what} (paranoid: only sets deletedAt)` : what }];
  },
};

/**
 * sequelize-typescript: `@Table({ tableName, paranoid }) class User extends Model { @Column email: string }` is a store
 * (columns: the class's declared properties).
 */
function declareTable(r: StoreRegistry, node: TS.ClassDeclaration): void {
  const cx = r.cx;
  const ts = cx.ts;
  if (!node.name) return;
  const table = (ts.getDecorators(node) ?? []).find((d) => {
    const e = ts.isCallExpression(d.expression) ? d.expression : undefined;
    const name = e ? calleeName(ts, e) : ts.isIdentifier(d.expression) ? d.expression.text : '';
    if (name !== 'Table') return false;
    return !e || target(cx, e).package === 'sequelize-typescript';
  });
  if (!table) return;
  const opts = ts.isCallExpression(table.expression) ? objectOf(cx, table.expression.arguments[0]) : undefined;
  const cls = node.name.text;
  const id = `sequelize:${cls}`;
  const classSym = symbolOf(cx, node.name);
  const columns = new Map<string, string[]>();
  for (const m of node.members) {
    if (!ts.isPropertyDeclaration(m) || !m.name || m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)) continue;
    const key = propName(ts, m);
    const column = (ts.getDecorators(m) ?? []).find((d) => ts.isCallExpression(d.expression) && calleeName(ts, d.expression) === 'Column');
    if (column && ts.isCallExpression(column.expression) && isVirtual(cx, objectOf(cx, column.expression.arguments[0]))) continue;
    const sym = key ? cx.checker.getSymbolAtLocation(m.name) : undefined;
    if (key && sym) columns.set(key, columnItems(cx, { name: key, symbol: sym, owner: cls, valueType: () => cx.checker.getTypeOfSymbol(sym) }));
  }
  const paranoid = prop(cx, opts, 'paranoid')?.kind === ts.SyntaxKind.TrueKeyword;
  const tableName = stringOf(cx, prop(cx, opts, 'tableName'));
  r.add({ id, kind: 'sequelize', name: tableName ?? cls, location: cx.location(node), items: itemsOfColumns(columns), columns, paranoid }, cls);
  r.name(classSym, id);
}

/** `{ type: DataTypes.VIRTUAL }`: an attribute Sequelize never writes to the table. */
function isVirtual(cx: Analysis, attr: TS.ObjectLiteralExpression | undefined): boolean {
  const type = prop(cx, attr, 'type');
  return !!type && /(^|\.)VIRTUAL\b/.test(skipOuter(cx.ts, type).getText());
}

function modelOf(r: StoreRegistry, call: TS.CallExpression): string | undefined {
  const recv = receiverOf(r.cx.ts, call);
  return recv ? (r.ofExpression(recv) ?? r.ofType(r.cx.checker.getTypeAtLocation(recv))) : undefined;
}

/** `memberId: { type, references: { model: 'members' }, onDelete: 'CASCADE' }`. */
function attributeCascade(r: StoreRegistry, child: string, p: TS.PropertyAssignment): void {
  const cx = r.cx;
  const attr = objectOf(cx, p.initializer);
  if (!isCascade(stringOf(cx, prop(cx, attr, 'onDelete')))) return;
  const model = prop(cx, objectOf(cx, prop(cx, attr, 'references')), 'model');
  const name = stringOf(cx, model);
  const parent = name ? r.ofTableName(name, ['sequelize'])?.id : r.ofExpression(model);
  if (parent) r.cascades.push({ child, parent, location: cx.location(p), how: "references with onDelete: 'CASCADE'" });
}
