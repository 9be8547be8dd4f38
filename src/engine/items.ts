/**
 * Which manifest items a declaration holds: `@personal` annotations, the `Personal<T, 'id'>` brand,
 * the manifest's `match.types` (Type.member) and `match.fields` (name regexes), and the built-in kinds'
 * name patterns for items that declare a `kind`. Explicit beats guessed: an annotated member is exactly
 * what its annotation says.
 *
 * Evidence levels. An annotation, the brand, `match.types` and `match.fields` are certain. A kind's name pattern
 * is a guess, judged with its owner (the type declaring the member, or the type it is read from):
 * - on a type that is plainly not about a person (an error, a role, a product, a configuration: ownerEvidence in
 *   catalog/kinds.ts) no guess holds, so `AppError.name` and `DatabaseConfig.password` are nobody's;
 * - a weak guess (a bare `name`, `address`, coordinates) holds only on a type about a person (`User`, `Customer`,
 *   `SignupDto`) or one that declares a strong personal member too (an email, a phone number, a password);
 * - the manifest can exclude owners per item (`match.exclude: [Product, Role.name]`) or turn the kind's patterns
 *   off for an item (`match.kindPatterns: false`).
 */
import type * as TS from 'typescript';
import { VALUE_RECOGNISERS, kindById, kindMatchesForName, ownerEvidence } from '../catalog/kinds.js';
import { notClearValue } from './derived.js';
import type { ManifestData } from '../manifest/schema.js';
import type { Recognition } from './model.js';
import { personalTags } from './tags.js';

export interface ItemHit {
  item: string;
  how: Recognition;
  /** For the flow: "SignupDto.password (annotated @personal password)". */
  note: string;
}

/** A name's match, without the place it was seen (the note's `where` is added per use). */
interface NameMatch {
  item: string;
  how: 'pattern' | 'kind';
  why: string;
  /** A weak kind pattern (a bare `name`): it holds only where the owner corroborates it. */
  weak: boolean;
}

/** Who owns a member: the type that declares it and the type it was read from, and whether they corroborate a weak guess. */
export interface Owner {
  names: readonly string[];
  /** The owner declares a certain or strong personal member besides this one. */
  strongSibling: boolean;
}

interface FieldRule {
  item: string;
  pattern: RegExp;
  source: string;
}

export class ItemResolver {
  private readonly items: Set<string>;
  private readonly fieldRules: FieldRule[];
  private readonly typeRules = new Map<string, string[]>();
  private readonly kindItems = new Map<string, string[]>();
  private readonly itemKinds = new Map<string, string>();
  private readonly bySymbol = new Map<TS.Symbol, ItemHit[]>();
  private readonly byName = new Map<string, NameMatch[]>();
  /** Item -> owner types (`Product`) and members (`Role.name`) the manifest excludes from its name-based matches. */
  private readonly excluded = new Map<string, Set<string>>();
  /** Items whose kind's name patterns the manifest turned off (match.kindPatterns: false). */
  private readonly noKindPatterns = new Set<string>();
  private readonly strongMembers = new Map<TS.Node, boolean>();

  /**
   * @param brands whether the Program can hold a Personal<> brand (brand.ts); when not, symbols' types are not
   *   asked for just to look for one.
   */
  constructor(
    private readonly ts: typeof TS,
    private readonly checker: TS.TypeChecker,
    manifest: ManifestData,
    readonly brands = true,
  ) {
    this.items = new Set(manifest.dataItems.map((i) => i.id));
    this.fieldRules = manifest.dataItems.flatMap((i) =>
      (i.match?.fields ?? []).map((f) => ({ item: i.id, pattern: new RegExp(f, 'i'), source: f })),
    );
    for (const i of manifest.dataItems) {
      for (const t of i.match?.types ?? []) this.typeRules.set(t, [...(this.typeRules.get(t) ?? []), i.id]);
      if (i.kind) this.kindItems.set(i.kind, [...(this.kindItems.get(i.kind) ?? []), i.id]);
      if (i.kind) this.itemKinds.set(i.id, i.kind);
      if (i.match?.exclude?.length) this.excluded.set(i.id, new Set(i.match.exclude));
      if (i.match?.kindPatterns === false) this.noKindPatterns.add(i.id);
    }
  }

  has(item: string): boolean {
    return this.items.has(item);
  }

