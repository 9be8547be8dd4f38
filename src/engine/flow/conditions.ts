/**
 * Conditions on a sanitizer call's arguments (SanitizerSpec.argument) and the shape of its result
 * (SanitizerSpec.result): the parts of sanitizer matching that look at the call, not at the callee.
 */
import type * as TS from 'typescript';
import { type Val, withFields } from '../value.js';
import type { ArgumentCondition } from '../../catalog/sanitizers.js';
import { packageOfFile } from '../packages.js';
import { skipOuter } from '../syntax.js';

/** Whether the call's argument satisfies the condition (no condition: always). */
export function argumentMatches(ts: typeof TS, program: TS.Program, checker: TS.TypeChecker, cond: ArgumentCondition | undefined, call: TS.CallExpression): boolean {
  if (!cond) return true;
  const arg = call.arguments[cond.index];
  if (!arg) return false;
  if (cond.type) {
    const sym = checker.getTypeAtLocation(arg).getSymbol();
    const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
    const pkg = decl ? packageOfFile(program, decl.getSourceFile()) : undefined;
    if (!sym || !cond.type.name.test(sym.getName()) || !pkg || !cond.type.packages.includes(pkg)) return false;
  }
  if (cond.text) {
    const text = constantText(ts, checker, arg, 0);
    if (text === undefined || !cond.text.test(text)) return false;
  }
  return true;
}

/**
 * The constant text of an expression, or its constant prefix: a string literal, a template's head
 * (`transit/encrypt/${key}` -> 'transit/encrypt/'), the left of a `+`, a `const` holding one of these.
 */
export function constantText(ts: typeof TS, checker: TS.TypeChecker, e: TS.Expression, depth: number): string | undefined {
  if (depth > 4) return undefined;
  e = skipOuter(ts, e);
  if (ts.isStringLiteralLike(e)) return e.text;
  if (ts.isTemplateExpression(e)) return e.head.text;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return constantText(ts, checker, e.left, depth + 1);
  if (ts.isIdentifier(e)) {
    let sym = checker.getSymbolAtLocation(e);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    const decl = sym?.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isVariableDeclarationList(decl.parent) && decl.parent.flags & ts.NodeFlags.Const) {
      return constantText(ts, checker, decl.initializer, depth + 1);
    }
  }
  return undefined;
}

/** The sanitized value, also at `path` inside the result (`{ data: { ciphertext } }`). */
export function atResultPath(v: Val, path: readonly string[] | undefined): Val {
  if (!path || path.length === 0) return v;
  let shaped: Val = v;
  for (const key of [...path].reverse()) shaped = withFields(new Map([[key, shaped]]));
  return { labels: v.labels, params: v.params, ...(shaped.fields ? { fields: shaped.fields } : {}) };
}
