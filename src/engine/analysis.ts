/**
 * One analysis: the Program, its checker, the manifest and its item resolver, and every table the analysis
 * fills as it goes (summaries, outer values, class fields, resolved calls, cut-offs, the sink hits per file).
 * Everything one run of the engine knows lives on this object; nothing is kept in module-level maps keyed by it.
 *
 * It sits below the two halves of the engine, which it connects without importing them:
 * - the flow evaluator (flow/) fills in `summary()` through the `evaluate` function it is built with;
 * - the stores (stores/) answer the evaluator through the `stores` port (which table a call writes, which of its
 *   columns the ORM encrypts), so flow/ never imports stores/ and stores/ never imports flow/.
 * The driver (incremental.ts) builds it and plugs both in.
 */
import type * as TS from 'typescript';
import type { ManifestData } from '../manifest/schema.js';
import type { ItemHit, ItemResolver } from './items.js';
import type { Clean, Label, Location, SinkFact, Skipped, Step } from './model.js';
import type { Fn } from './syntax.js';
import { GENERATED_MODEL_PACKAGES } from '../catalog/sources.js';
import { mergeLabels } from './labels.js';
import { packageOfFile } from './packages.js';
import { EMPTY, type Val, isEmpty, join, withoutVia } from './value.js';

const fnKeys = new WeakMap<TS.Node, string>();

/** A function, named by its file and position (facts.ts FnKey); asked at every call site, so kept. */
function fnKeyOf(fn: TS.Node): string {
  let key = fnKeys.get(fn);
  if (key === undefined) fnKeys.set(fn, (key = `${fn.getSourceFile().fileName}#${fn.pos}`));
  return key;
}

/** A call or assignment where data arrives at a sink (`document.cookie = …` is an assignment sink). */
export type SinkSite = TS.CallExpression | TS.BinaryExpression;

/** Personal data arriving at one sink site, with every item that arrives there. */
export interface Hit {
  call: SinkSite;
  sink: SinkFact;
  labels: Label[];
}

/** What one evaluation of a function concluded, with parameters as placeholders (value.ts ParamRef). */
export interface Summary {
  returns: Val;
  /** Sinks reached by parameters: instantiated at each call site. */
  hits: Array<{ at: SinkSite; sink: SinkFact; val: Val }>;
  /** Fields a constructor (or method) assigns on `this`. */
  thisFields: ReadonlyMap<string, Val>;
}

/** What a call reaches, as resolved through the checker (resolve.ts). Catalog entries match on these facts. */
export interface CallTarget {
  /** The npm package declaring the callee ("node" for @types/node, "lib" for TypeScript's lib files). */
  package?: string;
  /** Interface or class declaring the member, e.g. "Axios", "Console". */
  container?: string;
  member: string;
  /** The declaration, when it has a body in a project file (for summaries). */
  body?: Fn;
  declaration?: TS.Declaration;
}

/**
 * The columns of a store whose values are transformed on every write, whatever the code passes: an ORM's column
 * encryption, or a write hook that hashes or encrypts the column (stores/hooks.ts). With how, and the step's note.
 */
export type EncryptedColumns = ReadonlyMap<string, ColumnTransform>;

export interface ColumnTransform {
  clean: Clean;
  /** "column password hashed by bcrypt in Member.hashPassword (@BeforeInsert)". */
  note: string;
  /**
   * The path of the value inside a write hook, the hashing call included: a written value goes this way, so a weak
   * hash the hook makes is the flow no-plaintext-password reports at the hook's hash call, once.
   */
  via?: readonly Step[];
  /**
   * Only when the written row gives this other column: a hook that hashes `new_password` into `password` replaces
   * what the code gives `password` when `new_password` is given, and leaves it as given otherwise.
   */
  when?: string;
  /**
   * Only for an instance of the store's entity class: TypeORM runs an entity's listeners (`@BeforeInsert`) for rows
   * whose constructor is the entity (EntityListenerMetadata.isAllowed), not for a DTO written whole.
   */
  instancesOnly?: true;
}

/** Where a write hook finds the row being written: `this`, or its parameter at this index. */
export type HookSelf = 'this' | number;

