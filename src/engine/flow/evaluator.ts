/**
 * Propagation: evaluates each function once into a summary (what its return carries, which sinks its
 * parameters reach), with parameters as placeholders that call sites fill in. Concrete personal data
 * reaching a sink becomes a SinkHit at the sink call, wherever the data came from.
 *
 * Flow-insensitive within a function (a variable holds the join of everything assigned to it), field-
 * sensitive for object literals, context-insensitive across calls (one summary per function).
 */
import type * as TS from 'typescript';
import type { Clean, Label } from '../model.js';
import { ALL_ARGUMENTS, EMPTY, THIS, type Val, field, flatten, isEmpty, join, restrict, sanitize, settled, step as stepVal, throughParam, withFields } from '../value.js';
import { type Analysis, MAX_NESTING, type SinkSite, type Summary } from '../analysis.js';
import { type Fn, enclosingClass, propertyNameText, skipOuter } from '../syntax.js';
import { assignSetter, assignSink, evalCall, evalNew, type Evaluator } from './calls.js';
import { keyedRead } from './dynamic-keys.js';
import { keySource, propertySource } from './sources.js';
import { typeLabels } from './type-labels.js';
import { constantValue, derivedCall, notClearValue } from '../derived.js';

/** A function evaluated into its summary (Analysis.summary memoises it, and calls this through its `evaluate`). */
export function summarize(cx: Analysis, fn: Fn): Summary {
  const frame = new Frame(cx, fn, true);
  frame.bindParams(fn.parameters);
  // `constructor(private readonly to: string)`: a parameter property is a field assigned from its parameter
  if (cx.ts.isConstructorDeclaration(fn)) {
    for (const p of fn.parameters) if (cx.ts.isParameterPropertyDeclaration(p, fn) && cx.ts.isIdentifier(p.name)) frame.thisFields.set(p.name.text, frame.eval(p.name));
  }
  if (fn.body) frame.run(fn.body);
  return { returns: frame.returns, hits: frame.hits, thisFields: frame.thisFields };
}

/** The evaluation of one function body (or a module's top level). */
export class Frame implements Evaluator {
  readonly env = new Map<TS.Symbol, Val>();
  returns: Val = EMPTY;
  /** `this.x = …` in this function (a constructor's summary gives them to `new`). */
  readonly thisFields = new Map<string, Val>();
  readonly hits: Summary['hits'] = [];
  /** Sanitizer calls evaluated in this frame, with what they make of their argument. */
  private readonly cleaned = new Map<TS.Node, Clean>();

  constructor(
    readonly cx: Analysis,
    readonly fn: Fn | undefined,
    /** False for values evaluated out of context (outer variables): sinks there are reported by their own frame. */
    readonly recording: boolean,
  ) {}

  bindParams(params: readonly TS.ParameterDeclaration[], args?: readonly Val[]): void {
    params.forEach((p, index) => {
      const v = args ? (args[index] ?? EMPTY) : { labels: [], params: [{ index, path: [], steps: [] }] };
      this.bind(p.name, join(v, throughParam(this.declaredSource(p), v)));
    });
  }

