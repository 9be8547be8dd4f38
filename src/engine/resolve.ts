/**
 * Resolution through the type checker: which declaration a call reaches, in which package, inside which
 * interface or class (catalog entries match on these facts, so a sink is recognised whatever the local variable
 * is called: `db`, `tx`, `this.orm`); and the constants, object literals and functions a name stands for.
 * Everything here reads the checker of one analysis; calls resolved once are kept on it (Analysis.targets).
 */
import type * as TS from 'typescript';
import type { Analysis, CallTarget } from './analysis.js';
import { angularService } from './angular.js';
import { CALLBACK_PARAMETERS } from '../catalog/callbacks.js';
import { namesOfFiles } from './file-names.js';
import { importSpecifierOf, isRelative, packageName, packageOfFile, projectTarget, requiredSpecifier } from './packages.js';
import { type Fn, containerOf, functionWithBody, propName, skipOuter, walk } from './syntax.js';

/** resolveCall, plus the package of the resolved signature when the callee is a project variable (`db('t')`). Memoised per analysis. */
export function target(cx: Analysis, call: TS.CallExpression): CallTarget {
  const known = cx.targets.get(call);
  if (known) return known;
  const t = resolveTarget(cx, call);
  cx.targets.set(call, t);
  return t;
}

function resolveTarget(cx: Analysis, call: TS.CallExpression): CallTarget {
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
export function newPackage(cx: Analysis, e: TS.NewExpression): string | undefined {
  const decl = cx.checker.getResolvedSignature(e)?.declaration;
  const file = decl && !cx.ts.isJSDocSignature(decl) ? decl.getSourceFile() : symbolOf(cx, e.expression)?.declarations?.[0]?.getSourceFile();
  return file ? packageOfFile(cx.program, file) : undefined;
}

/** The symbol an identifier or property access names, aliases (imports, re-exports) resolved. */
export function symbolOf(cx: Analysis, e: TS.Node): TS.Symbol | undefined {
  const ts = cx.ts;
  const node = ts.isPropertyAccessExpression(e) ? e.name : e;
  let sym = cx.checker.getSymbolAtLocation(node);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = cx.checker.getAliasedSymbol(sym);
  return sym;
}

/** The initializer of the const a name refers to (project files only). */
export function initializerOf(cx: Analysis, e: TS.Expression): TS.Expression | undefined {
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
export function stringOf(cx: Analysis, e: TS.Expression | undefined, depth = 0): string | undefined {
  const ts = cx.ts;
  if (!e || depth > 5) return undefined;
  const x = skipOuter(ts, e);
  if (ts.isStringLiteralLike(x)) return x.text;
  const known = constantOf(cx, x);
  if (typeof known === 'string') return known;
  const init = initializerOf(cx, x);
  return init ? stringOf(cx, init, depth + 1) : undefined;
}

/** A number the expression is known to hold (literals, consts, enum members, + - * /). */
export function numberOf(cx: Analysis, e: TS.Expression | undefined, depth = 0): number | undefined {
  const ts = cx.ts;
  if (!e || depth > 8) return undefined;
  const x = skipOuter(ts, e);
  if (ts.isNumericLiteral(x)) return Number(x.text.replace(/_/g, ''));
  if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.MinusToken) {
    const v = numberOf(cx, x.operand, depth + 1);
    return v === undefined ? undefined : -v;
  }
  if (ts.isBinaryExpression(x)) {
    const a = numberOf(cx, x.left, depth + 1);
    const b = numberOf(cx, x.right, depth + 1);
    if (a === undefined || b === undefined) return undefined;
    switch (x.operatorToken.kind) {
      case ts.SyntaxKind.AsteriskToken: return a * b;
      case ts.SyntaxKind.PlusToken: return a + b;
      case ts.SyntaxKind.MinusToken: return a - b;
      case ts.SyntaxKind.SlashToken: return a / b;
      default: return undefined;
    }
  }
  const known = constantOf(cx, x);
  if (typeof known === 'number') return known;
  const init = initializerOf(cx, x);
  return init ? numberOf(cx, init, depth + 1) : undefined;
}

/** What the checker knows an expression holds: an enum member's or const's value, or a literal type's. */
function constantOf(cx: Analysis, x: TS.Expression): string | number | undefined {
  const ts = cx.ts;
  if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) {
    const c = cx.checker.getConstantValue(x);
    if (c !== undefined) return c;
  }
  const t = cx.checker.getTypeAtLocation(x);
  return t.isStringLiteral() || t.isNumberLiteral() ? t.value : undefined;
}