/** What the flow evaluator asks of the stores (stores/index.ts answers). */
export interface StorePort {
  /** The store a storage sink call writes (Store.id), when its table, entity, model or key space resolves. */
  storeOf(call: TS.CallExpression): string | undefined;
  /** The columns of `store` that the call's ORM encrypts on write (undefined: none). */
  encryptedColumns(store: string | undefined, call: TS.CallExpression): EncryptedColumns | undefined;
  /** The store whose rows a type is (an entity class, a model's document type), if any. */
  storeOfType(type: TS.Type): string | undefined;
  /**
   * Whether a written field can reach `store`: false only for a field that the store's declaration does not have as a
   * column (ORMs write their declared attributes and drop the rest; a Sequelize VIRTUAL attribute is not a column).
   */
  isColumn(store: string, field: string): boolean;
}

/**
 * What an editor's next analysis may reuse from this one: completed summaries and class fields, by node. Only
 * valid for the files that did not change and import nothing that did (their nodes are the same objects in
 * the next Program, and summaries hold nodes and plain data, never the checker's Symbols or Types).
 */
export interface AnalysisMemo {
  summaries: ReadonlyMap<TS.Node, Summary>;
  fields: ReadonlyMap<TS.ClassLikeDeclaration, ReadonlyMap<string, Val>>;
}

export interface AnalysisParts {
  ts: typeof TS;
  program: TS.Program;
  items: ItemResolver;
  manifest: ManifestData;
  isProjectFile: (sf: TS.SourceFile) => boolean;
  /** Evaluates a function into its summary (flow/evaluator.ts). */
  evaluate: (cx: Analysis, fn: Fn) => Summary;
  /**
   * Evaluates a write hook with `row` as the row being written (and, for a column's setter, the column's value as
   * its first parameter): what it writes to each field of the row (flow/hooks.ts).
   */
  hookWrites: (cx: Analysis, fn: Fn, self: HookSelf, row: Val, setterOf?: string) => ReadonlyMap<string, Val>;
  /** The stores' side of this analysis, built once the analysis exists (stores/index.ts). */
  stores: (cx: Analysis) => StorePort;
}

/**
 * How deep the evaluator may go in the user's code: one level per nested expression or statement, SUMMARY_NESTING
 * per function summary computed inside another's evaluation. Past it, the code is left out (an empty value or
 * summary) and the place is noted in the file's `skipped`: generated code nested thousands of levels deep cannot
 * overflow the call stack. Real code stays far below (a 2,000-term concatenation or a chain of 200 calls each
 * fitted in Node's default stack when this was set).
 */
export const MAX_NESTING = 1000;
export const SUMMARY_NESTING = 5;

export class Analysis {
  readonly ts: typeof TS;
  readonly program: TS.Program;
  readonly checker: TS.TypeChecker;
  readonly items: ItemResolver;
  readonly manifest: ManifestData;
  readonly isProjectFile: (sf: TS.SourceFile) => boolean;
  readonly stores: StorePort;
  private readonly evaluate: (cx: Analysis, fn: Fn) => Summary;
  private readonly hookWrites: AnalysisParts['hookWrites'];

  /**
   * The sink hits, kept apart by the file whose code produced them: the file of the top-level frame or of the
   * function whose summary recorded it (a helper's sink filled by a caller's argument belongs to the caller's
   * file). An incremental analysis keeps the hits of the files it re-analyses and reuses the others' (facts.ts).
   */
  readonly hitsByFile = new Map<string, Map<SinkSite, Hit>>();
  /** Variables declared outside the frame reading them (flow/evaluator.ts outerValue). */
  readonly outer = new Map<TS.Symbol, Val | 'pending'>();
  /** The personal members a type holds, nested (flow/type-labels.ts); and as a store writes it (relations left out). */
  readonly typeItems = new Map<TS.Type, ItemHit[]>();
  readonly storedTypeItems = new Map<TS.Type, ItemHit[]>();
  /** Calls resolved through the checker (resolve.ts target). */
  readonly targets = new Map<TS.CallExpression, CallTarget>();
  /** Cut-off ages found in function bodies (stores/durations.ts cutoffIn). */
  readonly cutoffs = new Map<TS.Node, string | undefined>();
  /** Names of project functions, and of project consts, properties and fields with an initializer (resolve.ts). */
  functionNames?: ReadonlySet<string>;
  initializedNames?: ReadonlySet<string>;
  /** The function names of `security.encryptors` and `security.maskers` (flow/calls.ts). */
  declaredSanitizerNames?: ReadonlySet<string>;

