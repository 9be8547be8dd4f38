/**
 * Sources: where a value becomes personal. A property read whose member is annotated, branded, typed
 * (`match.types`) or named like an item; a member of a library type that holds personal data by what it is
 * (`req.ip`, catalog/sources.ts); a key of untyped input (`req.body.phone`); an object-literal key the manifest's
 * `match.fields` names. Declarations (parameters, variables) are judged in the evaluator (declaredSource).
 */
import type * as TS from 'typescript';
import { NAMED_INPUT_TYPES, PROPERTY_SOURCES, type PropertySourceSpec } from '../../catalog/sources.js';
import type { Analysis } from '../analysis.js';
import { packageOfFile } from '../packages.js';
import { containerOf, skipOuter } from '../syntax.js';
import { isSynthetic, typeName } from './type-labels.js';
import { libraryMemberItems } from './library-members.js';
import { EMPTY, type Val, flatten, join } from '../value.js';

/** A property read as a source: `dto.email` where the member is annotated, branded, typed or named. */
export function propertySource(cx: Analysis, base: TS.Expression, name: string, nameNode: TS.Node, member?: TS.Symbol): Val {
  const ts = cx.ts;
  // `member`: the symbol read, when the name node is not it (`row[key]` with a key typed `keyof Row`)
  const sym = member ?? cx.checker.getSymbolAtLocation(nameNode);
  const baseType = cx.checker.getTypeAtLocation(base);
  if (sym && (cx.isDeclaredInProject(sym) || isSynthetic(sym))) {
    const own = cx.labelsOf(cx.items.forSymbol(sym, typeName(baseType)), nameNode);
    const getter = sym.declarations?.find((d) => ts.isGetAccessor(d) && d.body) as TS.GetAccessorDeclaration | undefined;
    if (!getter) return own;
    const returned = cx.summary(getter).returns;
    return join(own, { labels: flatten(returned).labels, params: [] });
  }
  // A key of a parsed query string: no member, or the index signature's symbol, depending on how the type declares it
  if ((!sym || sym.declarations?.some((d) => ts.isIndexSignatureDeclaration(d))) && namedInput(cx, baseType)) {
    return cx.labelsOf(cx.items.forName(name, `${base.getText()}.${name}`), nameNode);
  }
  if (sym) {
    const spec = librarySource(cx, sym);
    if (spec) return cx.labelsOf(cx.items.forKind(spec.kind, `${base.getText()}.${name}`), nameNode);
    const branded = cx.items.brands ? cx.items.forBrand(cx.checker.getTypeOfSymbolAtLocation(sym, nameNode), name) : [];
    if (branded.length > 0) return cx.labelsOf(branded, nameNode);
    const accessed = ts.isPropertyAccessExpression(skipOuter(ts, base)) ? (skipOuter(ts, base) as TS.PropertyAccessExpression).name.text : undefined;
    const typed = libraryMemberItems(cx, sym, [typeName(baseType), accessed]);
    if (typed.length > 0) return cx.labelsOf(typed, nameNode);
  }
  // Untyped input (req.body.phone, await request.json()): the name is all there is.
  if (baseType.flags & ts.TypeFlags.Any) return cx.labelsOf(cx.items.forName(name, `${base.getText()}.${name}`), nameNode);
  return EMPTY;
}

/** Whether a type is a client's named input (catalog/sources.ts NAMED_INPUT_TYPES): a parsed query string. */
function namedInput(cx: Analysis, type: TS.Type): boolean {
  const t = cx.checker.getNonNullableType(type);
  const name = typeName(t);
  const decl = t.aliasSymbol?.declarations?.[0] ?? t.getSymbol()?.declarations?.[0];
  const pkg = name && decl ? packageOfFile(cx.program, decl.getSourceFile()) : undefined;
  return !!pkg && NAMED_INPUT_TYPES.some((s) => s.packages.includes(pkg) && s.type.test(name!));
}

function librarySource(cx: Analysis, sym: TS.Symbol): PropertySourceSpec | undefined {
  const decl = sym.valueDeclaration ?? sym.declarations?.[0];
  if (!decl) return undefined;
  const pkg = packageOfFile(cx.program, decl.getSourceFile());
  if (!pkg) return undefined;
  const container = containerOf(cx.ts, decl);
  return PROPERTY_SOURCES.find(
    (s) => s.packages.includes(pkg) && s.member.test(sym.getName()) && (!s.container || (container !== undefined && s.container.test(container))),
  );
}

/** An object-literal key as a source: only the manifest's own match.fields (a key alone is a weak clue). */
export function keySource(cx: Analysis, key: string, at: TS.Node): Val {
  return cx.labelsOf(cx.items.forName(key, key, false), at);
}
