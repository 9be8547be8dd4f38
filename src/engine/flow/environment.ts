/**
 * Code that runs only outside production: a log call under `if (environment.isTestEnv())`, `if (!isProduction())`,
 * `if (process.env.NODE_ENV === 'development')`, or in the `else` of a production check. What it logs reaches a
 * developer's or a test run's console, not the service's logs, so the log is not a finding (docs/engine.md, Sinks).
 * Syntactic: the guard must be written in the function that logs; a guard around a call to a logging helper is
 * not seen. A guard that reads a flag (`if (DEBUG)`, `if (config.verbose)`) is not one: it can be on in production.
 */
import type * as TS from 'typescript';
import { skipOuter } from '../syntax.js';

/** Names of an environment check that holds outside production only (`isTestEnv`, `isDevelopment`, `isLocal`). */
const NON_PRODUCTION_CHECK = /^is_?(test|testing|dev|develop|development|local)(_?(env|environment|mode))?$/i;
/** Names of a production check (`isProduction`, `isProd`, `isProdEnv`). */
const PRODUCTION_CHECK = /^is_?(prod|production)(_?(env|environment|mode))?$/i;
/** Environment names outside production, in `NODE_ENV === 'test'`, `env.is(TEST)`, `env.is('development')`. */
const NON_PRODUCTION_NAME = /^(test|testing|dev|develop|development|local)$/i;
const PRODUCTION_NAME = /^(prod|production)$/i;

/** Whether `node` runs only when a guard around it (in the same function) says the environment is not production. */
export function outsideProductionOnly(ts: typeof TS, node: TS.Node): boolean {
  let child: TS.Node = node;
  for (let p = node.parent; p && !ts.isFunctionLike(p) && !ts.isSourceFile(p); child = p, p = p.parent) {
    if (ts.isIfStatement(p)) {
      if (child === p.thenStatement && says(ts, p.expression) === 'non-production') return true;
      if (child === p.elseStatement && says(ts, p.expression) === 'production') return true;
    } else if (ts.isConditionalExpression(p)) {
      if (child === p.whenTrue && says(ts, p.condition) === 'non-production') return true;
      if (child === p.whenFalse && says(ts, p.condition) === 'production') return true;
    } else if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === p.right) {
      if (says(ts, p.left) === 'non-production') return true;
    }
  }
  return false;
}

type Verdict = 'production' | 'non-production' | undefined;

/** What a condition says of the environment when it is true. */
function says(ts: typeof TS, cond: TS.Expression): Verdict {
  const e = skipOuter(ts, cond);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return flip(says(ts, e.operand));
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    // `a && isTest()`: true only when every part is; one non-production part is enough
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
      const l = says(ts, e.left);
      const r = says(ts, e.right);
      return l === 'non-production' || r === 'non-production' ? 'non-production' : undefined;
    }
    const eq = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
    const ne = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
    if (!eq && !ne) return undefined;
    const named = envComparison(ts, e.left, e.right) ?? envComparison(ts, e.right, e.left);
    return eq ? named : flip(named);
  }
  if (ts.isCallExpression(e) || ts.isPropertyAccessExpression(e) || ts.isIdentifier(e)) {
    const callee = ts.isCallExpression(e) ? skipOuter(ts, e.expression) : e;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    if (name === undefined) return undefined;
    if (NON_PRODUCTION_CHECK.test(name)) return 'non-production';
    if (PRODUCTION_CHECK.test(name)) return 'production';
    // `environment.is(TEST)`, `env.is('development')`
    if (ts.isCallExpression(e) && /^is(Env|Environment)?$/.test(name) && e.arguments.length === 1) return environmentName(ts, e.arguments[0]!);
  }
  return undefined;
}

/** `NODE_ENV === 'test'`: what the comparison of an environment variable with a name says when it holds. */
function envComparison(ts: typeof TS, variable: TS.Expression, value: TS.Expression): Verdict {
  const v = skipOuter(ts, variable);
  const key = ts.isPropertyAccessExpression(v) ? v.name.text : ts.isElementAccessExpression(v) && ts.isStringLiteralLike(v.argumentExpression) ? v.argumentExpression.text : ts.isIdentifier(v) ? v.text : undefined;
  if (!key || !/^(NODE_ENV|APP_ENV|ENV|ENVIRONMENT|env|environment|nodeEnv)$/.test(key)) return undefined;
  return environmentName(ts, value);
}

function environmentName(ts: typeof TS, e: TS.Expression): Verdict {
  const x = skipOuter(ts, e);
  const text = ts.isStringLiteralLike(x) ? x.text : ts.isIdentifier(x) ? x.text : ts.isPropertyAccessExpression(x) ? x.name.text : undefined;
  if (text === undefined) return undefined;
  return NON_PRODUCTION_NAME.test(text) ? 'non-production' : PRODUCTION_NAME.test(text) ? 'production' : undefined;
}

function flip(v: Verdict): Verdict {
  return v === 'production' ? 'non-production' : v === 'non-production' ? 'production' : undefined;
}
