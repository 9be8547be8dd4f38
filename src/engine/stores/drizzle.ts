/**
 * Drizzle: `pgTable('members', { … })` (and mysqlTable, sqliteTable, singlestoreTable) declares a store
 * named by the const holding it; columns are the object's keys (the table's `$inferSelect` gives each
 * column's value type, so a `$type<PhoneNumber>()` brand counts). `db.insert(t)`, `db.update(t)`,
 * `db.delete(t)` address `t`; `.references(() => members.id, { onDelete: 'cascade' })` is a cascade.
 */
import type * as TS from 'typescript';
import type { Adapter, Found } from './adapter.js';
import { columnItems, itemsOfColumns } from './columns.js';
import type { StoreRegistry } from './registry.js';
import { classifyPatch } from './updates.js';
import { calleeName, chainCalls, chainTop, propName, skipOuter, walk } from '../syntax.js';
import { objectOf, prop, stringOf, symbolOf, target } from '../resolve.js';

const TABLE = /^(pgTable|mysqlTable|sqliteTable|singlestoreTable|gelTable)$/;

export const drizzle: Adapter = {
  name: 'drizzle',
  deletes: /^(delete|set)$/,

  declare(r, node) {
    const cx = r.cx;
    const ts = cx.ts;
    if (!ts.isCallExpression(node) || !TABLE.test(calleeName(ts, node))) return;
    const t = target(cx, node);
    if (t.package !== 'drizzle-orm' || !TABLE.test(t.member)) return;
    const name = stringOf(cx, node.arguments[0]);
    if (!name) return;
    const holder = ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name : undefined;
    const owner = holder?.text ?? name;
    const id = `drizzle:${name}`;
    const columnsArg = node.arguments[1] && skipOuter(ts, node.arguments[1]);
    const obj = columnsArg && (ts.isArrowFunction(columnsArg) ? objectOf(cx, ts.isBlock(columnsArg.body) ? undefined : columnsArg.body) : objectOf(cx, columnsArg));
    // The row type (`$inferSelect`), asked for once and only when a column's brand is looked for (columns.ts).
    let rowType: TS.Type | undefined | null = null;
    const row = (): TS.Type | undefined => {
      if (rowType === null) {
        const selectType = cx.checker.getTypeAtLocation(node).getProperty('$inferSelect');
        rowType = selectType ? cx.checker.getTypeOfSymbol(selectType) : undefined;
      }
      return rowType;
    };
    const columns = new Map<string, string[]>();
    for (const p of obj?.properties ?? []) {
      const key = propName(ts, p);
      if (!key || !ts.isPropertyAssignment(p)) continue;
      const builder = chainCalls(ts, skipOuter(ts, p.initializer) as TS.CallExpression).at(-1);
      const dbName = builder ? stringOf(cx, builder.arguments[0]) : undefined;
      const symbol = cx.checker.getSymbolAtLocation(p.name);
      columns.set(key, columnItems(cx, {
        name: key, owner,
        ...(symbol ? { symbol } : {}),
        valueType: () => {
          const valueSym = row()?.getProperty(key);
          return valueSym ? cx.checker.getTypeOfSymbol(valueSym) : undefined;
        },
        ...(dbName ? { dbName } : {}),
      }));
      r.defer(() => cascadesOf(r, id, p.initializer));
    }
    r.add({ id, kind: 'drizzle', name, location: cx.location(node), items: itemsOfColumns(columns), columns }, owner);
    if (holder) r.name(symbolOf(cx, holder), id);
    const extras = node.arguments[2];
    if (extras) r.defer(() => cascadesOf(r, id, extras));
  },

  storeOf(r, call, t) {
    if (t.package !== 'drizzle-orm' || !/^(insert|update|delete|from|into)$/.test(t.member)) return undefined;
    return r.ofExpression(call.arguments[0]);
  },

  deletions(r, call, t) {
    const ts = r.cx.ts;
    if (t.package !== 'drizzle-orm') return [];
    if (t.member === 'delete') {
      const store = r.ofExpression(call.arguments[0]);
      return store ? [{ store, kind: 'delete', node: chainTop(ts, call), what: `delete(${call.arguments[0]!.getText()})` }] : [];
    }
    if (t.member === 'set') {
      const update = chainCalls(ts, call).find((c) => c !== call && target(r.cx, c).member === 'update');
      const store = update && r.ofExpression(update.arguments[0]);
      const kind = store && classifyPatch(r, store, call.arguments[0]);
      return store && kind ? [{ store, kind, node: chainTop(ts, call), what: `update(${update.arguments[0]!.getText()}).set(…)` } satisfies Found] : [];
    }
    return [];
  },
};

/** `references(() => parent.id, { onDelete: 'cascade' })` and `foreignKey({ foreignColumns: [parent.id] }).onDelete('cascade')`. */
function cascadesOf(r: StoreRegistry, child: string, root: TS.Node): void {
  const cx = r.cx;
  const ts = cx.ts;
  const visit = (n: TS.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
      const name = n.expression.name.text;
      if (name === 'references' && isCascade(stringOf(cx, prop(cx, objectOf(cx, n.arguments[1]), 'onDelete')))) {
        const ref = n.arguments[0] && skipOuter(ts, n.arguments[0]);
        const body = ref && ts.isArrowFunction(ref) && !ts.isBlock(ref.body) ? skipOuter(ts, ref.body) : undefined;
        const parent = body && ts.isPropertyAccessExpression(body) ? r.ofExpression(body.expression) : undefined;
        if (parent) r.cascades.push({ child, parent, location: cx.location(n), how: "references(…, { onDelete: 'cascade' })" });
      }
      if (name === 'onDelete' && isCascade(stringOf(cx, n.arguments[0]))) {
        const fk = chainCalls(ts, n).find((c) => ts.isIdentifier(c.expression) && c.expression.text === 'foreignKey');
        const cols = fk && prop(cx, objectOf(cx, fk.arguments[0]), 'foreignColumns');
        const first = cols && ts.isArrayLiteralExpression(cols) ? cols.elements[0] : undefined;
        const parent = first && ts.isPropertyAccessExpression(first) ? r.ofExpression(first.expression) : undefined;
        if (parent) r.cascades.push({ child, parent, location: cx.location(chainTop(ts, n)), how: "foreignKey(…).onDelete('cascade')" });
      }
    }
  };
  walk(ts, root, visit);
}

export function isCascade(action: string | undefined): boolean {
  return action !== undefined && action.toLowerCase() === 'cascade';
}
