/**
 * Which manifest items a declaration holds: `@personal` annotations, the `Personal<T, 'id'>` brand,
 * the manifest's `match.types` (Type.member) and `match.fields` (name regexes), and the built-in kinds'
 * name patterns for items that declare a `kind`. Explicit beats guessed: an annotated member is exactly
 * what its annotation says.
 */
import type * as TS from 'typescript';
import { kindMatchesForName } from '../catalog/kinds.js';
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
  private readonly bySymbol = new Map<TS.Symbol, ItemHit[]>();
  private readonly byName = new Map<string, NameMatch[]>();

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

  /** Items a name alone suggests (object-literal keys, request fields): manifest patterns and kinds. */
  forName(name: string, where: string, withKinds = true): ItemHit[] {
    // The same names come back for every object, column and field read: the regexes run once per name.
    const key = `${withKinds ? 'k' : 'p'}:${name}`;
    let matches = this.byName.get(key);
    if (!matches) {
      matches = this.matchName(name, withKinds);
      this.byName.set(key, matches);
    }
    return matches.map((m) => ({ item: m.item, how: m.how, note: `${where} ${m.why}` }));
  }

  private matchName(name: string, withKinds: boolean): NameMatch[] {
    const hits: NameMatch[] = [];
    for (const r of this.fieldRules) {
      if (r.pattern.test(name)) hits.push({ item: r.item, how: 'pattern', why: `(matched by pattern ${r.source})` });
    }
    if (hits.length > 0 || !withKinds) return dedupe(hits);
    for (const m of kindMatchesForName(name)) {
      for (const item of this.kindItems.get(m.kind.id) ?? []) {
        hits.push({ item, how: 'kind', why: `(matched by the ${m.kind.id} kind's name pattern)` });
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
    return this.forName(name, where);
  }
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
