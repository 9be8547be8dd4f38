/**
 * What a value holds by its type: the personal members a type declares, nested (logging an object logs its
 * members), minus the paths a logger redacts. Judged member by member with the item resolver; memoised per type
 * on the analysis.
 */
import type * as TS from 'typescript';
import type { Analysis } from '../analysis.js';
import type { ItemHit } from '../items.js';
import { skipOuter } from '../syntax.js';
import { type RedactPath, below } from './redaction.js';
import { EMPTY, type Val, join } from '../value.js';
import { libraryMemberItems } from './library-members.js';

/** Personal members a value of this type holds, nested (logging an object logs its members). */
export interface TypeLabelOptions {
  /**
   * What a store writes: a member typed with another store's entity (`Session.user: User`) is a relation, a
   * reference to a row kept elsewhere, not a copy of that row's personal columns.
   */
  storage?: boolean;
}

export function typeLabels(cx: Analysis, expr: TS.Expression, redact: readonly RedactPath[] = [], options: TypeLabelOptions = {}): Val {
  const ts = cx.ts;
  const e = skipOuter(ts, expr);
  // An object literal's own keys are tracked value by value (a masked `phone:` is clean); its values' types count.
  if (ts.isObjectLiteralExpression(e)) {
    return join(
      ...e.properties.map((p) => {
        const key = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? p.name.getText() : undefined;
        const { redacted, rest } = key !== undefined ? below(redact, key) : { redacted: false, rest: redact };
        if (redacted) return EMPTY;
        return ts.isPropertyAssignment(p) ? typeLabels(cx, p.initializer, rest, options)
          : ts.isShorthandPropertyAssignment(p) ? typeLabels(cx, p.name, rest, options)
          : ts.isSpreadAssignment(p) ? typeLabels(cx, p.expression, redact, options)
          : EMPTY;
      }),
    );
  }
  if (ts.isArrayLiteralExpression(e)) return join(...e.elements.map((x) => typeLabels(cx, x, redact, options)));
  const type = cx.checker.getTypeAtLocation(e);
  const hits = options.storage ? storedTypeItems(cx, type, 0) : redact.length > 0 ? redactedTypeItems(cx, type, redact, 0) : typeItems(cx, type, 0);
  return cx.labelsOf(hits, e);
}

/** typeItems without the members a logger redacts (uncached: paths differ per logger). */
function redactedTypeItems(cx: Analysis, type: TS.Type, redact: readonly RedactPath[], depth: number): ItemHit[] {
  if (redact.length === 0) return typeItems(cx, type, depth);
  const ts = cx.ts;
  if (!(type.flags & ts.TypeFlags.Object || type.isIntersection()) || depth >= 3 || type.getConstructSignatures().length > 0) return typeItems(cx, type, depth);
  const out: ItemHit[] = [];
  for (const prop of type.getProperties()) {
    if (!cx.isDeclaredInProject(prop) && !isSynthetic(prop)) continue;
    const { redacted, rest } = below(redact, prop.getName());
    if (redacted) continue;
    const own = cx.items.forSymbol(prop, typeName(type));
    if (own.length > 0 && isFunctionMember(cx, prop)) continue;
    out.push(...(own.length > 0 ? own : redactedTypeItems(cx, cx.checker.getTypeOfSymbol(prop), rest, depth + 1)));
  }
  return out;
}

/** typeItems for a store: members typed with a store's entity are relations, not recursed into (memoised apart). */
function storedTypeItems(cx: Analysis, type: TS.Type, depth: number): ItemHit[] {
  const cached = cx.storedTypeItems.get(type);
  if (cached) return cached;
  cx.storedTypeItems.set(type, []);
  const ts = cx.ts;
  let out: ItemHit[] = cx.items.forBrand(type, typeName(type) ?? 'value');
  if (type.isUnion()) out = out.concat(type.types.flatMap((t) => storedTypeItems(cx, t, depth)));
  else if (type.flags & ts.TypeFlags.Object && depth < 3 && type.getConstructSignatures().length === 0) {
    const elem = cx.checker.isArrayType(type) ? cx.checker.getTypeArguments(type as TS.TypeReference)[0] : undefined;
    if (elem) out = out.concat(storedTypeItems(cx, elem, depth));
    else {
      for (const prop of type.getProperties()) {
        if (!cx.isDeclaredInProject(prop) && !isSynthetic(prop)) continue;
        const own = cx.items.forSymbol(prop, typeName(type));
        if (own.length > 0) out = out.concat(own);
        else {
          const member = cx.checker.getTypeOfSymbol(prop);
          if (depth > 0 || !cx.stores.storeOfType(cx.checker.getNonNullableType(member))) out = out.concat(storedTypeItems(cx, member, depth + 1));
        }
      }
    }
  }
  const seen = new Set<string>();
  out = out.filter((h) => (seen.has(h.item) ? false : (seen.add(h.item), true)));
  cx.storedTypeItems.set(type, out);
  return out;
}

function typeItems(cx: Analysis, type: TS.Type, depth: number): ItemHit[] {
  const cached = cx.typeItems.get(type);
  if (cached) return cached;
  cx.typeItems.set(type, []);
  const ts = cx.ts;
  let out: ItemHit[] = cx.items.forBrand(type, typeName(type) ?? 'value');
  if (type.isUnion()) out = out.concat(type.types.flatMap((t) => typeItems(cx, t, depth)));
  // A class itself (`typeof User`, passed as an ORM target or called statically) is not a value holding its columns.
  else if ((type.flags & ts.TypeFlags.Object || type.isIntersection()) && depth < 3 && type.getConstructSignatures().length === 0) {
    const elem = cx.checker.isArrayType(type) ? cx.checker.getTypeArguments(type as TS.TypeReference)[0] : undefined;
    if (elem) out = out.concat(typeItems(cx, elem, depth));
    else {
      for (const prop of type.getProperties()) {
        // a dependency's member (a Stripe Customer logged whole): by name, on a type about a person only
        if (!cx.isDeclaredInProject(prop) && !isSynthetic(prop)) {
          out = out.concat(libraryMemberItems(cx, prop, [typeName(type)]));
          continue;
        }
        const own = cx.items.forSymbol(prop, typeName(type));
        if (own.length > 0 && isFunctionMember(cx, prop)) continue;
        out = out.concat(own.length > 0 ? own : typeItems(cx, cx.checker.getTypeOfSymbol(prop), depth + 1));
      }
    }
  }
  const seen = new Set<string>();
  out = out.filter((h) => (seen.has(h.item) ? false : (seen.add(h.item), true)));
  cx.typeItems.set(type, out);
  return out;
}

/**
 * A method, or a member holding a function (`comparePassword: (candidate: string) => boolean`): code, not data held
 * by the object, whatever its name says (asked only of members whose name matched, so rarely).
 */
function isFunctionMember(cx: Analysis, prop: TS.Symbol): boolean {
  if (prop.flags & cx.ts.SymbolFlags.Method) return true;
  const t = cx.checker.getNonNullableType(cx.checker.getTypeOfSymbol(prop));
  return t.getCallSignatures().length > 0 && t.getProperties().length === 0;
}

/**
 * A property made by a mapped type (drizzle's `$inferSelect`, `Pick`, `Partial` of inferred types) has no
 * declaration to look at: it is judged by its name, brand and the owner's match.types.
 */
export function isSynthetic(sym: TS.Symbol): boolean {
  return (sym.declarations ?? []).length === 0;
}

export function typeName(type: TS.Type): string | undefined {
  return type.aliasSymbol?.getName() ?? type.getSymbol()?.getName();
}
