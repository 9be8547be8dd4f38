/**
 * Call resolution through the type checker: which declaration a call reaches, in which package,
 * inside which interface or class. Catalog entries match on these facts, so a sink is recognised
 * whatever the local variable is called (`db`, `tx`, `this.orm`).
 */
import type * as TS from 'typescript';
import { namesOfFiles } from './file-names.js';

export interface CallTarget {
  /** The npm package declaring the callee ("node" for @types/node, "lib" for TypeScript's lib files). */
  package?: string;
  /** Interface or class declaring the member, e.g. "Axios", "Console". */
  container?: string;
  member: string;
  /** The declaration, when it has a body in a project file (for summaries). */
  body?: TS.SignatureDeclaration & { body?: TS.Node };
  declaration?: TS.Declaration;
}

export function packageOfFile(program: TS.Program, file: TS.SourceFile): string | undefined {
  if (program.isSourceFileDefaultLibrary(file)) return 'lib';
  const name = file.fileName;
  const at = name.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const parts = name.slice(at + '/node_modules/'.length).split('/');
  const pkg = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  if (pkg.startsWith('@types/')) return pkg.slice('@types/'.length);
  return pkg;
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
  if (declaration && (ts.isVariableDeclaration(declaration) || ts.isParameter(declaration)) && !declaration.getSourceFile().isDeclarationFile && !functionWithBody(ts, declaration)) {
    const sig = checker.getResolvedSignature(call)?.declaration;
    if (sig && !ts.isJSDocSignature(sig) && sig.getSourceFile().isDeclarationFile) {
      declaration = sig;
      member = ts.isCallSignatureDeclaration(sig) ? '' : sig.name && ts.isIdentifier(sig.name) ? sig.name.text : member;
    }
  }
  if (!declaration || ts.isJSDocSignature(declaration as TS.Node)) {
    const origin = nameNode ? importedFrom(ts, checker, callee) : undefined;
    return { member, ...(origin ? { package: origin.package } : {}), ...(origin?.container ? { container: origin.container } : {}) };
  }
  const file = declaration.getSourceFile();
  const pkg = packageOfFile(program, file) ?? (file.isDeclarationFile ? 'lib' : undefined);
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

/** The function a declaration names, when it has a body: `function f(){}`, `const f = () => …`, a method. */
export function functionWithBody(ts: typeof TS, decl: TS.Node): (TS.SignatureDeclaration & { body?: TS.Node }) | undefined {
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

/**
 * The names under which a call can reach a project function with a body (what `functionWithBody` accepts:
 * functions and methods, consts and properties holding one, plus export aliases). A method call by any other
 * name (`.where`, `.limit`, `.returning`) cannot reach a summary: passes that look for project functions need
 * not ask the checker about it, which spares resolving a query builder's chain. One syntactic walk per SourceFile.
 */
export function projectFunctionNames(ts: typeof TS, program: TS.Program, isProjectFile: (sf: TS.SourceFile) => boolean): ReadonlySet<string> {
  const known = functionNames.get(program);
  if (known) return known;
  const holdsFunction = (init: TS.Expression | undefined) => {
    const e = init && skipOuter(ts, init);
    return !!e && (ts.isArrowFunction(e) || ts.isFunctionExpression(e));
  };
  const visit = (n: TS.Node): void => {
    const named =
      ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n)) && n.body !== undefined) ||
      ((ts.isVariableDeclaration(n) || ts.isPropertyAssignment(n) || ts.isPropertyDeclaration(n)) && holdsFunction(n.initializer)) ||
      (ts.isExportSpecifier(n) && n.propertyName !== undefined);
    const name = named ? (n as TS.NamedDeclaration).name : undefined;
    if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name))) out.push(name.text);
    ts.forEachChild(n, visit);
  };
  let out: string[] = [];
  const names = namesOfFiles(
    program.getSourceFiles().filter(isProjectFile),
    functionNamesOf,
    (sf) => {
      out = [];
      visit(sf);
      return out;
    },
  );
  functionNames.set(program, names);
  return names;
}

/** Each file's own names, kept with its SourceFile (an editor's next Program re-walks only edited files). */
const functionNamesOf = new WeakMap<TS.SourceFile, readonly string[]>();

const functionNames = new WeakMap<TS.Program, ReadonlySet<string>>();

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
    } else if (ts.isCallExpression(node)) node = skipOuter(ts, node.expression);
    else break;
  }
  return ts.isIdentifier(node) ? nameOrigin(ts, checker, node, depth) : undefined;
}

function nameOrigin(ts: typeof TS, checker: TS.TypeChecker, name: TS.Identifier | TS.PrivateIdentifier, depth: number): Origin | undefined {
  if (depth > 6) return undefined;
  const sym = checker.getSymbolAtLocation(name);
  const decl = sym?.declarations?.[0];
  if (!sym || !decl) return undefined;
  const spec = importSpecifierOf(ts, decl);
  if (spec !== undefined && !isRelative(spec)) return { package: packageName(spec) };
  if (spec !== undefined) {
    const target = checker.getAliasedSymbol(sym).declarations?.[0];
    return target ? declarationOrigin(ts, checker, target, depth + 1) : undefined;
  }
  return declarationOrigin(ts, checker, decl, depth + 1);
}

