/**
 * Small syntax and checker helpers shared by the store adapters: which package a call or `new` reaches,
 * the symbol an expression names, constant strings, object-literal members, builder chains and the
 * function a node sits in. Nothing here knows about a particular ORM.
 */
import type * as TS from 'typescript';
import type { Context } from '../flow/context.js';
import { type CallTarget, functionWithBody, packageOfFile, resolveCall, skipOuter } from '../flow/targets.js';

export type Fn = TS.SignatureDeclaration & { body?: TS.Node };

const targets = new WeakMap<Context, Map<TS.CallExpression, CallTarget>>();

/** resolveCall, plus the package of the resolved signature when the callee is a project variable (`db('t')`). Memoised per analysis. */
export function target(cx: Context, call: TS.CallExpression): CallTarget {
  let memo = targets.get(cx);
  if (!memo) targets.set(cx, (memo = new Map()));
  const known = memo.get(call);
  if (known) return known;
  const t = resolveTarget(cx, call);
  memo.set(call, t);
  return t;
}

function resolveTarget(cx: Context, call: TS.CallExpression): CallTarget {
  const t = resolveCall(cx.ts, cx.program, cx.checker, call);
  if (t.package && t.package !== 'lib') return t;
  const decl = cx.checker.getResolvedSignature(call)?.declaration;
  if (decl && !cx.ts.isJSDocSignature(decl)) {
    const pkg = packageOfFile(cx.program, decl.getSourceFile());
    if (pkg) return { ...t, package: pkg };
  }
  return t;
}

/** The package declaring the constructor a `new` expression calls. */
export function newPackage(cx: Context, e: TS.NewExpression): string | undefined {
  const decl = cx.checker.getResolvedSignature(e)?.declaration;
  const file = decl && !cx.ts.isJSDocSignature(decl) ? decl.getSourceFile() : symbolOf(cx, e.expression)?.declarations?.[0]?.getSourceFile();
  return file ? packageOfFile(cx.program, file) : undefined;
}

/** The member name a call's callee ends with: `a.b.delete(…)` -> "delete", `f(…)` -> "f". */
export function calleeName(ts: typeof TS, call: TS.CallExpression | TS.NewExpression | TS.Decorator): string {
  const e = skipOuter(ts, ts.isDecorator(call) ? call.expression : call.expression);
  const c = ts.isCallExpression(e) ? skipOuter(ts, e.expression) : e;
  if (ts.isPropertyAccessExpression(c)) return c.name.text;
  if (ts.isIdentifier(c)) return c.text;
  return '';
}

/** The callee as written, shortened: `this.repo.delete`, `db.delete`. */
export function calleeText(ts: typeof TS, call: TS.CallExpression): string {
  const e = skipOuter(ts, call.expression);
  const text = ts.isPropertyAccessExpression(e) ? `${e.expression.getText().replace(/\s+/g, '')}.${e.name.text}` : e.getText();
  return text.length > 60 ? `….${calleeName(ts, call)}` : text;
}

/** The symbol an identifier or property access names, aliases (imports, re-exports) resolved. */
export function symbolOf(cx: Context, e: TS.Node): TS.Symbol | undefined {
  const ts = cx.ts;
  const node = ts.isPropertyAccessExpression(e) ? e.name : e;
  let sym = cx.checker.getSymbolAtLocation(node);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = cx.checker.getAliasedSymbol(sym);
  return sym;
}

/** The initializer of the const a name refers to (project files only). */
export function initializerOf(cx: Context, e: TS.Expression): TS.Expression | undefined {
  const ts = cx.ts;
  const x = skipOuter(ts, e);
  if (!ts.isIdentifier(x) && !ts.isPropertyAccessExpression(x)) return undefined;
  const decl = symbolOf(cx, x)?.valueDeclaration;
  if (!decl || !cx.isProjectFile(decl.getSourceFile())) return undefined;
  if ((ts.isVariableDeclaration(decl) || ts.isPropertyAssignment(decl) || ts.isPropertyDeclaration(decl)) && decl.initializer) {
    return decl.initializer;
  }
  return undefined;
}

/** A string the expression is known to hold: literals, constants, enum members, templates without holes. */
export function stringOf(cx: Context, e: TS.Expression | undefined, depth = 0): string | undefined {
  const ts = cx.ts;
  if (!e || depth > 5) return undefined;
  const x = skipOuter(ts, e);
  if (ts.isStringLiteralLike(x)) return x.text;
  if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) {
    const c = cx.checker.getConstantValue(x);
    if (typeof c === 'string') return c;
  }
  const t = cx.checker.getTypeAtLocation(x);
  if (t.isStringLiteral()) return t.value;
  const init = initializerOf(cx, x);
  return init ? stringOf(cx, init, depth + 1) : undefined;
}

/** The text a string-ish node holds, holes shown as `?` (for SQL). */
export function sqlText(ts: typeof TS, e: TS.Node): string | undefined {
  if (ts.isStringLiteralLike(e)) return e.text;
  if (ts.isTemplateExpression(e)) return e.head.text + e.templateSpans.map((s) => `?${s.literal.text}`).join('');
  return undefined;
}

/** The object literal an expression is (or a const holding one). */
export function objectOf(cx: Context, e: TS.Expression | undefined): TS.ObjectLiteralExpression | undefined {
  const ts = cx.ts;
  if (!e) return undefined;
  const x = skipOuter(ts, e);
  if (ts.isObjectLiteralExpression(x)) return x;
  const init = initializerOf(cx, x);
  return init && ts.isObjectLiteralExpression(skipOuter(ts, init)) ? (skipOuter(ts, init) as TS.ObjectLiteralExpression) : undefined;
}