/** The object literal an expression is (or a const holding one). */
export function objectOf(cx: Analysis, e: TS.Expression | undefined): TS.ObjectLiteralExpression | undefined {
  const ts = cx.ts;
  if (!e) return undefined;
  const x = skipOuter(ts, e);
  if (ts.isObjectLiteralExpression(x)) return x;
  const init = initializerOf(cx, x);
  return init && ts.isObjectLiteralExpression(skipOuter(ts, init)) ? (skipOuter(ts, init) as TS.ObjectLiteralExpression) : undefined;
}

/** The value of `name:` in an object literal (shorthand included). */
export function prop(cx: Analysis, obj: TS.ObjectLiteralExpression | undefined, name: string): TS.Expression | undefined {
  const ts = cx.ts;
  for (const p of obj?.properties ?? []) {
    if (propName(ts, p) !== name) continue;
    if (ts.isPropertyAssignment(p)) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p)) return p.name;
  }
  return undefined;
}

/** The function a callback argument names: an inline arrow, or a reference to a project function. */
export function functionOf(cx: Analysis, e: TS.Expression | undefined): Fn | undefined {
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

export function resolveCall(ts: typeof TS, program: TS.Program, checker: TS.TypeChecker, call: TS.CallExpression): CallTarget {
  const callee = skipOuter(ts, call.expression);
  const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isIdentifier(callee) ? callee : undefined;
  let member = nameNode ? nameNode.text : ts.isElementAccessExpression(callee) && ts.isStringLiteral(callee.argumentExpression) ? callee.argumentExpression.text : '';
  let symbol = nameNode ? checker.getSymbolAtLocation(nameNode) : undefined;
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
    const local = symbol.declarations?.[0];
    symbol = checker.getAliasedSymbol(symbol);
    const real = symbol.declarations?.[0];
    if (!real || (ts.isModuleDeclaration(real) && !real.body)) {
      // An untyped import (package not installed, or `declare module 'x';`) aliases nothing: recognised by specifier below.
      symbol = undefined;
      if (local && ts.isImportSpecifier(local)) member = (local.propertyName ?? local.name).text;
    } else if (symbol.getName() !== 'default' && !(symbol.flags & ts.SymbolFlags.Alias)) {
      // `import { fetch as undiciFetch }`: the member is the name the package declares, not the local alias.
      member = symbol.getName();
    }
  }
  let declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0] ?? checker.getResolvedSignature(call)?.declaration;
  // A project variable or parameter holding a library function (`const log = debug('app'); log(…)`, an
  // `axios.create()` instance called directly): the callee is the signature its type declares; a bare call
  // signature (`interface Debugger { (…): void }`) has no member name ('').
  if (declaration && (ts.isVariableDeclaration(declaration) || ts.isParameter(declaration) || ts.isBindingElement(declaration)) && !declaration.getSourceFile().isDeclarationFile && !functionWithBody(ts, declaration)) {
    const sig = checker.getResolvedSignature(call)?.declaration;
    if (sig && !ts.isJSDocSignature(sig) && sig.getSourceFile().isDeclarationFile) {
      declaration = sig;
      member = ts.isCallSignatureDeclaration(sig) ? '' : sig.name && ts.isIdentifier(sig.name) ? sig.name.text : member;
    } else if (!sig && ts.isIdentifier(callee)) {
      // Untyped (`const debug = require('debug')('app'); debug(…)`, `const { track } = require('x'); track(…)`): by
      // where the variable comes from. The module's own export keeps its name; a value made by calling one is called
      // through its call signature ('').
      const origin = importedFrom(ts, checker, callee);
      if (origin) {
        const own = importSpecifierOf(ts, declaration) !== undefined;
        const name = own && ts.isBindingElement(declaration) ? (declaration.propertyName ?? declaration.name) : undefined;
        return { member: !own ? '' : name && ts.isIdentifier(name) ? name.text : member, package: origin.package, ...(origin.container ? { container: origin.container } : {}) };
      }
    }
  }
  if (!declaration || ts.isJSDocSignature(declaration as TS.Node)) {
    // `require('pino-http')()`: an untyped module called as it is required, directly ('')
    const required = !nameNode ? requiredSpecifier(ts, callee) : undefined;
    const origin = nameNode ? (angularService(ts, checker, callee) ?? importedFrom(ts, checker, callee) ?? globalOrigin(ts, checker, callee))
      : required !== undefined && !isRelative(required) ? { package: packageName(required) } : undefined;
    return { member, ...(origin ? { package: origin.package } : {}), ...(origin?.container ? { container: origin.container } : {}) };
  }
  const file = declaration.getSourceFile();
  // A project's own declaration file (`declare const fbq: …`, `interface Window { analytics: … }`) declares a global
  // or a module it does not implement: the SDK behind it, as for an undeclared one; TypeScript's lib files are 'lib'.
  const declared = () => (nameNode ? (importedFrom(ts, checker, callee) ?? globalOrigin(ts, checker, callee))?.package : undefined) ?? 'lib';
  const pkg = packageOfFile(program, file) ?? (file.isDeclarationFile ? declared() : undefined);
  const container = containerOf(ts, declaration);
  const fn = functionWithBody(ts, declaration);
  return {
    member,
    declaration: declaration as TS.Declaration,
    ...(pkg ? { package: pkg } : {}),
    ...(container ? { container } : {}),
    ...(fn && !file.isDeclarationFile && pkg === undefined ? { body: fn } : {}),
  };
}

