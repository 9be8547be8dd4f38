/**
 * Write hooks, on the flow's side: a hook (stores/hooks.ts finds them) evaluated with the row being written bound
 * to `this` or to its parameter, recording what it writes to the row's fields (`this.password = await hash(this.password)`,
 * `user.password = hash` in a bcrypt callback after `const user = this`, `instance.setDataValue('password', h)`).
 * The stores side turns a field written only through a sanitizer into a column transformed on every write.
 */
import type * as TS from 'typescript';
import type { Analysis, HookSelf, SinkSite } from '../analysis.js';
import { type Fn, skipOuter } from '../syntax.js';
import { EMPTY, type Val, field, join } from '../value.js';
import { Frame } from './evaluator.js';

interface Hook {
  self: HookSelf;
  /** The hook function: its parameter `self` is the row. */
  root: Fn;
  row: Val;
  writes: Map<string, Val>;
  /** Inline callbacks already evaluated (by a sanitizer's callback or an array method). */
  called: Set<TS.Node>;
}

/** What hook `fn` writes to the fields of `row`; a column's setter (`setterOf`) is given the column's value. */
export function hookWrites(cx: Analysis, fn: Fn, self: HookSelf, row: Val, setterOf?: string): ReadonlyMap<string, Val> {
  const hook: Hook = { self, root: fn, row, writes: new Map(), called: new Set() };
  const frame = new HookFrame(cx, fn, hook);
  const column = setterOf !== undefined ? field(row, setterOf, cx.step(fn, `the value given for ${setterOf}`)) : EMPTY;
  frame.bindParams(
    fn.parameters,
    fn.parameters.map((_, i) => (i === self ? row : i === 0 && setterOf !== undefined ? column : EMPTY)),
  );
  if (fn.body) frame.run(fn.body);
  return hook.writes;
}

/** A frame of a hook or of a callback inside it (not recording: the hook's own sinks are its file's to report). */
class HookFrame extends Frame {
  constructor(
    cx: Analysis,
    fn: Fn,
    private readonly hook: Hook,
  ) {
    super(cx, fn, false);
  }

  protected override thisValue(e: TS.Node): Val {
    return this.hook.self === 'this' ? join(this.hook.row, super.thisValue(e)) : super.thisValue(e);
  }

  /**
   * A hook's work often happens in callbacks of library calls the catalog does not know (`bcrypt.genSalt(10, (err,
   * salt) => bcrypt.hash(…))`): here every inline callback is evaluated, with what the library passes unknown.
   */
  override eval(e: TS.Expression): Val {
    const v = super.eval(e);
    const ts = this.cx.ts;
    const x = skipOuter(ts, e);
    if (ts.isCallExpression(x)) {
      for (const a of x.arguments) {
        const fn = skipOuter(ts, a);
        if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && !this.hook.called.has(fn)) this.callback(fn, []);
      }
    }
    return v;
  }

  override callback(fn: TS.ArrowFunction | TS.FunctionExpression, args: readonly Val[]): Val {
    this.hook.called.add(fn);
    return super.callback(fn, args);
  }

  protected override child(fn: Fn): Frame {
    return new HookFrame(this.cx, fn, this.hook);
  }

  protected override fieldWritten(base: TS.Expression, key: string, _value: TS.Expression | undefined, v: Val, _at: SinkSite): void {
    if (this.isRow(base)) this.hook.writes.set(key, join(this.hook.writes.get(key) ?? EMPTY, v));
  }

  /** `this`, the hook's row parameter, or a const holding `this` (`const user = this`). */
  private isRow(base: TS.Expression): boolean {
    const ts = this.cx.ts;
    if (base.kind === ts.SyntaxKind.ThisKeyword) return this.hook.self === 'this';
    if (!ts.isIdentifier(base)) return false;
    const decl = this.cx.checker.getSymbolAtLocation(base)?.valueDeclaration;
    if (!decl) return false;
    if (typeof this.hook.self === 'number') return decl === this.hook.root.parameters[this.hook.self];
    return ts.isVariableDeclaration(decl) && !!decl.initializer && skipOuter(ts, decl.initializer).kind === ts.SyntaxKind.ThisKeyword;
  }
}