  /**
   * Files whose facts depend on another file they do not import: a call through an interface reaches an
   * implementation's summary (flow/implementations.ts). The incremental driver adds them to the import graph.
   */
  readonly extraDeps = new Map<string, Set<string>>();

  /** The evaluator's current nesting (MAX_NESTING). */
  nesting = 0;
  /** Places left out because they nest too deeply ("line:column"), by file: `leftOut` says them in the file's `skipped`. */
  readonly tooDeep = new Map<string, Set<string>>();

  /**
   * Project functions a call site instantiated with its arguments (calls.ts instantiate), by the file whose code made
   * the call: a guess a function's own evaluation made through a parameter (Label.via) is left to its call sites.
   */
  readonly calledByFile = new Map<string, Set<string>>();

  /** The `resolve` parameters of the promise executors being evaluated, with what they were passed (calls.ts). */
  readonly resolvers = new Map<TS.Symbol, Val>();

  private attributed: string | undefined;
  /** The function whose summary is being evaluated. */
  private evaluating: Fn | undefined;
  private inherited: AnalysisMemo | undefined;
  private readonly summaries = new Map<TS.Node, Summary | 'pending'>();
  private readonly fieldStore = new Map<TS.ClassLikeDeclaration, Map<string, Val>>();

  constructor(parts: AnalysisParts) {
    this.ts = parts.ts;
    this.program = parts.program;
    this.checker = parts.program.getTypeChecker();
    this.items = parts.items;
    this.manifest = parts.manifest;
    this.isProjectFile = parts.isProjectFile;
    this.evaluate = parts.evaluate;
    this.hookWrites = parts.hookWrites;
    this.stores = parts.stores(this);
  }

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

  /**
   * Declared by the project: in its own files, or in what a generator wrote from its schema (catalog/sources.ts
   * GENERATED_MODEL_PACKAGES: Prisma's generated client), which describes the app's own models.
   */
  isDeclaredInProject(sym: TS.Symbol): boolean {
    const decls = sym.declarations ?? [];
    return decls.length > 0 && decls.every((d) => this.isProjectFile(d.getSourceFile()) || this.isGeneratedModel(d.getSourceFile()));
  }

  private readonly generated = new Map<TS.SourceFile, boolean>();

