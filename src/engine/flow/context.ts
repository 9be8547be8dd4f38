/**
 * What one analysis shares across frames: the program, the item resolver, memoised summaries and
 * outer values, and the sink hits found so far (merged per sink call).
 */
import type * as TS from 'typescript';
import type { ManifestData } from '../../manifest/schema.js';
import type { ItemHit, ItemResolver } from '../items.js';
import type { Label, Location, SinkFact, Step } from '../model.js';
import { EMPTY, type Val, flatten, isEmpty, join } from './value.js';
import { compareLabels } from './label-order.js';
import { Frame, type FunctionNode, type Summary } from './evaluator.js';
import { containerOf, packageOfFile, skipOuter } from './targets.js';
import { PROPERTY_SOURCES, type PropertySourceSpec } from '../../catalog/sources.js';
import { type RedactPath, below } from './redaction.js';

export interface Hit {
  /** The sink call, or the assignment for assignment sinks (`document.cookie = …`). */
  call: TS.CallExpression | TS.BinaryExpression;
  sink: SinkFact;
  labels: Label[];
}

/**
 * What an editor's next analysis may reuse from this one: completed summaries and class fields, by node. Only
 * valid for the files that did not change and import nothing that did (their nodes are the same objects in
 * the next Program, and summaries hold nodes and plain data, never the checker's Symbols or Types).
 */
export interface ContextMemo {
  summaries: ReadonlyMap<TS.Node, Summary>;
  fields: ReadonlyMap<TS.ClassLikeDeclaration, ReadonlyMap<string, Val>>;
}

export class Context {
  readonly hits = new Map<TS.CallExpression | TS.BinaryExpression, Hit>();
  /**
   * The same hits, kept apart by the file whose code produced them: the file of the top-level frame or of the
   * function whose summary recorded it (a helper's sink filled by a caller's argument belongs to the caller's
   * file). An incremental analysis keeps the hits of the files it re-analyses and reuses the others' (facts.ts).
   */
  readonly hitsByFile = new Map<string, Map<TS.CallExpression | TS.BinaryExpression, Hit>>();
  private attributed: string | undefined;
  private inherited: ContextMemo | undefined;
  private readonly summaries = new Map<TS.Node, Summary | 'pending'>();
  private readonly outer = new Map<TS.Symbol, Val | 'pending'>();
  private readonly typeCache = new Map<TS.Type, ItemHit[]>();

  constructor(
    readonly ts: typeof TS,
    readonly program: TS.Program,
    readonly checker: TS.TypeChecker,
    readonly items: ItemResolver,
    readonly manifest: ManifestData,
    readonly isProjectFile: (f: TS.SourceFile) => boolean,
  ) {}