  /** Items a property, parameter or variable symbol holds; `owner` is the type it was read from, if any. */
  forSymbol(symbol: TS.Symbol, owner?: string): ItemHit[] {
    const key = owner === undefined ? symbol : undefined;
    const cached = key && this.bySymbol.get(key);
    if (cached) return cached;
    const hits = this.compute(symbol, owner);
    if (key) this.bySymbol.set(key, hits);
    return hits;
  }

  /**
   * Items a name suggests (members, columns, request fields, object-literal keys): manifest patterns and kinds.
   * With an owner, the kinds' guesses are judged by it (see the file header); without one (untyped input) they stand.
   */
  forName(name: string, where: string, withKinds = true, owner?: Owner): ItemHit[] {
    // The same names come back for every object, column and field read: the regexes run once per name.
    const key = `${withKinds ? 'k' : 'p'}:${name}`;
    let matches = this.byName.get(key);
    if (!matches) {
      matches = this.matchName(name, withKinds);
      this.byName.set(key, matches);
    }
    return matches.filter((m) => this.holds(m, name, owner)).map((m) => ({ item: m.item, how: m.how, note: `${where} ${m.why}` }));
  }

  /** Whether a name-based match holds for this owner (the evidence rules of the file header). */
  private holds(m: NameMatch, member: string, owner: Owner | undefined): boolean {
    if (m.how === 'kind' && this.noKindPatterns.has(m.item)) return false;
    const excluded = this.excluded.get(m.item);
    if (owner && excluded && owner.names.some((o) => excluded.has(o) || excluded.has(`${o}.${member}`))) return false;
    if (m.how !== 'kind' || !owner) return true;
    const evidence = owner.names.map(ownerEvidence);
    if (evidence.includes('not-person')) return false;
    return !m.weak || evidence.includes('person') || owner.strongSibling;
  }

  /** Whether a name alone makes a member personal: a manifest pattern, or a kind's strong (not weak) pattern. */
  strongName(name: string): boolean {
    return this.matchName(name, true).some((x) => x.how === 'pattern' || !x.weak);
  }

