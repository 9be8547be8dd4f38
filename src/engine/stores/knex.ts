/**
 * Knex and Kysely: `knex.schema.createTable('members', (t) => { t.string('email') … })` declares a store
 * (columns: the column-builder calls on `t`; `.references('id').inTable('members').onDelete('CASCADE')`
 * is a cascade). Queries name their table as a string: `knex('members')`, `.into('members')`,
 * Kysely's `insertInto('members')`. A table written but declared nowhere in the program (migrations kept
 * outside the tsconfig) becomes an implicit store at its first write.
 */
import type * as TS from 'typescript';
import type { Adapter } from './adapter.js';
import { columnItems, itemsOfColumns } from './columns.js';
import { isCascade } from './drizzle.js';
import type { StoreRegistry } from './registry.js';
import { classifyPatch } from './updates.js';
import { calleeName, chainCalls, chainTop, receiverOf, skipOuter, walk } from '../syntax.js';
import { stringOf, target } from '../resolve.js';

const NON_COLUMN = /^(foreign|primary|index|unique|dropColumn|dropColumns|renameColumn|timestamps|comment|engine|charset|collate|inherits|check|dropForeign|dropIndex|dropUnique|dropPrimary|setNullable|dropNullable)$/;
const TABLE_METHODS = /^(into|table|from|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectFrom)$/;
const WRITES = /^(insert|update|upsert|merge|values|set)$/;

export const knex: Adapter = {
  name: 'knex',
  deletes: /^(del|delete|truncate|update|deleteFrom|set)$/,

  declare(r, node) {
    const cx = r.cx;
    const ts = cx.ts;
    if (!ts.isCallExpression(node) || !/^(createTable|createTableIfNotExists|alterTable|insert|update|upsert|merge|values|set)$/.test(calleeName(ts, node))) return;
    const t = target(cx, node);
    if (t.package === 'knex' && /^(createTable|createTableIfNotExists|alterTable)$/.test(t.member)) {
      const name = stringOf(cx, node.arguments[0]);
      const fn = node.arguments[1] && skipOuter(ts, node.arguments[1]);
      if (!name || !fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return;
      const id = `knex:${name}`;
      const columns = columnsOf(r, fn, id);
      if (t.member === 'alterTable') r.defer(() => r.stores.get(id) && r.add({ ...r.stores.get(id)!, columns }));
      else r.add({ id, kind: 'knex', name, location: cx.location(chainTop(ts, node)), items: itemsOfColumns(columns), columns });
      return;
    }
    if ((t.package === 'knex' || t.package === 'kysely') && WRITES.test(t.member)) {
      const table = tableOf(r, node);
      if (!table) return;
      const kind = t.package === 'knex' ? 'knex' : 'sql';
      r.defer(() => r.defer(() => {
        if (r.ofTableName(table)) return;
        r.add({ id: `${kind}:${table}`, kind, name: table, location: cx.location(chainTop(ts, node)), items: [], columns: new Map(), implicit: true });
      }));
    }
  },

  storeOf(r, call, t) {
    if (t.package !== 'knex' && t.package !== 'kysely') return undefined;
    const table = ownTable(r, call);
    return table ? r.ofTableName(table)?.id : undefined;
  },

  deletions(r, call, t) {
    const ts = r.cx.ts;
    const del = (t.package === 'knex' && /^(del|delete|truncate)$/.test(t.member)) || (t.package === 'kysely' && t.member === 'deleteFrom');
    const update = (t.package === 'knex' && t.member === 'update') || (t.package === 'kysely' && t.member === 'set');
    if (!del && !update) return [];
    const table = tableOf(r, call);
    if (!table) return [];
    const store = r.ofTableName(table)?.id ?? `${t.package === 'knex' ? 'knex' : 'sql'}:${table}`;
    const node = chainTop(ts, call);
    if (del) return [{ store, kind: 'delete', node, what: `${t.member}() on ${table}` }];
    const kind = classifyPatch(r, store, call.arguments[0]);
    return kind ? [{ store, kind, node, what: `update of ${table}` }] : [];
  },
};

/** The table a call of the chain names, looking through the whole chain. */
function tableOf(r: StoreRegistry, call: TS.CallExpression): string | undefined {
  for (const c of chainCalls(r.cx.ts, chainTop(r.cx.ts, call))) {
    const table = ownTable(r, c);
    if (table) return table;
  }
  return undefined;
}

/** `knex('t')` (the Knex call signature), `.into('t')`, `.table('t')`, Kysely `insertInto('t')`. */
function ownTable(r: StoreRegistry, c: TS.CallExpression): string | undefined {
  const cx = r.cx;
  const ts = cx.ts;
  const t = target(cx, c);
  if (t.package !== 'knex' && t.package !== 'kysely') return undefined;
  const sig = cx.checker.getResolvedSignature(c)?.declaration;
  const isKnexCall = t.package === 'knex' && sig !== undefined && !ts.isJSDocSignature(sig) && ts.isCallSignatureDeclaration(sig) && ts.isInterfaceDeclaration(sig.parent) && sig.parent.name.text === 'Knex';
  if (!isKnexCall && !TABLE_METHODS.test(t.member)) return undefined;
  return stringOf(cx, c.arguments[0])?.split(/\s+as\s+|\s+/i)[0];
}

/** The columns a createTable callback builds on its table parameter, and its cascades. */
function columnsOf(r: StoreRegistry, fn: TS.ArrowFunction | TS.FunctionExpression, id: string): Map<string, string[]> {
  const cx = r.cx;
  const ts = cx.ts;
  const columns = new Map<string, string[]>();
  const param = fn.parameters[0]?.name;
  if (!param || !ts.isIdentifier(param)) return columns;
  const visit = (n: TS.Node): void => {
    if (ts.isCallExpression(n) && !(n.parent && ts.isPropertyAccessExpression(n.parent))) {
      const calls = chainCalls(ts, n);
      const root = calls.at(-1);
      const recv = root && receiverOf(ts, root);
      if (root && recv && ts.isIdentifier(recv) && recv.text === param.text) {
        const method = ts.isPropertyAccessExpression(root.expression) ? root.expression.name.text : '';
        const col = stringOf(cx, root.arguments[0]);
        if (col && !NON_COLUMN.test(method)) columns.set(col, columnItems(cx, { name: col }));
        const onDelete = calls.find((c) => ts.isPropertyAccessExpression(c.expression) && c.expression.name.text === 'onDelete');
        if (onDelete && isCascade(stringOf(cx, onDelete.arguments[0]))) {
          const named = (m: string) => calls.find((c) => ts.isPropertyAccessExpression(c.expression) && c.expression.name.text === m);
          const ref = stringOf(cx, named('references')?.arguments[0]);
          const parentTable = stringOf(cx, named('inTable')?.arguments[0]) ?? (ref?.includes('.') ? ref.split('.')[0] : undefined);
          if (parentTable) {
            r.defer(() => {
              const parent = r.ofTableName(parentTable)?.id;
              if (parent) r.cascades.push({ child: id, parent, location: cx.location(n), how: `onDelete('CASCADE') referencing ${parentTable}` });
            });
          }
        }
      }
    }
  };
  if (fn.body) walk(ts, fn.body, visit);
  return columns;
}