export function propName(ts: typeof TS, p: TS.ObjectLiteralElementLike | TS.ClassElement): string | undefined {
  const n = p.name;
  if (!n) return undefined;
  if (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n) || ts.isPrivateIdentifier(n)) return n.text;
  return undefined;
}

/** The value of `name:` in an object literal (shorthand included). */
export function prop(cx: Context, obj: TS.ObjectLiteralExpression | undefined, name: string): TS.Expression | undefined {
  const ts = cx.ts;
  for (const p of obj?.properties ?? []) {
    if (propName(ts, p) !== name) continue;
    if (ts.isPropertyAssignment(p)) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p)) return p.name;
  }
  return undefined;
}

/** The calls of a builder chain from the outermost inwards: `db.delete(t).where(x)` -> [where(x), delete(t)]. */
export function chainCalls(ts: typeof TS, call: TS.CallExpression): TS.CallExpression[] {
  const out: TS.CallExpression[] = [];
  let e: TS.Expression = call;
  for (let i = 0; i < 30; i++) {
    e = skipOuter(ts, e);
    if (ts.isAwaitExpression(e)) e = e.expression;
    else if (ts.isCallExpression(e)) {
      out.push(e);
      e = e.expression;
    } else if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) e = e.expression;
    else break;
  }
  return out;
}

/** The outermost call of the chain a call belongs to: where a finding about the chain is placed. */
export function chainTop(ts: typeof TS, call: TS.CallExpression): TS.CallExpression {
  let top: TS.Node = call;
  for (;;) {
    const p = top.parent;
    if (p && ts.isPropertyAccessExpression(p) && p.expression === top && p.parent && ts.isCallExpression(p.parent) && p.parent.expression === p) {
      top = p.parent;
    } else if (p && ts.isParenthesizedExpression(p)) top = p;
    else break;
  }
  return ts.isCallExpression(top) ? top : call;
}

/** The root expression of a chain: `this.repo.x().y()` -> `this.repo`'s `this`; `knex('t').del()` -> `knex('t')`. */
export function receiverOf(ts: typeof TS, call: TS.CallExpression): TS.Expression | undefined {
  const callee = skipOuter(ts, call.expression);
  return ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee) ? callee.expression : undefined;
}

/** The innermost function with a body that contains the node (undefined at module top level). */
export function enclosingFunction(ts: typeof TS, node: TS.Node): Fn | undefined {
  for (let p: TS.Node | undefined = node.parent; p && !ts.isSourceFile(p); p = p.parent) {
    if (ts.isFunctionLike(p) && (p as Fn).body) return p as Fn;
  }
  return undefined;
}

/** A function's readable name: `withdraw`, `MembersService.withdraw`, or `<arrow at file:line>`. */
export function functionName(ts: typeof TS, fn: TS.Node): string {
  const named = (n: TS.Node): string | undefined => {
    const name = (n as { name?: TS.Node }).name;
    return name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) ? name.text : undefined;
  };
  const own = named(fn) ?? (fn.parent && (ts.isVariableDeclaration(fn.parent) || ts.isPropertyAssignment(fn.parent) || ts.isPropertyDeclaration(fn.parent)) ? named(fn.parent) : undefined);
  const cls = fn.parent && ts.isClassLike(fn.parent) ? fn.parent : fn.parent?.parent && ts.isClassLike(fn.parent.parent) ? fn.parent.parent : undefined;
  if (own) return cls?.name ? `${cls.name.text}.${own}` : own;
  const sf = fn.getSourceFile();
  const line = sf.getLineAndCharacterOfPosition(fn.getStart(sf)).line + 1;
  return `<function at ${sf.fileName.replace(/^.*\//, '')}:${line}>`;
}

/** The function a callback argument names: an inline arrow, or a reference to a project function. */
export function functionOf(cx: Context, e: TS.Expression | undefined): Fn | undefined {
  const ts = cx.ts;
  if (!e) return undefined;
  const x = skipOuter(ts, e);
  if ((ts.isArrowFunction(x) || ts.isFunctionExpression(x)) && x.body) return x;
  if (ts.isIdentifier(x) || ts.isPropertyAccessExpression(x)) {
    const decl = symbolOf(cx, x)?.valueDeclaration;
    if (decl && cx.isProjectFile(decl.getSourceFile())) return functionWithBody(ts, decl);
  }
  if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && x.expression.name.text === 'bind') {
    return functionOf(cx, x.expression.expression);
  }
  return undefined;
}

/** JSDoc tags named `tag` on a function or on the declaration holding it (`const f = () => …`). */
export function fnTags(ts: typeof TS, fn: TS.Node, tag: string): string[] {
  const nodes: TS.Node[] = [fn];
  if (fn.parent && (ts.isVariableDeclaration(fn.parent) || ts.isPropertyAssignment(fn.parent) || ts.isPropertyDeclaration(fn.parent))) nodes.push(fn.parent);
  // A callback registered by a statement carrying the doc: `/** @retention x */ agenda.define('purge', async () => …)`
  let up: TS.Node | undefined = fn.parent;
  while (up && (ts.isCallExpression(up) || ts.isAwaitExpression(up) || ts.isParenthesizedExpression(up))) up = up.parent;
  if (up && fn.parent && ts.isCallExpression(fn.parent) && ts.isExpressionStatement(up)) nodes.push(up);
  const out: string[] = [];
  for (const n of nodes) {
    for (const t of ts.getJSDocTags(n)) {
      if (t.tagName.text !== tag) continue;
      const c = typeof t.comment === 'string' ? t.comment : t.comment ? (ts.getTextOfJSDocComment(t.comment) ?? '') : '';
      out.push(...c.split(/[,\s]+/).filter((s) => /^[\w.-]+$/.test(s)));
    }
  }
  return [...new Set(out)];
}

/** snake_case of a camelCase or PascalCase name. */
export function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
