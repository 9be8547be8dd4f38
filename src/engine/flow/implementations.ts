/**
 * Calls through an interface or an abstract class (a NestJS provider injected as `Mailer`, a repository behind
 * an interface): the call reaches the method of every concrete project class that implements it, directly or
 * through a base class. One implementation is the usual case (the container binds it); with several, each is
 * reached, since any one of them may be bound (docs/engine.md, "Calls through interfaces").
 *
 * The index is built once per analysis, from a list of the classes with heritage clauses that is kept per
 * SourceFile (an editor's next Program re-walks only edited files).
 */
import type * as TS from 'typescript';
import type { Analysis } from '../analysis.js';
import { type Fn, functionWithBody, walk } from '../syntax.js';

/** The classes of a file that extend or implement something. */
const heritageOf = new WeakMap<TS.SourceFile, readonly TS.ClassLikeDeclaration[]>();

/** Interface or class declaration -> the concrete project classes implementing or extending it, transitively. */
const indexes = new WeakMap<Analysis, Map<TS.Declaration, TS.ClassLikeDeclaration[]>>();

function classesWithHeritage(ts: typeof TS, sf: TS.SourceFile): readonly TS.ClassLikeDeclaration[] {
  let out = heritageOf.get(sf);
  if (!out) {
    const found: TS.ClassLikeDeclaration[] = [];
    walk(ts, sf, (n) => {
      if (ts.isClassLike(n) && n.heritageClauses?.length) found.push(n);
    });
    heritageOf.set(sf, (out = found));
  }
  return out;
}

function index(cx: Analysis): Map<TS.Declaration, TS.ClassLikeDeclaration[]> {
  let idx = indexes.get(cx);
  if (idx) return idx;
  const ts = cx.ts;
  const direct = new Map<TS.Declaration, TS.ClassLikeDeclaration[]>();
  for (const sf of cx.program.getSourceFiles()) {
    if (!cx.isProjectFile(sf)) continue;
    for (const cls of classesWithHeritage(ts, sf)) {
      for (const clause of cls.heritageClauses ?? []) {
        for (const t of clause.types) {
          let sym = cx.checker.getSymbolAtLocation(t.expression);
          if (sym && sym.flags & ts.SymbolFlags.Alias) sym = cx.checker.getAliasedSymbol(sym);
          for (const d of sym?.declarations ?? []) {
            if (!ts.isInterfaceDeclaration(d) && !ts.isClassLike(d)) continue;
            const list = direct.get(d) ?? [];
            list.push(cls);
            direct.set(d, list);
          }
        }
      }
    }
  }
  idx = new Map();
  const collect = (d: TS.Declaration, seen: Set<TS.Node>): TS.ClassLikeDeclaration[] => {
    const out: TS.ClassLikeDeclaration[] = [];
    for (const cls of direct.get(d) ?? []) {
      if (seen.has(cls)) continue;
      seen.add(cls);
      if (!isAbstract(ts, cls)) out.push(cls);
      out.push(...collect(cls, seen));
    }
    return out;
  };
  for (const d of direct.keys()) idx.set(d, collect(d, new Set()));
  indexes.set(cx, idx);
  return idx;
}

function isAbstract(ts: typeof TS, cls: TS.ClassLikeDeclaration): boolean {
  return !!ts.getModifiers(cls)?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword);
}

/**
 * The method bodies a call to `decl` can run when `decl` has none: a method of a project interface, or an abstract
 * method, implemented (or inherited) by each concrete class below it. Empty for anything else.
 */
export function implementationsOf(cx: Analysis, decl: TS.Declaration): Fn[] {
  const ts = cx.ts;
  const abstractMethod = ts.isMethodDeclaration(decl) && !decl.body;
  if (!ts.isMethodSignature(decl) && !abstractMethod && !ts.isPropertySignature(decl)) return [];
  const owner = decl.parent;
  if (!(ts.isInterfaceDeclaration(owner) || ts.isClassLike(owner)) || !cx.isProjectFile(owner.getSourceFile())) return [];
  const classes = index(cx).get(owner) ?? [];
  if (classes.length === 0) return [];
  const name = decl.name && (ts.isIdentifier(decl.name) || ts.isStringLiteral(decl.name) || ts.isPrivateIdentifier(decl.name)) ? decl.name.text : undefined;
  if (name === undefined) return [];
  const out: Fn[] = [];
  for (const cls of classes) {
    const sym = cls.name ? cx.checker.getSymbolAtLocation(cls.name) : undefined;
    const member = sym ? cx.checker.getDeclaredTypeOfSymbol(sym).getProperty(name) : undefined;
    for (const d of member?.declarations ?? []) {
      const fn = functionWithBody(ts, d);
      if (fn && cx.isProjectFile(fn.getSourceFile()) && !out.includes(fn)) out.push(fn);
    }
  }
  return out;
}