  /** Binds a name or a destructuring pattern to a value. */
  bind(name: TS.BindingName, v: Val): void {
    const ts = this.cx.ts;
    if (ts.isIdentifier(name)) {
      const sym = this.cx.checker.getSymbolAtLocation(name);
      if (sym) this.env.set(sym, join(this.env.get(sym) ?? EMPTY, v));
      return;
    }
    for (const el of name.elements) {
      if (ts.isOmittedExpression(el)) continue;
      if (ts.isArrayBindingPattern(name)) {
        this.bind(el.name, el.dotDotDotToken ? v : flatten(v));
        continue;
      }
      const key = el.propertyName ? propertyNameText(ts, el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : undefined;
      if (el.dotDotDotToken) {
        this.bind(el.name, this.rest(name, v, el));
        continue;
      }
      const part = key === undefined ? v : this.field(v, key, el, `destructured ${key}`);
      const dflt = el.initializer ? this.eval(el.initializer) : EMPTY;
      this.bind(el.name, join(part, dflt, throughParam(this.declaredSource(el), part)));
    }
  }

  /**
   * `const { contact, ...rest } = dto`: the known fields but the named ones, and what the rest's type
   * (an Omit of the source type) holds; a parameter placeholder stands for all its fields but the named ones.
   */
  private rest(pattern: TS.ObjectBindingPattern, v: Val, el: TS.BindingElement): Val {
    const ts = this.cx.ts;
    const named = new Set(
      pattern.elements
        .filter((e) => !e.dotDotDotToken)
        .map((e) => (e.propertyName ? propertyNameText(ts, e.propertyName) : ts.isIdentifier(e.name) ? e.name.text : undefined)),
    );
    const omit = [...named].filter((k): k is string => k !== undefined);
    // a parameter placeholder keeps "all but the named fields" (value.ts restrict): the call site fills it
    return join(restrict(v, { omit }), typeLabels(this.cx, el.name as TS.Identifier));
  }

  /** Items a parameter or variable declares by annotation, brand or name. */
  declaredSource(decl: TS.ParameterDeclaration | TS.BindingElement | TS.VariableDeclaration): Val {
    const ts = this.cx.ts;
    if (!ts.isIdentifier(decl.name)) return EMPTY;
    const sym = this.cx.checker.getSymbolAtLocation(decl.name);
    if (!sym) return EMPTY;
    // `{ cardNumber }` destructured from a `PaymentRecord`: what the member declares explicitly (an annotation, a
    // brand, the manifest's match.types) is what the binding holds, whatever its name guesses
    const member = ts.isBindingElement(decl) && ts.isObjectBindingPattern(decl.parent) ? this.memberOf(decl) : undefined;
    const explicit = member ? this.cx.items.forSymbol(member).filter((h) => h.how !== 'kind' && h.how !== 'pattern') : [];
    if (explicit.length > 0) return this.cx.labelsOf(explicit, decl.name);
    // A local or parameter called just `name` is a job, file or queue name far more often than a person's:
    // only an annotation, a brand or the manifest's own patterns make it personal, not the kind's guess.
    const hits = this.cx.items.forSymbol(sym).filter((h) => !(h.how === 'kind' && decl.name.getText() === 'name'));
    return this.cx.labelsOf(hits, decl.name);
  }

  /** The member of the destructured value's type a binding element reads. */
  private memberOf(el: TS.BindingElement): TS.Symbol | undefined {
    const ts = this.cx.ts;
    const key = el.propertyName ? propertyNameText(ts, el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : undefined;
    if (key === undefined || el.dotDotDotToken) return undefined;
    return this.cx.checker.getTypeAtLocation(el.parent).getProperty(key);
  }

  run(body: TS.Node): void {
    const ts = this.cx.ts;
    if (!ts.isBlock(body) && !ts.isSourceFile(body) && !ts.isModuleBlock(body)) {
      this.returns = join(this.returns, this.eval(body as TS.Expression));
      return;
    }
    this.visit(body);
  }

  /** A statement (or a module's top level), one nesting level deeper (Analysis MAX_NESTING). */
  visit(node: TS.Node): void {
    const cx = this.cx;
    if (cx.nesting >= MAX_NESTING) return cx.nestedTooDeep(node);
    cx.nesting++;
    try {
      this.statement(node);
    } finally {
      cx.nesting--;
    }
  }

  private statement(node: TS.Node): void {
    const ts = this.cx.ts;
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return; // analysed as their own frames
    if (ts.isVariableDeclaration(node)) {
      if (node.initializer) this.bind(node.name, this.initialised(node, node.initializer));
      return;
    }
    if (ts.isReturnStatement(node)) {
      if (node.expression) this.returns = join(this.returns, this.eval(node.expression));
      return;
    }
    if (ts.isExpressionStatement(node)) {
      this.eval(node.expression);
      return;
    }
    if (ts.isForOfStatement(node) || ts.isForInStatement(node)) {
      const it = flatten(this.eval(node.expression));
      const init = node.initializer;
      if (ts.isVariableDeclarationList(init)) for (const d of init.declarations) this.bind(d.name, ts.isForOfStatement(node) ? it : EMPTY);
      this.visit(node.statement);
      return;
    }
    ts.forEachChild(node, (child) => {
      if (ts.isExpression(child) && !ts.isFunctionLike(child)) this.eval(child);
      else this.visit(child);
    });
  }

  /** What an expression holds, one nesting level deeper (Analysis MAX_NESTING: past it, nothing, and the place is noted). */
  eval(e: TS.Expression): Val {
    const cx = this.cx;
    if (cx.nesting >= MAX_NESTING) {
      cx.nestedTooDeep(e);
      return EMPTY;
    }
    cx.nesting++;
    try {
      return this.value(e);
    } finally {
      cx.nesting--;
    }
  }

  private value(e: TS.Expression): Val {
    const ts = this.cx.ts;
    const cx = this.cx;
    e = skipOuter(ts, e);
    if (ts.isIdentifier(e)) return this.identifier(e);
    if (ts.isPropertyAccessExpression(e)) return this.property(e, e.expression, e.name.text, e.name);
    if (ts.isElementAccessExpression(e)) {
      const key = e.argumentExpression;
      if (ts.isStringLiteralLike(key)) return this.property(e, e.expression, key.text, key);
      this.eval(key);
      return this.keyed(e, this.eval(e.expression));
    }
    if (ts.isCallExpression(e)) return evalCall(this, e);
    if (ts.isNewExpression(e)) return evalNew(this, e);
    if (e.kind === ts.SyntaxKind.ThisKeyword) return this.thisValue(e);
    if (ts.isAwaitExpression(e)) return this.eval(e.expression);
    if (ts.isObjectLiteralExpression(e)) return this.object(e);
    if (ts.isArrayLiteralExpression(e)) return flatten(join(...e.elements.map((x) => this.eval(x))));
    if (ts.isSpreadElement(e)) return this.eval(e.expression);
    if (ts.isTemplateExpression(e)) {
      const parts = e.templateSpans.map((s) => flatten(this.eval(s.expression)));
      const v = join(...parts);
      return isEmpty(v) ? v : stepVal(v, cx.step(e, 'interpolated into a string'));
    }
    if (ts.isTaggedTemplateExpression(e)) return this.eval(e.template as TS.Expression);
    if (ts.isConditionalExpression(e)) {
      this.eval(e.condition);
      return join(this.eval(e.whenTrue), this.eval(e.whenFalse));
    }
    if (ts.isBinaryExpression(e)) return this.binary(e);
    if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) {
      const operand = this.eval(e.operand);
      // `+phone` converts the value to a number: still the phone number (`-x`, `!x`, `x++` compute something else)
      return ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.PlusToken ? flatten(operand) : EMPTY;
    }
    if (ts.isTypeOfExpression(e) || ts.isVoidExpression(e) || ts.isDeleteExpression(e)) {
      this.eval(e.expression);
      return EMPTY;
    }
    return EMPTY;
  }

  /** `this`: what this function assigned to it, and what any method of the class stored in its fields. */
  protected thisValue(e: TS.Node): Val {
    const ts = this.cx.ts;
    const cls = enclosingClass(ts, e);
    const stored = cls ? this.cx.classFields(cls) : undefined;
    const fields = new Map(stored ?? []);
    for (const [k, v] of this.thisFields) fields.set(k, join(fields.get(k) ?? EMPTY, v));
    // In a method, `this` is also the object it is called on: a placeholder each call fills with its receiver, so
    // `new Notifier(email).notify()` reads the email the constructor kept. Not in a constructor (the object being built).
    const method = cls && this.fn && !ts.isConstructorDeclaration(this.fn) && !ts.isClassStaticBlockDeclaration(this.fn as TS.Node) && !isStatic(ts, this.fn);
    return method ? join(withFields(fields), { labels: [], params: [{ index: THIS, path: [], steps: [] }] }) : withFields(fields);
  }

  private identifier(e: TS.Identifier): Val {
    const cx = this.cx;
    const sym = cx.checker.getSymbolAtLocation(e);
    if (!sym) return freeSource(cx, e);
    const own = this.env.get(sym);
    if (own) return own;
    // `arguments` in a function (not an arrow's, which is its parent's): every argument of the call
    if (e.text === 'arguments' && !sym.declarations?.length && this.fn && !cx.ts.isArrowFunction(this.fn)) {
      return { labels: [], params: [{ index: ALL_ARGUMENTS, path: [], steps: [] }] };
    }
    const target = sym.flags & cx.ts.SymbolFlags.Alias ? cx.checker.getAliasedSymbol(sym) : sym;
    return outerValue(cx, target);
  }

  private property(e: TS.Expression, base: TS.Expression, name: string, nameNode: TS.Node): Val {
    const cx = this.cx;
    const baseVal = this.eval(base);
    const read = this.field(baseVal, name, e, `read .${name}`);
    // What the member's declared type says: through a parameter, a guess each call site checks against its argument
    const source = throughParam(propertySource(cx, base, name, nameNode), baseVal, name);
    // A read of a labelled string (`email.length`) carries nothing; a field of a labelled object does above.
    return join(read, source);
  }

  /** `obj[key]` with a key that is not a literal (dynamic-keys.ts): the entries, the members the key names, or neither. */
  private keyed(e: TS.ElementAccessExpression, base: Val): Val {
    const read = keyedRead(this.cx, e);
    if (read.kind === 'entries') return flatten(base);
    if (read.kind === 'one') return { labels: base.labels, params: base.params };
    const reads = read.names.map((name) => {
      const member = this.cx.checker.getPropertyOfType(read.type, name);
      const source = member ? propertySource(this.cx, e.expression, name, e.argumentExpression, member) : EMPTY;
      return join(this.field(base, name, e, `read [${name}]`), source);
    });
    return join(...reads);
  }

  /**
   * Field `name` of `v`; the step (a source position) is only made when a parameter placeholder will carry
   * it: most reads are of values that hold nothing, and positions were a good part of the engine's garbage.
   */
  private field(v: Val, name: string, at: TS.Node, note: string): Val {
    if (v.params.length === 0) return v.fields?.get(name) ?? EMPTY;
    return field(v, name, this.cx.step(at, note));
  }

  private object(e: TS.ObjectLiteralExpression): Val {
    const ts = this.cx.ts;
    const fields = new Map<string, Val>();
    const put = (k: string, v: Val) => fields.set(k, fields.has(k) ? join(fields.get(k)!, v) : v);
    let spread: Val = EMPTY;
    for (const p of e.properties) {
      if (ts.isPropertyAssignment(p)) {
        const key = propertyNameText(ts, p.name);
        const v = this.eval(p.initializer);
        if (key !== undefined) put(key, isEmpty(v) && !notClearValue(ts, this.cx.checker, p.initializer) ? keySource(this.cx, key, p.name) : v);
        else spread = join(spread, flatten(v));
      } else if (ts.isShorthandPropertyAssignment(p)) {
        const sym = this.cx.checker.getShorthandAssignmentValueSymbol(p);
        const v = sym ? (this.env.get(sym) ?? outerValue(this.cx, sym)) : EMPTY;
        put(p.name.text, isEmpty(v) ? keySource(this.cx, p.name.text, p.name) : v);
      } else if (ts.isSpreadAssignment(p)) {
        const v = this.eval(p.expression);
        for (const [k, f] of v.fields ?? []) put(k, f);
        spread = join(spread, { labels: v.labels, params: v.params });
      }
    }
    const obj = withFields(fields);
    return isEmpty(spread) ? obj : join(obj, spread);
  }

  private binary(e: TS.BinaryExpression): Val {
    const ts = this.cx.ts;
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken) {
      const v = this.eval(e.right);
      this.assign(e.left, v);
      this.written(e.left, e.right, v, e);
      assignSink(this, e, v);
      assignSetter(this, e, v);
      return v;
    }
    const left = this.eval(e.left);
    const right = this.eval(e.right);
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.PlusEqualsToken) {
      const v = join(flatten(left), flatten(right));
      if (op === ts.SyntaxKind.PlusEqualsToken) this.assign(e.left, v);
      return isEmpty(v) ? v : stepVal(v, this.cx.step(e, 'concatenated into a string'));
    }
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.AmpersandAmpersandToken) {
      return join(left, right);
    }
    if (op === ts.SyntaxKind.CommaToken) return right;
    return EMPTY; // comparisons and arithmetic yield no personal data
  }

  protected assign(target: TS.Expression, v: Val): void {
    const ts = this.cx.ts;
    target = skipOuter(ts, target);
    if (ts.isIdentifier(target)) {
      const sym = this.cx.checker.getSymbolAtLocation(target);
      if (sym) this.env.set(sym, join(this.env.get(sym) ?? EMPTY, v));
    } else if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const name = target.name.text;
      this.thisFields.set(name, join(this.thisFields.get(name) ?? EMPTY, v));
      const cls = enclosingClass(ts, target);
      if (cls) this.cx.setClassField(cls, name, { labels: settled(flatten(v).labels), params: [] });
    } else if (ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.expression)) {
      const sym = this.cx.checker.getSymbolAtLocation(target.expression);
      if (sym) {
        const prev = this.env.get(sym) ?? EMPTY;
        this.env.set(sym, join(prev, withFields(new Map([[target.name.text, v]]))));
      }
    } else if (ts.isObjectLiteralExpression(target) || ts.isArrayLiteralExpression(target)) {
      // destructuring assignment: every target receives the whole value (conservative)
      for (const el of ts.isObjectLiteralExpression(target) ? target.properties : target.elements) {
        if (ts.isShorthandPropertyAssignment(el)) this.assign(el.name, v);
        else if (ts.isPropertyAssignment(el)) this.assign(el.initializer, v);
        else if (ts.isExpression(el)) this.assign(el, v);
      }
    }
  }

  /** Evaluates an inline callback with its parameters bound (map, forEach, then, …); returns its result. */
  callback(fn: TS.ArrowFunction | TS.FunctionExpression, args: readonly Val[]): Val {
    const inner = this.child(fn);
    for (const [k, v] of this.env) inner.env.set(k, v);
    inner.bindParams(fn.parameters, args);
    inner.run(fn.body);
    this.hits.push(...inner.hits);
    for (const [k, v] of inner.env) if (!fn.parameters.some((p) => this.cx.checker.getSymbolAtLocation(p.name) === k)) this.env.set(k, v);
    return inner.returns;
  }

  /** The frame of an inline callback of this one. */
  protected child(fn: Fn): Frame {
    return new Frame(this.cx, fn, this.recording);
  }

  /** An assignment `target = value` was evaluated (write hooks record what they write: flow/hooks.ts). */
  protected written(target: TS.Expression, value: TS.Expression, v: Val, at: SinkSite): void {
    const ts = this.cx.ts;
    const t = skipOuter(ts, target);
    if (ts.isPropertyAccessExpression(t)) this.fieldWritten(skipOuter(ts, t.expression), t.name.text, value, v, at);
  }

  /** A field `key` of the object `base` evaluates to was written with `value` (nothing to do but in a write hook). */
  protected fieldWritten(_base: TS.Expression, _key: string, _value: TS.Expression | undefined, _v: Val, _at: SinkSite): void {}

  /** `x.setDataValue('k', v)`, `doc.set('k', v)`: a field of `target` written by a method. */
  writeField(target: TS.Expression, key: string, v: Val, value: TS.Expression | undefined, at: SinkSite): void {
    const ts = this.cx.ts;
    const x = skipOuter(ts, target);
    this.fieldWritten(x, key, value, v, at);
    if (x.kind === ts.SyntaxKind.ThisKeyword) this.thisFields.set(key, join(this.thisFields.get(key) ?? EMPTY, v));
    const sym = ts.isIdentifier(x) ? this.cx.checker.getSymbolAtLocation(x) : undefined;
    if (sym) this.env.set(sym, join(this.env.get(sym) ?? EMPTY, withFields(new Map([[key, v]]))));
  }

  clean(v: Val, kind: Label['clean'], at: TS.Node, note: string): Val {
    if (kind) this.cleaned.set(at, kind);
    return kind ? sanitize(v, kind, this.cx.step(at, note)) : v;
  }

  /**
   * A variable's value: its initializer's, and what its declaration says (annotation, brand, name) where the
   * initializer does not say it already. `const password = await bcrypt.hash(pw, 12)` holds a hash: the name's
   * guess is cleaned as the value is, and an item the initializer carries keeps the initializer's labels.
   */
  initialised(decl: TS.VariableDeclaration, init: TS.Expression): Val {
    const v = this.eval(init);
    const own = this.declaredSource(decl);
    if (own.labels.length === 0) return v;
    const explicit = (): Val => ({ labels: own.labels.filter((l) => l.how !== 'kind' && l.how !== 'pattern'), params: [] });
    // `const allowed_zip = ['.zip', '.7z']`, `var shown = password ? null : '(hidden)'`: constants are nobody's
    // data, whatever the name guesses.
    if (constantValue(this.cx.ts, init)) return join(v, explicit());
    let from = skipOuter(this.cx.ts, init);
    while (this.cx.ts.isAwaitExpression(from)) from = skipOuter(this.cx.ts, from.expression);
    const clean = this.cleaned.get(from);
    if (clean) return join(v, sanitize(own, clean, this.cx.step(from, `${decl.name.getText()} is the result of ${clean.by}`)));
    // `var secure_password = crypt(password)`: an unknown call whose name says it hashes or encrypts (derived.ts)
    if (derivedCall(this.cx.ts, from)) return join(v, explicit());
    const carried = new Set(flatten(v).labels.map((l) => l.item));
    return join(v, throughParam({ labels: own.labels.filter((l) => !carried.has(l.item)), params: [] }, v));
  }
}

