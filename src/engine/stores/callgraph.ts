/**
 * A call graph over the project's functions, one function's edges at a time (facts.ts records them per file;
 * join.ts walks them from the triggers). An edge is a call or a reference resolved by the checker
 * (`repo.deleteMember(id)`, `run('x', purge)`: a function passed along is assumed to run) or a function
 * written inside another (callbacks, `db.transaction(async (tx) => …)`).
 */
import type * as TS from 'typescript';
import type { Analysis } from '../analysis.js';
import { type Fn, functionWithBody, isDeclarationName, walk } from '../syntax.js';
import { projectFunctionNames } from '../resolve.js';

export interface Edge {
  to: Fn;
  at: TS.Node;
  note: string;
}

export class CallGraph {
  private readonly out = new Map<Fn, Edge[]>();

  constructor(private readonly cx: Analysis) {}

  /** The calls and references of a function's body to project functions, and the functions written inside it. */
  edges(fn: Fn): Edge[] {
    const known = this.out.get(fn);
    if (known) return known;
    const cx = this.cx;
    const ts = cx.ts;
    const edges: Edge[] = [];
    const seen = new Set<TS.Node>();
    // One edge per callee, except into a generic class's method: each call may bind its type parameters to
    // another store (`users.forceDelete(id); uploads.forceDelete(id)`, facts.ts bindingsAt).
    const add = (to: Fn, at: TS.Node, note: string) => {
      const generic = !!to.parent && ts.isClassLike(to.parent) && !!to.parent.typeParameters?.length;
      const key = generic ? at : to;
      if (to === fn || seen.has(key)) return;
      seen.add(key);
      edges.push({ to, at, note });
    };
    const visit = (n: TS.Node): boolean => {
      if (ts.isFunctionLike(n) && (n as Fn).body) {
        add(n as Fn, n, 'runs the callback');
        return false;
      }
      if (ts.isClassLike(n)) return false;
      if (ts.isIdentifier(n) && !isDeclarationName(ts, n)) {
        for (const callee of this.functionsNamed(n)) {
          const call = callOf(ts, n);
          add(callee, call ?? n, call ? `calls ${n.text}()` : `passes ${n.text}`);
        }
      }
      return true;
    };
    if (fn.body && ts.isBlock(fn.body)) ts.forEachChild(fn.body, (n) => walk(ts, n, visit));
    else if (fn.body) walk(ts, fn.body, visit);
    this.out.set(fn, edges);
    return edges;
  }

  /** The project functions with a body an identifier refers to. */
  private functionsNamed(id: TS.Identifier): Fn[] {
    const cx = this.cx;
    const ts = cx.ts;
    // A member by a name no project function has (`.where`, `.limit`) cannot be one: its receiver is not type-checked.
    const member = id.parent && ts.isPropertyAccessExpression(id.parent) && id.parent.name === id;
    if (member && !projectFunctionNames(cx).has(id.text)) return [];
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