/**
 * The names under which a call can reach a project function with a body (what `functionWithBody` accepts:
 * functions and methods, consts and properties holding one, plus export aliases). A method call by any other
 * name (`.where`, `.limit`, `.returning`) cannot reach a summary: passes that look for project functions need
 * not ask the checker about it, which spares resolving a query builder's chain. One syntactic walk per SourceFile.
 */
export function projectFunctionNames(cx: Analysis): ReadonlySet<string> {
  const ts = cx.ts;
  const holdsFunction = (init: TS.Expression | undefined) => {
    const e = init && skipOuter(ts, init);
    return !!e && (ts.isArrowFunction(e) || ts.isFunctionExpression(e));
  };
  return (cx.functionNames ??= projectNames(cx, functionNamesOf, (n, out) => {
    const named =
      ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n)) && n.body !== undefined) ||
      ((ts.isVariableDeclaration(n) || ts.isPropertyAssignment(n) || ts.isPropertyDeclaration(n)) && holdsFunction(n.initializer)) ||
      (ts.isExportSpecifier(n) && n.propertyName !== undefined);
    const name = named ? (n as TS.NamedDeclaration).name : undefined;
    if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name))) out.push(name.text);
  }));
}

/**
 * The names initializerOf can follow: project consts, object-literal properties and class fields with an
 * initializer, and export aliases. One syntactic walk per SourceFile.
 */
export function initializedNames(cx: Analysis): ReadonlySet<string> {
  const ts = cx.ts;
  return (cx.initializedNames ??= projectNames(cx, initializedOf, (n, out) => {
    if ((ts.isVariableDeclaration(n) || ts.isPropertyAssignment(n) || ts.isPropertyDeclaration(n)) && n.initializer) {
      if (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name) || ts.isPrivateIdentifier(n.name) || ts.isNumericLiteral(n.name)) out.push(n.name.text);
    }
    if (ts.isExportSpecifier(n) && n.propertyName) out.push(n.name.text);
  }));
}

/** The union over the project's files of the names `see` collects from each node of a file (file-names.ts). */
function projectNames(cx: Analysis, perFile: WeakMap<TS.SourceFile, readonly string[]>, see: (n: TS.Node, out: string[]) => void): ReadonlySet<string> {
  const ts = cx.ts;
  return namesOfFiles(cx.program.getSourceFiles().filter(cx.isProjectFile), perFile, (sf) => {
    const out: string[] = [];
    walk(ts, sf, (n) => see(n, out));
    return out;
  });
}