  private isGeneratedModel(sf: TS.SourceFile): boolean {
    let known = this.generated.get(sf);
    if (known === undefined) {
      const pkg = packageOfFile(this.program, sf);
      this.generated.set(sf, (known = pkg !== undefined && GENERATED_MODEL_PACKAGES.includes(pkg)));
    }
    return known;
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

  /** `file`'s facts depend on `on` as on a file it imports (see extraDeps). */
  dependsOn(file: string, on: readonly string[]): void {
    const deps = this.extraDeps.get(file) ?? new Set<string>();
    for (const f of on) if (f !== file) deps.add(f);
    if (deps.size > 0) this.extraDeps.set(file, deps);
  }

  /** Records personal data arriving at a sink call; several paths to one call make one hit. */
  record(call: SinkSite, sink: SinkFact, v: Val): void {
    if (v.labels.length === 0) return;
    const file = this.attributed ?? call.getSourceFile().fileName;
    let own = this.hitsByFile.get(file);
    if (!own) this.hitsByFile.set(file, (own = new Map()));
    const hit = own.get(call) ?? { call, sink, labels: [] };
    // A guess made through a parameter holds here only if nothing calls the function (join.ts decides)
    // Data loaded from a store and written back, or returned, is not collected anew (Label.loaded)
    const fresh = sink.kind === 'storage' || sink.kind === 'response' ? v.labels.filter((l) => !l.loaded) : v.labels;
    if (fresh.length === 0) return;
    const fn = this.evaluating;
    mergeLabels(hit.labels, fresh.map(({ loaded: _l, ...l }) => (!l.via ? l : fn ? { ...withoutVia(l), unless: fnKeyOf(fn) } : withoutVia(l))));
    own.set(call, hit);
  }

  /**
   * A function's summary, computed once; a recursive call sees an empty summary (termination), and so does a call
   * nested past MAX_NESTING (not memoised: a shallower call computes it).
   */
  summary(fn: Fn): Summary {
    const known = this.summaries.get(fn) ?? this.inherited?.summaries.get(fn);
    if (known === 'pending') return { returns: EMPTY, hits: [], thisFields: new Map() };
    if (known) return known;
    if (this.nesting + SUMMARY_NESTING > MAX_NESTING) {
      this.nestedTooDeep(fn);
      return { returns: EMPTY, hits: [], thisFields: new Map() };
    }
    this.summaries.set(fn, 'pending');
    this.nesting += SUMMARY_NESTING;
    const caller = this.evaluating;
    this.evaluating = fn;
    try {
      const summary = this.within(fn.getSourceFile().fileName, () => this.evaluate(this, fn));
      this.summaries.set(fn, summary);
      return summary;
    } finally {
      this.nesting -= SUMMARY_NESTING;
      this.evaluating = caller;
    }
  }

  /** A call site filled `fn`'s summary with its arguments (not a recursive call, nor one cut off by nesting). */
  instantiated(call: TS.Node, fn: Fn): void {
    const known = this.summaries.get(fn) ?? this.inherited?.summaries.get(fn);
    if (!known || known === 'pending' || fn === this.evaluating) return;
    const file = this.attributed ?? call.getSourceFile().fileName;
    let own = this.calledByFile.get(file);
    if (!own) this.calledByFile.set(file, (own = new Set()));
    own.add(fnKeyOf(fn));
  }

  /** Notes code left out for nesting past MAX_NESTING. */
  nestedTooDeep(node: TS.Node): void {
    const at = this.location(node);
    const places = this.tooDeep.get(at.file) ?? new Set<string>();
    places.add(`${at.line}:${at.column}`);
    this.tooDeep.set(at.file, places);
  }

  /** What of a file was left out for nesting too deeply, as one entry of its `skipped` (none when nothing was). */
  leftOut(file: string): Skipped[] {
    const places = [...(this.tooDeep.get(file) ?? [])].sort((a, b) => {
      const [la, ca] = a.split(':').map(Number);
      const [lb, cb] = b.split(':').map(Number);
      return la! - lb! || ca! - cb!;
    });
    if (places.length === 0) return [];
    const where = places.length <= 3 ? places.join(', ') : `${places.slice(0, 3).join(', ')} and ${places.length - 3} more places`;
    return [{ file, reason: `code nested more than ${MAX_NESTING} levels deep (expressions, statements and calls in one chain) was not analysed at ${where}; the rest of the file was` }];
  }

  /** What a write hook writes to the fields of `row`, the row being written (attributed to the hook's file). */
  writesOf(fn: Fn, self: HookSelf, row: Val, setterOf?: string): ReadonlyMap<string, Val> {
    return this.within(fn.getSourceFile().fileName, () => this.hookWrites(this, fn, self, row, setterOf));
  }

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

  /** Reuse the summaries and class fields of `memo` (already limited to unchanged files). */
  inherit(memo: AnalysisMemo): void {
    this.inherited = memo;
    for (const [cls, fields] of memo.fields) if (!this.fieldStore.has(cls)) this.fieldStore.set(cls, new Map(fields));
  }

  /** The completed summaries and class fields of the files `keep` accepts, for the next analysis. */
  memo(keep: (file: string) => boolean): AnalysisMemo {
    const summaries = new Map<TS.Node, Summary>();
    for (const [fn, s] of this.inherited?.summaries ?? []) if (keep(fn.getSourceFile().fileName)) summaries.set(fn, s);
    for (const [fn, s] of this.summaries) if (s !== 'pending' && keep(fn.getSourceFile().fileName)) summaries.set(fn, s);
    const fields = new Map<TS.ClassLikeDeclaration, ReadonlyMap<string, Val>>();
    for (const [cls, f] of this.fieldStore) if (keep(cls.getSourceFile().fileName)) fields.set(cls, f);
    return { summaries, fields };
  }
}
