/**
 * Syntax helpers the whole engine shares: what a node is and where it sits, read from the AST alone (no type
 * checker). Call resolution and constant folding through the checker are in resolve.ts.
 */
import type * as TS from 'typescript';

/** A function-like declaration that may have a body (a function, method, constructor, accessor, arrow). */
export type Fn = TS.SignatureDeclaration & { body?: TS.Node };

/**
 * Visits `root` and every node below it in source order (pre-order, as a recursive forEachChild would), with an
 * explicit stack: user code nested thousands of levels deep (a 5,000-term concatenation, generated code) cannot
 * overflow the call stack. `visit` returns false to skip a node's children, 'stop' to end the walk.
 */
export function walk(ts: typeof TS, root: TS.Node, visit: (n: TS.Node) => boolean | 'stop' | void): void {
  const stack: TS.Node[] = [root];
  const push = (c: TS.Node): void => {
    stack.push(c);
  };
  while (stack.length > 0) {
    const n = stack.pop()!;
    const go = visit(n);
    if (go === 'stop') return;
    if (go === false) continue;
    const from = stack.length;
    ts.forEachChild(n, push);
    for (let i = from, j = stack.length - 1; i < j; i++, j--) [stack[i], stack[j]] = [stack[j]!, stack[i]!];
  }
}

export function skipOuter(ts: typeof TS, e: TS.Expression): TS.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) {
    e = e.expression;
  }
  return e;
}

/** The function a declaration names, when it has a body: `function f(){}`, `const f = () => …`, a method. */
export function functionWithBody(ts: typeof TS, decl: TS.Node): Fn | undefined {
  if ((ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl) || ts.isConstructorDeclaration(decl)) && decl.body) return decl;
  if (ts.isVariableDeclaration(decl) && decl.initializer) {
    const init = skipOuter(ts, decl.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  if (ts.isPropertyAssignment(decl) || ts.isPropertyDeclaration(decl)) {
    const init = decl.initializer && skipOuter(ts, decl.initializer);
    if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return init;
  }
  return undefined;
}

export function containerOf(ts: typeof TS, decl: TS.Node): string | undefined {
  let p: TS.Node | undefined = decl.parent;
  while (p && !ts.isSourceFile(p)) {
    if ((ts.isInterfaceDeclaration(p) || ts.isClassDeclaration(p) || ts.isTypeAliasDeclaration(p) || ts.isModuleDeclaration(p)) && p.name) {
      return ts.isModuleDeclaration(p) ? undefined : p.name.text;
    }
    p = p.parent;
  }
  return undefined;
}

export function enclosingClass(ts: typeof TS, node: TS.Node): TS.ClassLikeDeclaration | undefined {
  let p: TS.Node | undefined = node.parent;
  while (p && !ts.isSourceFile(p)) {
    if (ts.isClassLike(p)) return p;
    if (ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p)) return undefined; // `this` is not the class's
    p = p.parent;
  }
  return undefined;
}

export function propertyNameText(ts: typeof TS, name: TS.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return undefined;
}

/** The name of an object-literal or class member, when it is written as a name, string or number. */
export function propName(ts: typeof TS, p: TS.ObjectLiteralElementLike | TS.ClassElement): string | undefined {
  return p.name ? propertyNameText(ts, p.name) : undefined;
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

/** The text a string-ish node holds, holes shown as `?` (for SQL). */
export function sqlText(ts: typeof TS, e: TS.Node): string | undefined {
  if (ts.isStringLiteralLike(e)) return e.text;
  if (ts.isTemplateExpression(e)) return e.head.text + e.templateSpans.map((s) => `?${s.literal.text}`).join('');
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

/** snake_case of a camelCase or PascalCase name. */
export function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** The identifier is the name a declaration declares (not a reference to something). */
export function isDeclarationName(ts: typeof TS, n: TS.Identifier): boolean {
  const p = n.parent;
  if (!p) return false;
  return (
    (ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) ||
      ts.isPropertyAssignment(p) || ts.isBindingElement(p) || ts.isClassDeclaration(p) || ts.isImportSpecifier(p) || ts.isExportSpecifier(p) ||
      ts.isPropertySignature(p) || ts.isMethodSignature(p)) &&
    (p as { name?: TS.Node }).name === n
  );
}