/** Each file's own names, kept with its SourceFile (an editor's next Program re-walks only edited files). */
const functionNamesOf = new WeakMap<TS.SourceFile, readonly string[]>();
const initializedOf = new WeakMap<TS.SourceFile, readonly string[]>();

/**
 * When types are missing (a package not installed, Prisma's client not generated), the callee has no
 * declaration; the call is still recognised by where its chain's root comes from:
 * - an import from a package: `import redis from 'redis'; redis.set(…)` (the package alone);
 * - a variable, field or parameter built from such an import, or typed with it, while that import is
 *   untyped (`any`): `const prisma = new PrismaClient(); prisma.user.create(…)`, `constructor(private
 *   prisma: PrismaService)` with `class PrismaService extends PrismaClient`: the package and the class or
 *   factory as container ('PrismaClient');
 * - a callback parameter of such a call: `prisma.$transaction(async (tx) => tx.user.create(…))`.
 * Project modules are followed (`import { prisma } from './db.js'`).
 */
function importedFrom(ts: typeof TS, checker: TS.TypeChecker, callee: TS.Expression): Origin | undefined {
  return chainOrigin(ts, checker, callee, 0);
}

interface Origin {
  package: string;
  container?: string;
}

/**
 * A browser SDK used as a global, without an import and without types (`gtag(…)`, `analytics.track(…)`,
 * `window.dataLayer.push(…)`, `Intercom('boot', …)`): the pseudo-package `global:<name>` of the chain's root, which
 * catalog entries name. Only a root nothing declares counts: a project variable of that name is not the SDK.
 */
function globalOrigin(ts: typeof TS, checker: TS.TypeChecker, callee: TS.Expression): Origin | undefined {
  let root = skipOuter(ts, callee);
  const names: string[] = [];
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root)) {
    if (ts.isPropertyAccessExpression(root)) names.unshift(root.name.text);
    root = skipOuter(ts, root.expression);
  }
  if (!ts.isIdentifier(root)) return undefined;
  const viaWindow = /^(window|globalThis|self)$/.test(root.text);
  const name = viaWindow ? names[0] : root.text;
  if (name === undefined) return undefined;
  const sym = viaWindow ? undefined : checker.getSymbolAtLocation(root);
  if (sym && (sym.declarations ?? []).some((d) => !d.getSourceFile().isDeclarationFile)) return undefined;
  return { package: `global:${name}` };
}

function chainOrigin(ts: typeof TS, checker: TS.TypeChecker, e: TS.Expression, depth: number): Origin | undefined {
  let node = skipOuter(ts, e);
  for (;;) {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const inner = skipOuter(ts, node.expression);
      if (inner.kind === ts.SyntaxKind.ThisKeyword && ts.isPropertyAccessExpression(node)) {
        // `this.prisma…`: the field's origin; `this.user…` inside a class extending an untyped import: the base class
        const own = nameOrigin(ts, checker, node.name, depth);
        if (own || checker.getSymbolAtLocation(node.name)) return own;
        let cls: TS.Node | undefined = node.parent;
        while (cls && !ts.isClassLike(cls)) cls = cls.parent;
        return cls ? classOrigin(ts, checker, cls as TS.ClassLikeDeclaration, depth + 1) : undefined;
      }
      node = inner;
    } else if (ts.isCallExpression(node)) {
      const spec = requiredSpecifier(ts, node); // `require('x').fn(…)`, `(await import('x')).fn(…)`
      if (spec !== undefined) return isRelative(spec) ? undefined : { package: packageName(spec) };
      node = skipOuter(ts, node.expression);
    } else if (ts.isAwaitExpression(node)) node = skipOuter(ts, node.expression);
    else if (ts.isNewExpression(node)) return madeBy(ts, checker, node.expression, depth); // `new WebClient(token).chat.postMessage(…)`
    else break;
  }
  return ts.isIdentifier(node) ? nameOrigin(ts, checker, node, depth) : undefined;
}

