/**
 * Raw SQL in string literals and templates (pg `client.query`, `knex.raw`, drizzle `sql\`…\``, Prisma
 * `$executeRaw`): `CREATE TABLE` declares a store when no ORM declares that table; `INSERT INTO` /
 * `UPDATE` name the store a query writes; `DELETE FROM`, `TRUNCATE` delete; `UPDATE … SET email = NULL`
 * anonymises and `SET deleted_at = now()` soft-deletes. `REFERENCES p(id) ON DELETE CASCADE` is a cascade.
 */
import type * as TS from 'typescript';
import type { Adapter, Found } from './adapter.js';
import { columnItems, itemsOfColumns } from './columns.js';
import type { StoreRegistry } from './registry.js';
import { chainTop, sqlText } from '../syntax.js';

const NAME = String.raw`([\w."\x60\[\]]+)`;
const CREATE = new RegExp(String.raw`\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}\s*\(`, 'i');
const WRITE = new RegExp(String.raw`\b(?:INSERT\s+INTO|REPLACE\s+INTO|UPDATE)\s+${NAME}`, 'i');
const DELETE = new RegExp(String.raw`\b(?:DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+${NAME}`, 'i');
const UPDATE = new RegExp(String.raw`\bUPDATE\s+${NAME}\s+SET\s+([\s\S]*?)(?:\bWHERE\b|\bRETURNING\b|$)`, 'i');
const CONSTRAINT = /^(primary|foreign|constraint|unique|check|index|key|exclude)\b/i;
const SOFT = /^(deleted_?at|is_?deleted|deleted|removed_?at|archived_?at)$/i;

const unquote = (s: string) => s.replace(/["\x60[\]]/g, '').replace(/^.*\./, '');

export const sql: Adapter = {
  name: 'sql',

  declare(r, node) {
    const cx = r.cx;
    const text = sqlText(cx.ts, node);
    if (!text) return;
    const create = CREATE.exec(text);
    if (create) {
      const name = unquote(create[1]!);
      const body = bodyOf(text, create.index + create[0].length);
      r.defer(() => r.defer(() => {
        const existing = r.ofTableName(name);
        const columns = new Map<string, string[]>();
        for (const def of splitTop(body)) {
          const col = /^\s*["\x60]?(\w+)["\x60]?/.exec(def)?.[1];
          if (col && !CONSTRAINT.test(def.trim())) columns.set(col, columnItems(cx, { name: col }));
          const ref = /\bREFERENCES\s+([\w."\x60]+)[\s\S]*?\bON\s+DELETE\s+CASCADE/i.exec(def);
          const parent = ref && r.ofTableName(unquote(ref[1]!));
          const child = existing?.id ?? `sql:${name}`;
          if (parent) r.cascades.push({ child, parent: parent.id, location: cx.location(node), how: `REFERENCES ${unquote(ref![1]!)} ON DELETE CASCADE` });
        }
        if (!existing) r.add({ id: `sql:${name}`, kind: 'sql', name, location: cx.location(node), items: itemsOfColumns(columns), columns });
      }));
      return;
    }
    const write = WRITE.exec(text);
    if (write) {
      const name = unquote(write[1]!);
      const at = reportedAt(r, node);
      r.defer(() => r.defer(() => r.defer(() => {
        if (!r.ofTableName(name)) r.add({ id: `sql:${name}`, kind: 'sql', name, location: cx.location(at), items: [], columns: new Map(), implicit: true });
      })));
    }
  },

  storeOf(r, call) {
    for (const a of call.arguments) {
      const text = sqlText(r.cx.ts, a) ?? (r.cx.ts.isTaggedTemplateExpression(a) ? sqlText(r.cx.ts, a.template) : undefined);
      const m = text && WRITE.exec(text);
      if (m) return r.ofTableName(unquote(m[1]!))?.id;
    }
    return undefined;
  },
};

/** The deletions a SQL string performs (called for every string-like node of the project). */
export function sqlDeletions(r: StoreRegistry, node: TS.Node): Found[] {
  const text = sqlText(r.cx.ts, node);
  if (!text) return [];
  const del = DELETE.exec(text);
  if (del) {
    const name = unquote(del[1]!);
    return [{ store: r.ofTableName(name)?.id ?? `sql:${name}`, kind: 'delete', node: reportedAt(r, node), what: del[0].replace(/\s+/g, ' ') }];
  }
  const upd = UPDATE.exec(text);
  if (!upd) return [];
  const name = unquote(upd[1]!);
  const store = r.ofTableName(name)?.id ?? `sql:${name}`;
  let anonymise = false;
  let soft = false;
  for (const a of splitTop(upd[2]!)) {
    const m = /^\s*["\x60]?(\w+)["\x60]?\s*=\s*(.+?)\s*$/s.exec(a);
    if (!m) continue;
    const [, col, value] = m as unknown as [string, string, string];
    if (SOFT.test(col) && !/^(null|false|0)$/i.test(value)) soft = true;
    else if (/^(null|''|'[^'?]*')$/i.test(value) && ((r.columnItems(store, col) ?? r.cx.items.forName(col, col).map((h) => h.item)).length > 0)) anonymise = true;
  }
  const kind = anonymise ? 'anonymise' : soft ? 'soft-delete' : undefined;
  return kind ? [{ store, kind, node: reportedAt(r, node), what: `UPDATE ${name} SET …` }] : [];
}

/** A SQL string is reported at the call it is passed to (or its tagged template), else where it is. */
function reportedAt(r: StoreRegistry, node: TS.Node): TS.Node {
  const ts = r.cx.ts;
  let n: TS.Node = node;
  if (n.parent && ts.isTaggedTemplateExpression(n.parent)) n = n.parent;
  if (n.parent && ts.isCallExpression(n.parent) && n.parent.arguments.includes(n as TS.Expression)) return chainTop(ts, n.parent);
  return n;
}

/** The text between the parenthesis opened before `start` and its match. */
function bodyOf(text: string, start: number): string {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

/** Splits on commas outside parentheses and quotes. */
function splitTop(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let cur = '';
  for (const ch of text) {
    if (ch === "'") quote = !quote;
    if (!quote && ch === '(') depth++;
    if (!quote && ch === ')') depth--;
    if (!quote && depth === 0 && ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur);
  return out;
}
