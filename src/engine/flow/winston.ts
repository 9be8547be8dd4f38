/**
 * winston formats that redact. A custom format (`winston.format((info) => { … })`) can do anything; what can be
 * told statically counts:
 * - its transform deletes members of `info` (`delete info.email`, `delete info.user.phone`) or overwrites them with
 *   a constant or a declared masker's result (`info.phone = '[redacted]'`, `info.email = maskEmail(info.email)`),
 *   also for each key of a constant list (`for (const k of ['email', 'phone']) delete info[k]`);
 * - or its transform is itself a function listed in `security.maskers`: every member is masked.
 * The paths are those of pino's `redact` (flow/redaction.ts): members of the logged objects, which winston merges
 * into `info`; a value interpolated into the message string is not covered.
 */
import type * as TS from 'typescript';
import type { Analysis } from '../analysis.js';
import { packageOfFile } from '../packages.js';
import { skipOuter, walk } from '../syntax.js';
import { initializerOf, symbolOf } from '../resolve.js';

export interface FormatRedaction {
  paths: string[][];
  by: string;
}

/** The redaction of `createLogger({ format })`'s custom formats, when one redacts. */
export function winstonRedaction(cx: Analysis, options: TS.ObjectLiteralExpression): FormatRedaction | undefined {
  const ts = cx.ts;
  const prop = options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'format') as TS.PropertyAssignment | undefined;
  if (!prop) return undefined;
  const paths: string[][] = [];
  const names: string[] = [];
  for (const { fn, name } of transforms(cx, prop.initializer, 0)) {
    const masker = declaredMasker(cx, fn);
    const own = masker ? [['*']] : redactedPaths(cx, fn);
    if (own.length === 0) continue;
    paths.push(...own);
    names.push(masker ?? name);
  }
  return paths.length > 0 ? { paths, by: `winston:${[...new Set(names)].join('+')}` } : undefined;
}

interface Transform {
  fn: TS.SignatureDeclaration & { body?: TS.Node };
  name: string;
}

