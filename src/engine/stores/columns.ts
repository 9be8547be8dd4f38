/**
 * Which items a declared column or field holds, through the item resolver: an `@personal` annotation on
 * the member first, then a `Personal<T, 'id'>` brand on its value type (Drizzle `$type<PhoneNumber>()`,
 * an entity property typed with a brand), then `match.types` (Owner.member) and the name patterns.
 * When the property name says nothing, the column's SQL name is tried (`text('mobile_no')`).
 */
import type * as TS from 'typescript';
import { personalTags } from '../tags.js';
import type { Analysis } from '../analysis.js';

export interface ColumnSpec {
  /** The property name (`passwordHash`). */
  name: string;
  /** The member's symbol, when there is a declaration to read annotations from. */
  symbol?: TS.Symbol;
  /** The type or class owning it, for `match.types` (`Member.email`). */
  owner?: string;
  /**
   * The column's value type, checked for a brand (`$inferSelect['phone']`, the property's declared type): asked
   * for only when the Program can hold a brand (an ORM's row types are among the costliest the checker makes).
   */
  valueType?: () => TS.Type | undefined;
  /** The name in the database, when it differs (`password_hash`). */
  dbName?: string;
  /** Annotation ids written next to a member that has no symbol (schema.prisma `/// @personal email`). */
  annotated?: string[];
  /** The other columns' names, when there is no declaration to read them from (a schema.prisma model). */
  siblings?: readonly string[];
}

export function columnItems(cx: Analysis, c: ColumnSpec): string[] {
  const ts = cx.ts;
  const where = c.owner ? `${c.owner}.${c.name}` : c.name;
  if (c.annotated && c.annotated.length > 0) return c.annotated.filter((id) => cx.items.has(id));
  const tagged = (c.symbol?.declarations ?? []).some((d) => personalTags(ts, d).length > 0);
  if (c.symbol && tagged) return ids(cx.items.forSymbol(c.symbol, c.owner));
  const valueType = c.valueType && cx.items.brands ? c.valueType() : undefined;
  if (valueType) {
    // A nullable column's value type is `PhoneNumber | null`: the brand is on the non-null part.
    const branded = cx.items.forBrand(cx.checker.getNonNullableType(valueType), where);
    if (branded.length > 0) return ids(branded);
  }
  // Without a declaration, the store's name and its other columns judge the kinds' guesses (items.ts).
  const owner = c.owner ? { names: [c.owner], strongSibling: (c.siblings ?? []).some((n) => n !== c.name && cx.items.strongName(n)) } : undefined;
  const own = c.symbol ? cx.items.forSymbol(c.symbol, c.owner) : cx.items.forName(c.name, where, true, owner);
  if (own.length > 0 || !c.dbName || c.dbName === c.name) return ids(own);
  return ids(cx.items.forName(c.dbName, where, true, owner));
}

function ids(hits: ReadonlyArray<{ item: string }>): string[] {
  return [...new Set(hits.map((h) => h.item))].sort();
}

/** Every item a store's columns hold, sorted. */
export function itemsOfColumns(columns: ReadonlyMap<string, string[]>): string[] {
  return [...new Set([...columns.values()].flat())].sort();
}
