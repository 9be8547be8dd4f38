/**
 * AngularJS (1.x) services reach a function by dependency injection: the parameter's name is the service
 * (`controller('c', function ($cookies) { … })`, or the array form `['$cookies', function (c) { … }]`). Without
 * types, the name is the only signal, and an honest one where the function is registered with a module
 * (`angular.module(…).controller|factory|service|directive|component|run|config|provider|filter(…)`): AngularJS
 * itself resolves the parameter by that name. The call is then matched in the catalog as package `angular` and
 * the service as container (`$cookies.put`). Anywhere else a parameter named `$cookies` is just a parameter.
 */
import type * as TS from 'typescript';
import { skipOuter } from './syntax.js';

const REGISTERS = /^(controller|factory|service|directive|component|run|config|provider|filter|decorator)$/;

/** The AngularJS service a call's receiver was injected as, if any: `$cookies` for `$cookies.put(…)`. */
export function angularService(ts: typeof TS, checker: TS.TypeChecker, callee: TS.Expression): { package: string; container: string } | undefined {
  const c = skipOuter(ts, callee);
  if (!ts.isPropertyAccessExpression(c)) return undefined;
  const root = skipOuter(ts, c.expression);
  if (!ts.isIdentifier(root)) return undefined;
  const decl = checker.getSymbolAtLocation(root)?.valueDeclaration;
  if (!decl || !ts.isParameter(decl) || !ts.isIdentifier(decl.name)) return undefined;
  const fn = decl.parent;
  if (!ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn)) return undefined;
  const index = fn.parameters.indexOf(decl);
  // the array form names the service in the string before the function: ['$cookies', function (c) {…}]
  let arg: TS.Node = fn;
  let service = decl.name.text;
  if (ts.isArrayLiteralExpression(fn.parent)) {
    const name = fn.parent.elements[index];
    if (!name || !ts.isStringLiteralLike(name)) return undefined;
    service = name.text;
    arg = fn.parent;
  }
  if (!service.startsWith('$')) return undefined; // AngularJS's own services; an app's are not in the catalog
  const call = arg.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(arg as TS.Expression)) return undefined;
  const method = skipOuter(ts, call.expression);
  if (!ts.isPropertyAccessExpression(method) || !REGISTERS.test(method.name.text) || !fromAngularModule(ts, method.expression)) return undefined;
  return { package: 'angular', container: service };
}

/** Whether a chain starts with `angular.module(…)` (`angular.module('app').controller(…).factory(…)`). */
function fromAngularModule(ts: typeof TS, e: TS.Expression): boolean {
  let x = skipOuter(ts, e);
  for (let depth = 0; depth < 32; depth++) {
    if (!ts.isCallExpression(x)) return false;
    const callee = skipOuter(ts, x.expression);
    if (!ts.isPropertyAccessExpression(callee)) return false;
    const base = skipOuter(ts, callee.expression);
    if (callee.name.text === 'module' && ts.isIdentifier(base) && base.text === 'angular') return true;
    x = base;
  }
  return false;
}
