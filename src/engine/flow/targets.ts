/**
 * Call resolution through the type checker: which declaration a call reaches, in which package,
 * inside which interface or class. Catalog entries match on these facts, so a sink is recognised
 * whatever the local variable is called (`db`, `tx`, `this.orm`).
 */
import type * as TS from 'typescript';

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
  const member = nameNode ? nameNode.text : ts.isElementAccessExpression(callee) && ts.isStringLiteral(callee.argumentExpression) ? callee.argumentExpression.text : '';
  let symbol = nameNode ? checker.getSymbolAtLocation(nameNode) : undefined;
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0] ?? checker.getResolvedSignature(call)?.declaration;
  if (!declaration || ts.isJSDocSignature(declaration as TS.Node)) {
    const pkg = nameNode ? importedFrom(ts, checker, callee) : undefined;
    return { member, ...(pkg ? { package: pkg } : {}) };
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

/** When types are missing: the module specifier the call's root identifier was imported from. */
function importedFrom(ts: typeof TS, checker: TS.TypeChecker, callee: TS.Expression): string | undefined {
  let root: TS.Expression = callee;
  while (ts.isPropertyAccessExpression(root) || ts.isCallExpression(root)) root = ts.isCallExpression(root) ? root.expression : root.expression;
  if (!ts.isIdentifier(root)) return undefined;
  const decl = checker.getSymbolAtLocation(root)?.declarations?.[0];
  let p: TS.Node | undefined = decl;
  while (p && !ts.isImportDeclaration(p)) p = p.parent;
  return p && ts.isStringLiteral(p.moduleSpecifier) ? p.moduleSpecifier.text.replace(/^node:/, '') : undefined;
}

export function skipOuter(ts: typeof TS, e: TS.Expression): TS.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) {
    e = e.expression;
  }
  return e;
}