/** The transform functions of a format expression: `combine(a(), b())`, `redact()`, `format(fn)()`. */
function transforms(cx: Analysis, e: TS.Expression, depth: number): Transform[] {
  const ts = cx.ts;
  if (depth > 5) return [];
  const x = skipOuter(ts, e);
  if (ts.isCallExpression(x)) {
    const callee = skipOuter(ts, x.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
    if (name === 'combine') return x.arguments.flatMap((a) => transforms(cx, a, depth + 1));
    // `format(fn)`: the wrapper itself; `wrapper()` / `format(fn)()`: an instance of it
    const wrapped = formatWrap(cx, x);
    if (wrapped) return [wrapped];
    return transforms(cx, callee, depth + 1);
  }
  const init = initializerOf(cx, x);
  return init ? transforms(cx, init, depth + 1) : [];
}

/** `winston.format(fn)` / `format(fn)` (winston's format factory): the transform and a name for it. */
function formatWrap(cx: Analysis, call: TS.CallExpression): Transform | undefined {
  const ts = cx.ts;
  const callee = skipOuter(ts, call.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
  const decl = symbolOf(cx, callee)?.valueDeclaration ?? symbolOf(cx, callee)?.declarations?.[0];
  const pkg = decl ? packageOfFile(cx.program, decl.getSourceFile()) : undefined;
  const fromWinston = pkg === 'winston' || pkg === 'logform';
  if (name !== 'format' || !fromWinston || call.arguments.length === 0) return undefined;
  const arg = skipOuter(ts, call.arguments[0]!);
  if ((ts.isArrowFunction(arg) || ts.isFunctionExpression(arg)) && arg.body) return { fn: arg, name: holderName(ts, call) };
  const target = symbolOf(cx, arg)?.valueDeclaration;
  if (target && ts.isFunctionDeclaration(target) && target.body && target.name) return { fn: target, name: target.name.text };
  if (!target || !ts.isVariableDeclaration(target) || !target.initializer || !ts.isIdentifier(target.name)) return undefined;
  const init = skipOuter(ts, target.initializer);
  return (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && init.body ? { fn: init, name: target.name.text } : undefined;
}

/** `const redactPii = winston.format(…)`: the const's name, else 'custom'. */
function holderName(ts: typeof TS, call: TS.CallExpression): string {
  const p = call.parent;
  return p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name) ? p.name.text : 'custom';
}

/** A transform listed in security.maskers (`fn` or `module.fn`). */
function declaredMasker(cx: Analysis, fn: TS.SignatureDeclaration): string | undefined {
  const ts = cx.ts;
  const holder = ts.isFunctionDeclaration(fn) ? fn : fn.parent && ts.isVariableDeclaration(fn.parent) ? fn.parent : undefined;
  const name = holder?.name && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
  return name ? maskerNamed(cx, name, fn.getSourceFile()) : undefined;
}

function maskerNamed(cx: Analysis, name: string, file: TS.SourceFile): string | undefined {
  const module = file.fileName.replace(/^.*\//, '').replace(/\.[cm]?[jt]sx?$/, '');
  return cx.manifest.security?.maskers?.find((m) => m === name || m === `${module}.${name}`);
}

/** Members of the transform's first parameter it deletes or overwrites with a constant or a masker's result. */
function redactedPaths(cx: Analysis, fn: TS.SignatureDeclaration & { body?: TS.Node }): string[][] {
  const ts = cx.ts;
  const param = fn.parameters[0];
  if (!param || !ts.isIdentifier(param.name) || !fn.body) return [];
  const info = cx.checker.getSymbolAtLocation(param.name);
  if (!info) return [];
  const out: string[][] = [];
  walk(ts, fn.body, (n) => {
    if (ts.isDeleteExpression(n)) out.push(...pathsOf(cx, info, n.expression));
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && masks(cx, n.right)) out.push(...pathsOf(cx, info, n.left));
    return !ts.isFunctionLike(n);
  });
  return out;
}

/** `info.a.b`, `info['a']`, `info[k]` with `k` looping over a constant list: the paths below `info`. */
function pathsOf(cx: Analysis, info: TS.Symbol, e: TS.Expression): string[][] {
  const ts = cx.ts;
  const x = skipOuter(ts, e);
  if (ts.isIdentifier(x)) return cx.checker.getSymbolAtLocation(x) === info ? [[]] : [];
  let keys: string[] | undefined;
  if (ts.isPropertyAccessExpression(x)) keys = [x.name.text];
  else if (ts.isElementAccessExpression(x)) keys = keysOf(cx, x.argumentExpression);
  else return [];
  if (!keys) return [];
  const base = pathsOf(cx, info, x.expression);
  return base.flatMap((b) => keys!.map((k) => [...b, k]));
}

/** A literal key, or the loop variable of `for (const k of ['a', 'b'])` (or of a const list). */
function keysOf(cx: Analysis, e: TS.Expression): string[] | undefined {
  const ts = cx.ts;
  const x = skipOuter(ts, e);
  if (ts.isStringLiteralLike(x)) return [x.text];
  if (!ts.isIdentifier(x)) return undefined;
  const decl = cx.checker.getSymbolAtLocation(x)?.valueDeclaration;
  const loop = decl?.parent?.parent;
  if (!decl || !loop || !ts.isForOfStatement(loop)) return undefined;
  let list = skipOuter(ts, loop.expression);
  if (!ts.isArrayLiteralExpression(list)) {
    const init = initializerOf(cx, list);
    if (!init) return undefined;
    list = skipOuter(ts, init);
  }
  if (!ts.isArrayLiteralExpression(list) || !list.elements.every(ts.isStringLiteralLike)) return undefined;
  return list.elements.map((el) => (el as TS.StringLiteralLike).text);
}

/** A value that hides the original: a constant, or a declared masker's result. */
function masks(cx: Analysis, e: TS.Expression): boolean {
  const ts = cx.ts;
  const x = skipOuter(ts, e);
  if (ts.isStringLiteralLike(x) || ts.isNumericLiteral(x) || x.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(x) && x.text === 'undefined') return true;
  if (ts.isCallExpression(x)) {
    const decl = symbolOf(cx, skipOuter(ts, x.expression))?.valueDeclaration;
    const name = decl && (ts.isFunctionDeclaration(decl) || ts.isVariableDeclaration(decl)) && decl.name && ts.isIdentifier(decl.name) ? decl.name.text : undefined;
    return name !== undefined && cx.isProjectFile(decl!.getSourceFile()) && maskerNamed(cx, name, decl!.getSourceFile()) !== undefined;
  }
  return false;
}
