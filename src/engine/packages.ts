/**
 * Which npm package a file, an import specifier or an import declaration belongs to: the facts the catalog's
 * entries are matched on ("node" for Node's built-ins and @types/node, "lib" for TypeScript's lib files).
 */
import type * as TS from 'typescript';
import { packageOf } from '../catalog/parties.js';

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

/**
 * The module specifier of the import that declares `decl`: an import specifier, default or namespace import,
 * `import x = require('x')`, and the CommonJS and dynamic forms: a variable or destructured name bound to
 * `require('x')` or `await import('x')`, and the parameter of `import('x').then((m) => …)` (the module itself).
 */
export function importSpecifierOf(ts: typeof TS, decl: TS.Node): string | undefined {
  if (ts.isImportEqualsDeclaration(decl)) {
    const ref = decl.moduleReference;
    return ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression) ? ref.expression.text : undefined;
  }
  if (ts.isVariableDeclaration(decl) || ts.isBindingElement(decl) || ts.isParameter(decl)) return requiredBy(ts, decl);
  let p: TS.Node | undefined = decl;
  while (p && !ts.isImportDeclaration(p) && !ts.isSourceFile(p)) p = p.parent;
  return p && ts.isImportDeclaration(p) && ts.isStringLiteral(p.moduleSpecifier) ? p.moduleSpecifier.text : undefined;
}

/** `require('x')`, `import('x')`, `await import('x')`: the specifier (a string literal), else undefined. */
export function requiredSpecifier(ts: typeof TS, e: TS.Expression | undefined): string | undefined {
  let x = e;
  while (x && (ts.isParenthesizedExpression(x) || ts.isAwaitExpression(x) || ts.isAsExpression(x) || ts.isNonNullExpression(x))) x = x.expression;
  if (!x || !ts.isCallExpression(x) || x.arguments.length !== 1) return undefined;
  const arg = x.arguments[0]!;
  if (!ts.isStringLiteralLike(arg)) return undefined;
  const callee = x.expression;
  return callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require') ? arg.text : undefined;
}

/**
 * The specifier a variable, a destructured name or a callback parameter is bound to by `require`/`import()`:
 * `const x = require('x')`, `const { A } = require('x')`, `const m = await import('x')`, `import('x').then((m) => …)`.
 */
function requiredBy(ts: typeof TS, decl: TS.VariableDeclaration | TS.BindingElement | TS.ParameterDeclaration): string | undefined {
  let d: TS.Node = decl;
  while (ts.isBindingElement(d)) d = d.parent.parent; // the pattern's declaration or parameter (nested patterns too)
  if (ts.isVariableDeclaration(d)) return requiredSpecifier(ts, d.initializer);
  if (!ts.isParameter(d) || d.parent.parameters[0] !== d) return undefined;
  const fn = d.parent;
  if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !ts.isCallExpression(fn.parent) || fn.parent.arguments[0] !== fn) return undefined;
  const callee = fn.parent.expression;
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'then' ? requiredSpecifier(ts, callee.expression) : undefined;
}

/**
 * Where an import of a non-relative specifier lands when it is the project's own code: a path alias
 * (`@/lib/stripe`), a workspace package linked into node_modules (its real path is outside) or mapped by `paths`.
 * The declaration the alias resolves to, or undefined for a real package (under node_modules) or an ambient
 * `declare module 'x'` (untyped: recognised by its specifier). A wrapper module of the project is never a party.
 */
export function projectTarget(ts: typeof TS, checker: TS.TypeChecker, sym: TS.Symbol): TS.Declaration | undefined {
  if (!(sym.flags & ts.SymbolFlags.Alias)) return undefined;
  const decl = checker.getAliasedSymbol(sym).declarations?.[0];
  if (!decl || decl.getSourceFile().fileName.includes('/node_modules/')) return undefined;
  for (let p: TS.Node | undefined = decl; p; p = p.parent) if (ts.isModuleDeclaration(p) && ts.isStringLiteral(p.name)) return undefined;
  return decl;
}

/** A relative or absolute path, not a package. */
export function isRelative(spec: string): boolean {
  return spec.startsWith('.') || spec.startsWith('/');
}

/** The npm package of a specifier: '@prisma/client/edge' -> '@prisma/client', 'node:fs/promises' -> 'node'. */
export function packageName(spec: string): string {
  return spec.startsWith('node:') ? 'node' : packageOf(spec);
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