  location(node: TS.Node): Location {
    const sf = node.getSourceFile();
    const start = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    const end = sf.getLineAndCharacterOfPosition(node.getEnd());
    return { file: sf.fileName, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  }

  step(node: TS.Node, note: string): Step {
    return { location: this.location(node), note };
  }

  labelsOf(hits: readonly ItemHit[], at: TS.Node): Val {
    if (hits.length === 0) return EMPTY;
    return { labels: hits.map((h) => ({ item: h.item, how: h.how, steps: [this.step(at, h.note)] })), params: [] };
  }

  /** Runs `f` with the hits it records attributed to `file` (see hitsByFile). */
  within<T>(file: string, f: () => T): T {
    const prev = this.attributed;
    this.attributed = file;
    try {
      return f();
    } finally {
      this.attributed = prev;
    }
  }

  /** Reuse the summaries and class fields of `memo` (already limited to unchanged files). */
  inherit(memo: ContextMemo): void {
    this.inherited = memo;
    for (const [cls, fields] of memo.fields) if (!this.fieldStore.has(cls)) this.fieldStore.set(cls, new Map(fields));
  }

  /** The completed summaries and class fields of the files `keep` accepts, for the next analysis. */
  memo(keep: (file: string) => boolean): ContextMemo {
    const summaries = new Map<TS.Node, Summary>();
    for (const [fn, s] of this.inherited?.summaries ?? []) if (keep(fn.getSourceFile().fileName)) summaries.set(fn, s);
    for (const [fn, s] of this.summaries) if (s !== 'pending' && keep(fn.getSourceFile().fileName)) summaries.set(fn, s);
    const fields = new Map<TS.ClassLikeDeclaration, ReadonlyMap<string, Val>>();
    for (const [cls, f] of this.fieldStore) if (keep(cls.getSourceFile().fileName)) fields.set(cls, f);
    return { summaries, fields };
  }

  /** A function's summary, computed once; a recursive call sees an empty summary (termination). */
  summary(fn: FunctionNode): Summary {
    const known = this.summaries.get(fn) ?? this.inherited?.summaries.get(fn);
    if (known === 'pending') return { returns: EMPTY, hits: [], thisFields: new Map() };
    if (known) return known;
    this.summaries.set(fn, 'pending');
    const frame = new Frame(this, fn, true);
    this.within(fn.getSourceFile().fileName, () => {
      frame.bindParams(fn.parameters);
      if (fn.body) frame.run(fn.body);
    });
    const summary = { returns: frame.returns, hits: frame.hits, thisFields: frame.thisFields };
    this.summaries.set(fn, summary);
    return summary;
  }

  private readonly fieldStore = new Map<TS.ClassLikeDeclaration, Map<string, Val>>();

  /** Personal data any method stored in a field of the class (`this.cache = email`), concrete only. */
  classFields(cls: TS.ClassLikeDeclaration): ReadonlyMap<string, Val> | undefined {
    return this.fieldStore.get(cls);
  }

  setClassField(cls: TS.ClassLikeDeclaration, name: string, v: Val): void {
    if (isEmpty(v)) return;
    const fields = this.fieldStore.get(cls) ?? new Map<string, Val>();
    fields.set(name, join(fields.get(name) ?? EMPTY, v));
    this.fieldStore.set(cls, fields);
  }

  /** The value of a variable declared outside the frame reading it (module constants, outer locals). */
  outerValue(sym: TS.Symbol): Val {
    const known = this.outer.get(sym);
    if (known === 'pending') return EMPTY;
    if (known) return known;
    const ts = this.ts;
    const decl = sym.valueDeclaration;
    let v: Val = EMPTY;
    if (decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl)) && this.isProjectFile(decl.getSourceFile())) {
      this.outer.set(sym, 'pending');
      const frame = new Frame(this, undefined, false);
      v = this.within(decl.getSourceFile().fileName, () => {
        const own = frame.declaredSource(decl);
        return ts.isVariableDeclaration(decl) && decl.initializer && ts.isIdentifier(decl.name) ? join(frame.eval(decl.initializer), own) : own;
      });
    }
    this.outer.set(sym, v);
    return v;
  }

  /** A property read as a source: `dto.email` where the member is annotated, branded, typed or named. */
  propertySource(base: TS.Expression, name: string, nameNode: TS.Node): Val {
    const ts = this.ts;
    const sym = this.checker.getSymbolAtLocation(nameNode);
    const baseType = this.checker.getTypeAtLocation(base);
    if (sym && (this.isDeclaredInProject(sym) || isSynthetic(sym))) {
      const own = this.labelsOf(this.items.forSymbol(sym, typeName(baseType)), nameNode);
      const getter = sym.declarations?.find((d) => ts.isGetAccessor(d) && d.body) as TS.GetAccessorDeclaration | undefined;
      if (!getter) return own;
      const returned = this.summary(getter).returns;
      return join(own, { labels: flatten(returned).labels, params: [] });
    }
    if (sym) {
      const spec = this.librarySource(sym);
      if (spec) return this.labelsOf(this.items.forKind(spec.kind, `${base.getText()}.${name}`), nameNode);
      const branded = this.items.brands ? this.items.forBrand(this.checker.getTypeOfSymbolAtLocation(sym, nameNode), name) : [];
      if (branded.length > 0) return this.labelsOf(branded, nameNode);
    }
    // Untyped input (req.body.phone, await request.json()): the name is all there is.
    if (baseType.flags & ts.TypeFlags.Any) return this.labelsOf(this.items.forName(name, `${base.getText()}.${name}`), nameNode);
    return EMPTY;
  }

  private librarySource(sym: TS.Symbol): PropertySourceSpec | undefined {
    const decl = sym.valueDeclaration ?? sym.declarations?.[0];
    if (!decl) return undefined;
    const pkg = packageOfFile(this.program, decl.getSourceFile());
    if (!pkg) return undefined;
    const container = containerOf(this.ts, decl);
    return PROPERTY_SOURCES.find(
      (s) => s.packages.includes(pkg) && s.member.test(sym.getName()) && (!s.container || (container !== undefined && s.container.test(container))),
    );
  }

  /** An object-literal key as a source: only the manifest's own match.fields (a key alone is a weak clue). */
  keySource(key: string, at: TS.Node): Val {
    return this.labelsOf(this.items.forName(key, key, false), at);
  }

  /** Personal members a value of this type holds, nested (logging an object logs its members). */
  typeLabels(expr: TS.Expression, redact: readonly RedactPath[] = []): Val {
    const ts = this.ts;
    const e = skipOuter(ts, expr);
    // An object literal's own keys are tracked value by value (a masked `phone:` is clean); its values' types count.
    if (ts.isObjectLiteralExpression(e)) {
      return join(
        ...e.properties.map((p) => {
          const key = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? p.name.getText() : undefined;
          const { redacted, rest } = key !== undefined ? below(redact, key) : { redacted: false, rest: redact };
          if (redacted) return EMPTY;
          return ts.isPropertyAssignment(p) ? this.typeLabels(p.initializer, rest)
            : ts.isShorthandPropertyAssignment(p) ? this.typeLabels(p.name, rest)
            : ts.isSpreadAssignment(p) ? this.typeLabels(p.expression, redact)
            : EMPTY;
        }),
      );
    }
    if (ts.isArrayLiteralExpression(e)) return join(...e.elements.map((x) => this.typeLabels(x, redact)));
    const type = this.checker.getTypeAtLocation(e);
    const hits = redact.length > 0 ? this.redactedTypeItems(type, redact, 0) : this.typeItems(type, 0);
    return this.labelsOf(hits, e);
  }

  /** typeItems without the members a logger redacts (uncached: paths differ per logger). */
  private redactedTypeItems(type: TS.Type, redact: readonly RedactPath[], depth: number): ItemHit[] {
    if (redact.length === 0) return this.typeItems(type, depth);
    const ts = this.ts;
    if (!(type.flags & ts.TypeFlags.Object) || depth >= 3 || type.getConstructSignatures().length > 0) return this.typeItems(type, depth);
    const out: ItemHit[] = [];
    for (const prop of type.getProperties()) {
      if (!this.isDeclaredInProject(prop) && !isSynthetic(prop)) continue;
      const { redacted, rest } = below(redact, prop.getName());
      if (redacted) continue;
      const own = this.items.forSymbol(prop, typeName(type));
      out.push(...(own.length > 0 ? own : this.redactedTypeItems(this.checker.getTypeOfSymbol(prop), rest, depth + 1)));
    }
    return out;
  }

  private typeItems(type: TS.Type, depth: number): ItemHit[] {
    const cached = this.typeCache.get(type);
    if (cached) return cached;
    this.typeCache.set(type, []);
    const ts = this.ts;
    let out: ItemHit[] = this.items.forBrand(type, typeName(type) ?? 'value');
    if (type.isUnion()) out = out.concat(type.types.flatMap((t) => this.typeItems(t, depth)));
    // A class itself (`typeof User`, passed as an ORM target or called statically) is not a value holding its columns.
    else if (type.flags & ts.TypeFlags.Object && depth < 3 && type.getConstructSignatures().length === 0) {
      const elem = this.checker.isArrayType(type) ? this.checker.getTypeArguments(type as TS.TypeReference)[0] : undefined;
      if (elem) out = out.concat(this.typeItems(elem, depth));
      else {
        for (const prop of type.getProperties()) {
          if (!this.isDeclaredInProject(prop) && !isSynthetic(prop)) continue;
          const own = this.items.forSymbol(prop, typeName(type));
          out = out.concat(own.length > 0 ? own : this.typeItems(this.checker.getTypeOfSymbol(prop), depth + 1));
        }
      }
    }
    const seen = new Set<string>();
    out = out.filter((h) => (seen.has(h.item) ? false : (seen.add(h.item), true)));
    this.typeCache.set(type, out);
    return out;
  }

  isDeclaredInProject(sym: TS.Symbol): boolean {
    const decls = sym.declarations ?? [];
    return decls.length > 0 && decls.every((d) => this.isProjectFile(d.getSourceFile()));
  }

  /** Records personal data arriving at a sink call; several paths to one call make one hit. */
  record(call: TS.CallExpression | TS.BinaryExpression, sink: SinkFact, v: Val): void {
    if (v.labels.length === 0) return;
    const hit = this.hits.get(call) ?? { call, sink, labels: [] };
    mergeLabels(hit.labels, v.labels);
    this.hits.set(call, hit);
    const file = this.attributed ?? call.getSourceFile().fileName;
    let own = this.hitsByFile.get(file);
    if (!own) this.hitsByFile.set(file, (own = new Map()));
    const mine = own.get(call) ?? { call, sink, labels: [] };
    mergeLabels(mine.labels, v.labels);
    own.set(call, mine);
  }
}

/** Several paths to one sink call make one hit: one label per item and cleaning, the longest path kept. */
export function mergeLabels(into: Label[], labels: readonly Label[]): void {
  for (const l of labels) {
    const at = into.findIndex((h) => h.item === l.item && h.clean?.kind === l.clean?.kind && h.clean?.by === l.clean?.by);
    if (at < 0) into.push(l);
    // Keep the path that shows where it came from; of two as long, the first in label order, not in query order.
    else if (l.steps.length > into[at]!.steps.length || (l.steps.length === into[at]!.steps.length && compareLabels(l, into[at]!) < 0)) into[at] = l;
  }
}

/**
 * A property made by a mapped type (drizzle's `$inferSelect`, `Pick`, `Partial` of inferred types) has no
 * declaration to look at: it is judged by its name, brand and the owner's match.types.
 */
function isSynthetic(sym: TS.Symbol): boolean {
  return (sym.declarations ?? []).length === 0;
}

export function typeName(type: TS.Type): string | undefined {
  return type.aliasSymbol?.getName() ?? type.getSymbol()?.getName();
}

export { isEmpty };