/** A static member (its `this` is the class, not an instance). */
function isStatic(ts: typeof TS, fn: TS.Node): boolean {
  let n: TS.Node | undefined = fn;
  while (n && (ts.isArrowFunction(n) || ts.isFunctionExpression(n))) n = n.parent;
  return !!n && ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
}

/**
 * A free identifier (declared nowhere the checker sees: a browser global, untyped JS's implicit globals) is judged by
 * its name, as a declared variable is (declaredSource): `console.log(password)`. A bare `name` is left out there too
 * (in a browser it is `window.name`). Only names that match cost anything: the pattern test is memoised per name.
 */
function freeSource(cx: Analysis, e: TS.Identifier): Val {
  if (e.text === 'name' || e.text === 'undefined') return EMPTY;
  return cx.labelsOf(cx.items.forName(e.text, e.text), e);
}

/** The value of a variable declared outside the frame reading it (module constants, outer locals). */
export function outerValue(cx: Analysis, sym: TS.Symbol): Val {
  const known = cx.outer.get(sym);
  if (known === 'pending') return EMPTY;
  if (known) return known;
  const ts = cx.ts;
  const decl = sym.valueDeclaration;
  let v: Val = EMPTY;
  if (decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl)) && cx.isProjectFile(decl.getSourceFile())) {
    cx.outer.set(sym, 'pending');
    const frame = new Frame(cx, undefined, false);
    v = cx.within(decl.getSourceFile().fileName, () => {
      return ts.isVariableDeclaration(decl) && decl.initializer && ts.isIdentifier(decl.name) ? frame.initialised(decl, decl.initializer) : frame.declaredSource(decl);
    });
  }
  cx.outer.set(sym, v);
  return v;
}