function declarationOrigin(ts: typeof TS, checker: TS.TypeChecker, decl: TS.Declaration, depth: number): Origin | undefined {
  if (!ts.isVariableDeclaration(decl) && !ts.isPropertyDeclaration(decl) && !ts.isParameter(decl)) return undefined;
  const typed = decl.type && ts.isTypeReferenceNode(decl.type) ? typeOrigin(ts, checker, decl.type, depth) : undefined;
  if (typed) return typed;
  if (decl.initializer) return valueOrigin(ts, checker, decl.initializer, depth);
  const fn = decl.parent;
  if (ts.isParameter(decl) && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isCallExpression(fn.parent)) {
    return chainOrigin(ts, checker, fn.parent.expression, depth + 1);
  }
  return undefined;
}

/** `new X(…)`, `X(…)`, `await X(…)`, `a ?? new X()`, or an alias of another such variable. */
function valueOrigin(ts: typeof TS, checker: TS.TypeChecker, e: TS.Expression, depth: number): Origin | undefined {
  e = skipOuter(ts, e);
  if (ts.isAwaitExpression(e)) return valueOrigin(ts, checker, e.expression, depth);
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
  let root = e;
  while (ts.isPropertyAccessExpression(root)) root = skipOuter(ts, root.expression);
  if (!ts.isIdentifier(root)) return undefined;
  const sym = checker.getSymbolAtLocation(root);
  const decl = sym?.declarations?.[0];
  if (!sym || !decl) return undefined;
  const spec = importSpecifierOf(ts, decl);
  if (spec !== undefined && !isRelative(spec)) {
    if (!(checker.getTypeAtLocation(e).flags & ts.TypeFlags.Any)) return undefined; // typed: the call resolves by itself
    const imported = ts.isImportSpecifier(decl) ? (decl.propertyName ?? decl.name).text : root.text;
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

/** The module specifier of the import that declares `decl` (an import specifier, default or namespace import). */
function importSpecifierOf(ts: typeof TS, decl: TS.Node): string | undefined {
  if (ts.isImportEqualsDeclaration(decl)) {
    const ref = decl.moduleReference;
    return ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression) ? ref.expression.text : undefined;
  }
  let p: TS.Node | undefined = decl;
  while (p && !ts.isImportDeclaration(p) && !ts.isSourceFile(p)) p = p.parent;
  return p && ts.isImportDeclaration(p) && ts.isStringLiteral(p.moduleSpecifier) ? p.moduleSpecifier.text : undefined;
}

function isRelative(spec: string): boolean {
  return spec.startsWith('.') || spec.startsWith('/');
}

/** The npm package of a specifier: '@prisma/client/edge' -> '@prisma/client', 'node:fs/promises' -> 'node'. */
export function packageName(spec: string): string {
  if (spec.startsWith('node:')) return 'node';
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * Packages the project imports whose types did not resolve: the module has no declarations (not
 * installed, or JavaScript without types), a named import is missing from it (Prisma 7's `@prisma/client`
 * re-exports a client that was never generated), or an imported value is declared `any` (Prisma's
 * pre-generate stub `export declare const PrismaClient: any`). Side-effect imports (`import 'x'`),
 * `require()` and dynamic `import()` are not looked at.
 */
export function unresolvedPackages(ts: typeof TS, checker: TS.TypeChecker, files: readonly TS.SourceFile[]): string[] {
  const out = new Set<string>();
  for (const sf of files) {
    for (const st of sf.statements) {
      let spec: TS.Expression | undefined;
      const names: TS.Identifier[] = [];
      if (ts.isImportDeclaration(st) && st.importClause) {
        spec = st.moduleSpecifier;
        const { name, namedBindings } = st.importClause;
        if (name) names.push(name);
        if (namedBindings && ts.isNamespaceImport(namedBindings)) names.push(namedBindings.name);
        if (namedBindings && ts.isNamedImports(namedBindings)) names.push(...namedBindings.elements.map((el) => el.name));
      } else if (ts.isExportDeclaration(st) && st.moduleSpecifier) {
        spec = st.moduleSpecifier;
      } else if (ts.isImportEqualsDeclaration(st) && ts.isExternalModuleReference(st.moduleReference)) {
        spec = st.moduleReference.expression;
        names.push(st.name);
      }
      if (!spec || !ts.isStringLiteral(spec) || isRelative(spec.text)) continue;
      if (!checker.getSymbolAtLocation(spec) || names.some((n) => typesMissing(ts, checker, n))) out.add(packageName(spec.text));
    }
  }
  return [...out].sort();
}

function typesMissing(ts: typeof TS, checker: TS.TypeChecker, name: TS.Identifier): boolean {
  const sym = checker.getSymbolAtLocation(name);
  if (!sym) return true;
  const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
  const decls = target.declarations ?? [];
  if (decls.length === 0) return true; // the checker's unknown symbol: the export is not there
  const value = target.valueDeclaration;
  return value !== undefined && value.getSourceFile().isDeclarationFile && (checker.getTypeOfSymbol(target).flags & ts.TypeFlags.Any) !== 0;
}

export function skipOuter(ts: typeof TS, e: TS.Expression): TS.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) {
    e = e.expression;
  }
  return e;
}
