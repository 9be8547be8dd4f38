/**
 * Durations found in code, as ISO-8601: the age a purge query cuts at (`subMonths(new Date(), 6)` -> P6M,
 * `Date.now() - 90 * 24 * 60 * 60 * 1000` -> P90D, SQL `interval '6 months'` -> P6M) and TTLs
 * (`expires: '30d'`, `EX 3600`). Numbers are folded through constants, enum members and arithmetic.
 */
import type * as TS from 'typescript';
import type { Analysis } from '../analysis.js';
import { initializedNames, initializerOf, numberOf, projectFunctionNames, symbolOf, target } from '../resolve.js';
import { isDeclarationName, skipOuter } from '../syntax.js';

const DATE_FNS: Record<string, string> = {
  subYears: 'Y', subMonths: 'M', subWeeks: 'W', subDays: 'D', subHours: 'H', subMinutes: 'Mi', subSeconds: 'S',
  addYears: 'Y', addMonths: 'M', addWeeks: 'W', addDays: 'D', addHours: 'H', addMinutes: 'Mi', addSeconds: 'S',
};
const UNITS: Record<string, string> = {
  year: 'Y', years: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W', day: 'D', days: 'D',
  hour: 'H', hours: 'H', minute: 'Mi', minutes: 'Mi', second: 'S', seconds: 'S',
};

/** n of a unit (Y, M, W, D, H, Mi, S) as ISO-8601. */
export function iso(n: number, unit: string): string {
  if (unit === 'H' || unit === 'Mi' || unit === 'S') return `PT${n}${unit === 'Mi' ? 'M' : unit}`;
  return `P${n}${unit}`;
}

/** Milliseconds as ISO-8601, in the largest whole unit (86400000 -> P1D, 5400000 -> PT90M). */
export function fromMs(ms: number): string | undefined {
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  if (ms % 86_400_000 === 0) return `P${ms / 86_400_000}D`;
  if (ms % 3_600_000 === 0) return `PT${ms / 3_600_000}H`;
  if (ms % 60_000 === 0) return `PT${ms / 60_000}M`;
  if (ms % 1000 === 0) return `PT${ms / 1000}S`;
  return `PT${ms / 1000}S`;
}

/** `'30d'`, `'1h'`, `'7 days'` (the `ms` package's format, used by Mongoose `expires`). */
export function fromMsText(text: string): string | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|y|yrs?|years?)?\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const u = (m[2] ?? 'ms').toLowerCase();
  const factor = u.startsWith('ms') || u.startsWith('milli') ? 1 : u.startsWith('s') ? 1000 : u.startsWith('m') ? 60_000
    : u.startsWith('h') ? 3_600_000 : u.startsWith('d') ? 86_400_000 : u.startsWith('w') ? 604_800_000 : 31_536_000_000;
  if (u.startsWith('y')) return `P${n}Y`;
  return fromMs(n * factor);
}

/** SQL intervals: Postgres `interval '6 months'`, MySQL `INTERVAL 6 MONTH`. */
export function fromSql(text: string): string | undefined {
  const m = /interval\s+'?\s*(\d+)\s*(years?|months?|weeks?|days?|hours?|minutes?|seconds?)\s*'?/i.exec(text);
  return m ? iso(Number(m[1]), UNITS[m[2]!.toLowerCase()]!) : undefined;
}

/**
 * The first cut-off age found in an expression tree: date-fns `subMonths(d, 6)` / `sub(d, { months: 6 })`,
 * `Date.now() - ms`, `new Date().getTime() - ms`, SQL intervals in strings and `sql` templates. Consts
 * and project functions returning such an expression are followed.
 */
export function cutoffIn(cx: Analysis, root: TS.Node, depth = 0): string | undefined {
  // Asked again for the same function body by every deletion its job reaches: memoised per analysis.
  let memo = cutoffs.get(cx);
  if (!memo) cutoffs.set(cx, (memo = new Map()));
  const key = depth === 0 ? root : undefined;
  if (key && memo.has(key)) return memo.get(key);
  const found = cutoffWalk(cx, root, depth);
  if (key) memo.set(key, found);
  return found;
}

const cutoffs = new WeakMap<Analysis, Map<TS.Node, string | undefined>>();