function nameOrigin(ts: typeof TS, checker: TS.TypeChecker, name: TS.Identifier | TS.PrivateIdentifier, depth: number): Origin | undefined {
  if (depth > 6) return undefined;
  const sym = checker.getSymbolAtLocation(name);
  const decl = sym?.declarations?.[0];
  // A browser SDK's global (`Sentry.configureScope((scope) => …)`): nothing declares it, or only a project .d.ts does
  const root = ts.isIdentifier(name) && !(ts.isPropertyAccessExpression(name.parent) && name.parent.name === name);
  if (root && (!sym || (decl && sym.declarations!.every(projectDeclarationFile)))) return { package: `global:${name.text}` };
  if (!sym || !decl) return undefined;
  const spec = importSpecifierOf(ts, decl);
  if (spec !== undefined && !isRelative(spec) && !projectTarget(ts, checker, sym)) return { package: packageName(spec) };
  if (spec !== undefined) {
    if (!(sym.flags & ts.SymbolFlags.Alias)) return undefined; // a relative require() in a TypeScript file: not followed
    const target = checker.getAliasedSymbol(sym).declarations?.[0];
    return target ? declarationOrigin(ts, checker, target, depth + 1) : undefined;
  }
  return declarationOrigin(ts, checker, decl, depth + 1);
}

/** A declaration in one of the project's own .d.ts files (not a package's, not TypeScript's lib). */
function projectDeclarationFile(d: TS.Declaration): boolean {
  const sf = d.getSourceFile();
  return sf.isDeclarationFile && !sf.fileName.includes('/node_modules/');
}

function declarationOrigin(ts: typeof TS, checker: TS.TypeChecker, decl: TS.Declaration, depth: number): Origin | undefined {
  if (!ts.isVariableDeclaration(decl) && !ts.isPropertyDeclaration(decl) && !ts.isParameter(decl)) return undefined;
  const typed = decl.type && ts.isTypeReferenceNode(decl.type) ? typeOrigin(ts, checker, decl.type, depth) : undefined;
  if (typed) return typed;
  if (decl.initializer) return valueOrigin(ts, checker, decl.initializer, depth);
  const call = ts.isParameter(decl) ? callbackOf(ts, decl.parent) : undefined;
  const origin = call ? chainOrigin(ts, checker, call.expression, depth + 1) : undefined;
  return origin && ts.isParameter(decl) ? { ...origin, ...positionalContainer(ts, call!, decl, origin.package) } : origin;
}

/** `app.get(path, (req, res) => …)` without types: the parameter's declaring type by position (catalog/callbacks.ts). */
function positionalContainer(ts: typeof TS, call: TS.CallExpression, param: TS.ParameterDeclaration, pkg: string): { container?: string } {
  const callee = skipOuter(ts, call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return {};
  const spec = CALLBACK_PARAMETERS.find((s) => s.packages.includes(pkg) && s.member.test(callee.name.text));
  const container = spec?.containers[(param.parent as TS.SignatureDeclaration).parameters.indexOf(param)];
  return container ? { container } : {};
}

/**
 * The call a function is a callback of: an argument (`prisma.$transaction(async (tx) => …)`,
 * `Sentry.configureScope((scope) => …)`), or a member of an options object given to it
 * (`Bugsnag.start({ onError: (event) => … })`, `{ onError(event) { … } }`).
 */
function callbackOf(ts: typeof TS, fn: TS.Node): TS.CallExpression | undefined {
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn) && !ts.isMethodDeclaration(fn)) return undefined;
  let arg: TS.Node = fn;
  if (ts.isPropertyAssignment(fn.parent) && fn.parent.initializer === fn) arg = fn.parent.parent;
  else if (ts.isMethodDeclaration(fn)) {
    if (!ts.isObjectLiteralExpression(fn.parent)) return undefined;
    arg = fn.parent;
  }
  const call = arg.parent;
  return call && ts.isCallExpression(call) && call.arguments.some((a) => a === arg) ? call : undefined;
}