  /** Whether a type's declaration has a member, other than `except`, that is personal for certain or by a strong name. */
  strongMember(container: TS.Node | undefined, except?: string): boolean {
    if (!container) return false;
    const key = container;
    const known = this.strongMembers.get(key);
    if (known !== undefined && except === undefined) return known;
    const ts = this.ts;
    const members: readonly TS.NamedDeclaration[] =
      ts.isClassLike(container) || ts.isInterfaceDeclaration(container) || ts.isTypeLiteralNode(container) ? container.members
      : ts.isObjectLiteralExpression(container) ? container.properties
      : [];
    const found = members.some((m) => {
      const n = m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) || ts.isPrivateIdentifier(m.name)) ? m.name.text : undefined;
      if (!n || n === except) return false;
      return personalTags(ts, m).length > 0 || this.strongName(n);
    });
    if (except === undefined) this.strongMembers.set(key, found);
    return found;
  }

  private matchName(name: string, withKinds: boolean): NameMatch[] {
    const hits: NameMatch[] = [];
    for (const r of this.fieldRules) {
      if (r.pattern.test(name)) hits.push({ item: r.item, how: 'pattern', why: `(matched by pattern ${r.source})`, weak: false });
    }
    if (hits.length > 0 || !withKinds) return dedupe(hits);
    for (const m of kindMatchesForName(name)) {
      for (const item of this.kindItems.get(m.kind.id) ?? []) {
        hits.push({ item, how: 'kind', why: `(matched by the ${m.kind.id} kind's name pattern)`, weak: m.weak });
      }
    }
    return dedupe(hits);
  }

  /** The manifest's items of a built-in kind (for catalog sources such as `req.ip`). */
  forKind(kind: string, where: string): ItemHit[] {
    return (this.kindItems.get(kind) ?? []).map((item) => ({ item, how: 'kind' as const, note: `${where} (${kind})` }));
  }

  /** Items a type is branded with: Personal<string, 'email'>. */
  forBrand(type: TS.Type, where: string): ItemHit[] {
    const parts = type.isIntersection() ? type.types : [type];
    const hits: ItemHit[] = [];
    for (const part of parts) {
      for (const prop of part.getProperties()) {
        if (!String(prop.escapedName).startsWith('__@personal@')) continue;
        const t = this.checker.getTypeOfSymbol(prop);
        for (const lit of t.isUnion() ? t.types : [t]) {
          if (lit.isStringLiteral() && this.items.has(lit.value)) {
            hits.push({ item: lit.value, how: 'brand', note: `${where} (Personal<…, '${lit.value}'>)` });
          }
        }
      }
    }
    return hits;
  }

  private compute(symbol: TS.Symbol, owner: string | undefined): ItemHit[] {
    const ts = this.ts;
    const name = symbol.getName();
    const container = containerName(ts, symbol);
    const where = container ? `${container}.${name}` : name;
    const annotated = (symbol.declarations ?? []).flatMap((d) => personalTags(ts, d));
    if (annotated.length > 0) {
      return dedupe(
        annotated
          .filter((id) => this.items.has(id))
          .map((id) => ({ item: id, how: 'annotation' as const, note: `${where} (annotated @personal ${id})` })),
      );
    }
    const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (decl && this.brands) {
      const branded = this.forBrand(this.checker.getTypeOfSymbolAtLocation(symbol, decl), where);
      if (branded.length > 0) return dedupe(branded);
    }
    const typed = [container, owner]
      .filter((c): c is string => !!c)
      .flatMap((c) => (this.typeRules.get(`${c}.${name}`) ?? []).map((item) => ({ item, how: 'type' as const, note: `${c}.${name} (match.types)` })));
    if (typed.length > 0) return dedupe(typed);
    const names = [...new Set([outerName(ts, symbol), container, owner].filter((c): c is string => !!c))];
    const guessed = names.length === 0 ? this.forName(name, where) : this.forName(name, where, true, { names, strongSibling: this.strongMember(decl?.parent, name) });
    return guessed.filter((h) => !this.valuesNotClear(symbol, h.item));
  }

  /**
   * Whether a literal is the item's datum itself, by its kind's value recogniser (`'jhon@gmail.com'` for an email):
   * such a literal under the item's name is the datum, not a constant of the program.
   */
  literalIs(item: string, text: string): boolean {
    const kind = this.itemKinds.get(item);
    return !!kind && (kindById(kind)?.values ?? []).some((v) => VALUE_RECOGNISERS[v](text.trim()));
  }

  /**
   * A member made by the values written to it (an object literal's `password: crypt(pw)`, JS's `user.password = hash()`)
   * is what those values are: when each is plainly not the clear datum (derived.ts: a constant, a setting, a hash or
   * cipher), the name's guess does not hold. A declared member (an interface's, a class's) has no value to judge.
   */
  private valuesNotClear(symbol: TS.Symbol, item: string): boolean {
    const ts = this.ts;
    const decls = symbol.declarations ?? [];
    return (
      decls.length > 0 &&
      decls.every((d) => {
        const value =
          ts.isPropertyAssignment(d) ? d.initializer
          : ts.isPropertyAccessExpression(d) && ts.isBinaryExpression(d.parent) && d.parent.left === d && d.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken ? d.parent.right
          : undefined;
        return value !== undefined && notClearValue(ts, this.checker, value, (text) => this.literalIs(item, text));
      })
    );
  }
}

/**
 * The named type a member of nested type literals belongs to: `Config` for `type Config = { smtp: { password } }`'s
 * `password` (containerName names only a direct owner).
 */
function outerName(ts: typeof TS, symbol: TS.Symbol): string | undefined {
  let node: TS.Node | undefined = (symbol.valueDeclaration ?? symbol.declarations?.[0])?.parent;
  let named: string | undefined;
  for (let depth = 0; node && depth < 8 && !ts.isSourceFile(node); depth++, node = node.parent) {
    if ((ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) && node.name) named = node.name.text;
    else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      const init = skipParens(ts, node.initializer);
      if (init && ts.isObjectLiteralExpression(init)) named = node.name.text;
    }
    if (named) return named;
  }
  return undefined;
}

function skipParens(ts: typeof TS, e: TS.Expression | undefined): TS.Expression | undefined {
  while (e && (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e))) e = e.expression;
  return e;
}

function containerName(ts: typeof TS, symbol: TS.Symbol): string | undefined {
  const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
  let parent = decl?.parent;
  if (parent && ts.isTypeLiteralNode(parent) && ts.isTypeAliasDeclaration(parent.parent)) return parent.parent.name.text;
  if (parent && (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent)) && parent.name) return parent.name.text;
  if (decl && ts.isParameter(decl)) {
    parent = decl.parent;
    if (ts.isConstructorDeclaration(parent) && parent.parent.name) return parent.parent.name.text;
  }
  return undefined;
}

function dedupe<T extends { item: string }>(hits: T[]): T[] {
  const seen = new Set<string>();
  return hits.filter((h) => (seen.has(h.item) ? false : (seen.add(h.item), true)));
}