function cutoffWalk(cx: Analysis, root: TS.Node, depth: number): string | undefined {
  const ts = cx.ts;
  let found: string | undefined;
  const seen = new Set<TS.Node>();
  // An explicit stack (deep user code cannot overflow the call stack), in the order a recursive walk would take:
  // a followed initializer or function body before the node's own children.
  const stack: Array<[TS.Node, number]> = [[root, depth]];
  const children = (n: TS.Node, d: number): void => {
    const from = stack.length;
    n.forEachChild((c) => void stack.push([c, d]));
    stack.splice(from, stack.length - from, ...stack.slice(from).reverse());
  };
  const visit = (n: TS.Node, d: number): void => {
    if (found || d > 4 || seen.has(n)) return;
    seen.add(n);
    if (ts.isStringLiteralLike(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      found = fromSql(n.text);
      return;
    }
    if (ts.isCallExpression(n)) {
      found = dateFns(cx, n);
      if (found) return;
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.MinusToken && isNow(ts, skipOuter(ts, n.left))) {
      const ms = numberOf(cx, n.right);
      if (ms !== undefined) found = fromMs(ms);
      if (found) return;
    }
    if (ts.isIdentifier(n) && !isDeclarationName(ts, n)) {
      // The checker is asked for the type only of the few identifiers that name a project const, and about a
      // member (`cfg.days`) only when some project const or property has that name and the value it is read
      // from is not a library call's result (`db.select().limit`): a query builder's chain is not type-checked.
      const owner = n.parent && ts.isPropertyAccessExpression(n.parent) && n.parent.name === n ? n.parent.expression : undefined;
      const init = !owner || (initializedNames(cx).has(n.text) && projectReceiver(cx, owner)) ? initializerOf(cx, n) : undefined;
      const called = n.parent && ts.isCallExpression(n.parent) && n.parent.expression === n;
      const decl = called ? symbolOf(cx, n)?.valueDeclaration : undefined;
      const fnBody = decl && (ts.isFunctionDeclaration(decl) && decl.body && cx.isProjectFile(decl.getSourceFile()) ? decl.body : undefined);
      children(n, d);
      if (fnBody) stack.push([fnBody, d + 1]);
      if (init && worthFollowing(cx, n)) stack.push([init, d + 1]);
      return;
    }
    children(n, d);
  };
  while (stack.length > 0 && !found) {
    const [n, d] = stack.pop()!;
    visit(n, d);
  }
  return found;
}

/** A receiver made of names, `this`, member reads, `new` and calls of project functions: reading it costs the checker little. */
function projectReceiver(cx: Analysis, e: TS.Expression): boolean {
  const ts = cx.ts;
  for (let x = skipOuter(ts, e); ; ) {
    if (ts.isIdentifier(x) || x.kind === ts.SyntaxKind.ThisKeyword || ts.isNewExpression(x)) return true;
    if (ts.isAwaitExpression(x) || ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) x = skipOuter(ts, x.expression);
    else if (ts.isCallExpression(x)) {
      const callee = skipOuter(ts, x.expression);
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
      if (name === undefined || !projectFunctionNames(cx).has(name)) return false;
      x = callee;
    } else return false;
  }
}

function dateFns(cx: Analysis, call: TS.CallExpression): string | undefined {
  // `x.subYears(…)` is date-fns only under one of its own names (an imported alias is a bare identifier,
  // resolved cheaply): other method calls are not resolved, so a query builder's chain is not type-checked here.
  const callee = skipOuter(cx.ts, call.expression);
  if (cx.ts.isPropertyAccessExpression(callee) && !Object.hasOwn(DATE_FNS, callee.name.text) && callee.name.text !== 'sub' && callee.name.text !== 'add') return undefined;
  const t = target(cx, call);
  if (t.package !== 'date-fns') return undefined;
  const unit = DATE_FNS[t.member];
  if (unit) {
    const n = numberOf(cx, call.arguments[1]);
    return n === undefined ? undefined : iso(Math.abs(n), unit);
  }
  if (t.member === 'sub' || t.member === 'add') {
    const obj = call.arguments[1] && skipOuter(cx.ts, call.arguments[1]);
    if (!obj || !cx.ts.isObjectLiteralExpression(obj)) return undefined;
    const parts: string[] = [];
    for (const p of obj.properties) {
      if (!cx.ts.isPropertyAssignment(p) || !cx.ts.isIdentifier(p.name)) continue;
      const n = numberOf(cx, p.initializer);
      const u = UNITS[p.name.text];
      if (n !== undefined && u) parts.push(iso(n, u));
    }
    return parts[0];
  }
  return undefined;
}

/** `Date.now()`, `new Date().getTime()`, `+new Date()`, `new Date().valueOf()`. */
function isNow(ts: typeof TS, e: TS.Expression): boolean {
  if (ts.isCallExpression(e)) {
    const text = e.expression.getText();
    if (text === 'Date.now') return true;
    if (ts.isPropertyAccessExpression(e.expression) && ['getTime', 'valueOf'].includes(e.expression.name.text)) {
      const inner = skipOuter(ts, e.expression.expression);
      return ts.isNewExpression(inner) && inner.expression.getText() === 'Date' && (inner.arguments?.length ?? 0) === 0;
    }
  }
  return ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.PlusToken && ts.isNewExpression(e.operand);
}

/** Only values that can hold a cut-off are followed (a Date, a number, a string, a plain object), not tables or clients. */
function worthFollowing(cx: Analysis, n: TS.Identifier): boolean {
  const ts = cx.ts;
  const t = cx.checker.getTypeAtLocation(n);
  if (t.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.StringLike)) return true;
  const name = t.getSymbol()?.getName();
  return name === 'Date' || name === 'SQL' || name === '__object';
}