/** `new X(…)`, `X(…)`, `await X(…)`, `a ?? new X()`, or an alias of another such variable. */
function valueOrigin(ts: typeof TS, checker: TS.TypeChecker, e: TS.Expression, depth: number): Origin | undefined {
  e = skipOuter(ts, e);
  if (ts.isAwaitExpression(e)) return valueOrigin(ts, checker, e.expression, depth);
  const spec = requiredSpecifier(ts, e);
  if (spec !== undefined) return isRelative(spec) ? undefined : { package: packageName(spec) };
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return valueOrigin(ts, checker, e.left, depth) ?? valueOrigin(ts, checker, e.right, depth);
  }
  if (ts.isConditionalExpression(e)) return valueOrigin(ts, checker, e.whenTrue, depth) ?? valueOrigin(ts, checker, e.whenFalse, depth);
  if (ts.isNewExpression(e)) return madeBy(ts, checker, e.expression, depth);
  if (ts.isCallExpression(e)) {
    // `base.$extends(ext)`, `new PrismaClient().$extends(ext)`: a method of an untyped client returns the same kind of client
    const callee = skipOuter(ts, e.expression);
    return madeBy(ts, checker, callee, depth) ?? (ts.isPropertyAccessExpression(callee) && depth < 6 ? valueOrigin(ts, checker, callee.expression, depth + 1) : undefined);
  }
  if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) return chainOrigin(ts, checker, e, depth + 1);
  return undefined;
}

/** The class or factory `X` / `ns.X` that made a value: an untyped package import, or a project class extending one. */
function madeBy(ts: typeof TS, checker: TS.TypeChecker, e: TS.Expression, depth: number): Origin | undefined {
  e = skipOuter(ts, e);
  const required = requiredSpecifier(ts, e); // `require('debug')('app')`: made by the module itself
  if (required !== undefined) return isRelative(required) || !(checker.getTypeAtLocation(e).flags & ts.TypeFlags.Any) ? undefined : { package: packageName(required) };
  let root = e;
  while (ts.isPropertyAccessExpression(root)) root = skipOuter(ts, root.expression);
  if (!ts.isIdentifier(root)) return undefined;
  const sym = checker.getSymbolAtLocation(root);
  const decl = sym?.declarations?.[0];
  if (!sym || !decl) return undefined;
  const spec = importSpecifierOf(ts, decl);
  if (spec !== undefined && !isRelative(spec) && !projectTarget(ts, checker, sym)) {
    if (!(checker.getTypeAtLocation(e).flags & ts.TypeFlags.Any)) return undefined; // typed: the call resolves by itself
    const importedName = ts.isImportSpecifier(decl) || ts.isBindingElement(decl) ? (decl.propertyName ?? decl.name) : undefined;
    const imported = importedName && ts.isIdentifier(importedName) ? importedName.text : root.text;
    return { package: packageName(spec), container: ts.isPropertyAccessExpression(e) ? e.name.text : imported };
  }
  const target = spec !== undefined ? checker.getAliasedSymbol(sym).declarations?.[0] : decl;
  return target && ts.isClassLike(target) ? classOrigin(ts, checker, target, depth + 1) : undefined;
}

/** `PrismaService` (a project class extending an untyped import), `PrismaClient`, `Prisma.TransactionClient`. */
function typeOrigin(ts: typeof TS, checker: TS.TypeChecker, type: TS.TypeReferenceNode, depth: number): Origin | undefined {
  const name = type.typeName;
  if (ts.isIdentifier(name)) return madeBy(ts, checker, name, depth);
  let root: TS.EntityName = name;
  while (ts.isQualifiedName(root)) root = root.left;
  const decl = checker.getSymbolAtLocation(root)?.declarations?.[0];
  const spec = decl && importSpecifierOf(ts, decl);
  if (spec === undefined || isRelative(spec) || !(checker.getTypeFromTypeNode(type).flags & ts.TypeFlags.Any)) return undefined;
  return { package: packageName(spec), container: name.right.text };
}

function classOrigin(ts: typeof TS, checker: TS.TypeChecker, cls: TS.ClassLikeDeclaration, depth: number): Origin | undefined {
  if (depth > 6) return undefined;
  const base = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  return base ? madeBy(ts, checker, base.expression, depth + 1) : undefined;
}
