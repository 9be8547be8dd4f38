/**
 * A call graph over the project's functions, built lazily from the functions a trigger can reach. An
 * edge is a call or a reference resolved by the checker (`repo.deleteMember(id)`, `run('x', purge)`:
 * a function passed along is assumed to run) or a function written inside another (callbacks,
 * `db.transaction(async (tx) => …)`). Paths are found breadth-first, so each is a shortest one.
 */
import type * as TS from 'typescript';
import type { Context } from '../flow/context.js';
import { functionWithBody, projectFunctionNames } from '../flow/targets.js';
import type { Fn } from './ast.js';

export interface Edge {
  to: Fn;
  at: TS.Node;
  note: string;
}

export class CallGraph {
  private readonly out = new Map<Fn, Edge[]>();
  private readonly reached = new Map<Fn, Map<Fn, Edge[]>>();

  constructor(private readonly cx: Context) {}

  /** Every function reachable from `root`, with the edges leading there (empty for the root itself). */
  reach(root: Fn): Map<Fn, Edge[]> {
    const known = this.reached.get(root);
    if (known) return known;
    const paths = new Map<Fn, Edge[]>([[root, []]]);
    const queue: Fn[] = [root];
    while (queue.length > 0) {
      const fn = queue.shift()!;
      const path = paths.get(fn)!;
      if (path.length > 40) continue;
      for (const e of this.edges(fn)) {
        if (paths.has(e.to)) continue;
        paths.set(e.to, [...path, e]);
        queue.push(e.to);
      }
    }
    this.reached.set(root, paths);
    return paths;
  }

  edges(fn: Fn): Edge[] {
    const known = this.out.get(fn);
    if (known) return known;
    const cx = this.cx;
    const ts = cx.ts;
    const edges: Edge[] = [];
    const seen = new Set<TS.Node>();
    const add = (to: Fn, at: TS.Node, note: string) => {
      if (to === fn || seen.has(to)) return;
      seen.add(to);
      edges.push({ to, at, note });
    };
    const visit = (n: TS.Node): void => {
      if (ts.isFunctionLike(n) && (n as Fn).body) {
        add(n as Fn, n, 'runs the callback');
        return;
      }
      if (ts.isClassLike(n)) return;
      if (ts.isIdentifier(n) && !isDeclarationName(ts, n)) {
        for (const callee of this.functionsNamed(n)) {
          const call = callOf(ts, n);
          add(callee, call ?? n, call ? `calls ${n.text}()` : `passes ${n.text}`);
        }
      }
      ts.forEachChild(n, visit);
    };
    if (fn.body && ts.isBlock(fn.body)) ts.forEachChild(fn.body, visit);
    else if (fn.body) visit(fn.body);
    this.out.set(fn, edges);
    return edges;
  }

  /** The project functions with a body an identifier refers to. */
  private functionsNamed(id: TS.Identifier): Fn[] {
    const cx = this.cx;
    const ts = cx.ts;
    // A member by a name no project function has (`.where`, `.limit`) cannot be one: its receiver is not type-checked.
    const member = id.parent && ts.isPropertyAccessExpression(id.parent) && id.parent.name === id;
    if (member && !projectFunctionNames(ts, cx.program, cx.isProjectFile).has(id.text)) return [];
    let sym = cx.checker.getSymbolAtLocation(id);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = cx.checker.getAliasedSymbol(sym);
    if (!sym || !(sym.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Method | ts.SymbolFlags.Variable | ts.SymbolFlags.Property))) return [];
    const out: Fn[] = [];
    for (const d of sym.declarations ?? []) {
      if (!cx.isProjectFile(d.getSourceFile())) continue;
      const fn = functionWithBody(ts, d);
      if (fn) out.push(fn);
    }
    return out;
  }
}

/** The call an identifier is the callee of (`f()`, `a.b.f()`), if any. */
function callOf(ts: typeof TS, id: TS.Identifier): TS.CallExpression | undefined {
  let e: TS.Node = id;
  if (e.parent && ts.isPropertyAccessExpression(e.parent) && e.parent.name === e) e = e.parent;
  return e.parent && ts.isCallExpression(e.parent) && e.parent.expression === e ? e.parent : undefined;
}

function isDeclarationName(ts: typeof TS, n: TS.Identifier): boolean {
  const p = n.parent;
  if (!p) return false;
  return (
    (ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) ||
      ts.isPropertyAssignment(p) || ts.isBindingElement(p) || ts.isClassDeclaration(p) || ts.isImportSpecifier(p) || ts.isExportSpecifier(p) ||
      ts.isPropertySignature(p) || ts.isMethodSignature(p)) &&
    (p as { name?: TS.Node }).name === n
  );
}
