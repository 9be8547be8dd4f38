/**
 * Values a name's guess does not hold for: what the code plainly put under the name is not the clear datum.
 * - a constant: a literal, a template without holes, `null`, an array or object of constants, and a conditional
 *   whose branches are constants (`password ? null : '(hidden)'`: only the condition reads the password);
 * - a setting from the environment (`process.env.SMTP_PASSWORD`): configuration, not a person's data;
 * - the result of a call whose name says it hashes or encrypts (`crypt(pw)`, `hashed1()`,
 *   `encryptLib.encryptPassword(pw)`, `user.getEncryptedPassword()`): whatever it returns is not the clear value.
 *   A call the engine resolves is judged by what it does (a sanitizer, a summary); this is for calls it cannot see
 *   into, whose result is otherwise unknown.
 * Syntactic, with one step through a variable's initializer (`{ password: shown }` where `var shown = …`), so it
 * costs a checker call only for a value already under a personal name.
 */
import type * as TS from 'typescript';
import { splitWords } from '../catalog/kinds.js';
import { skipOuter } from './syntax.js';

/** Words of a callee's name that say its result is a hash or a ciphertext of its input. */
const DERIVING = new Set([
  'hash', 'hashed', 'hashes', 'crypt', 'crypted', 'encrypt', 'encrypted', 'encrypts', 'encryption', 'digest', 'bcrypt',
  'scrypt', 'argon2', 'pbkdf2', 'hmac',
]);

/** A literal, a template without holes, or an array, object or conditional made of them only. */
export function constantValue(ts: typeof TS, e: TS.Expression): boolean {
  const x = skipOuter(ts, e);
  if (ts.isArrayLiteralExpression(x)) return x.elements.every((el) => !ts.isSpreadElement(el) && constantValue(ts, el));
  if (ts.isObjectLiteralExpression(x)) return x.properties.every((p) => ts.isPropertyAssignment(p) && constantValue(ts, p.initializer));
  if (ts.isConditionalExpression(x)) return constantValue(ts, x.whenTrue) && constantValue(ts, x.whenFalse);
  if (ts.isPrefixUnaryExpression(x)) return ts.isNumericLiteral(x.operand);
  if (ts.isIdentifier(x)) return x.text === 'undefined';
  return (
    ts.isStringLiteralLike(x) || ts.isNumericLiteral(x) || ts.isBigIntLiteral(x) || x.kind === ts.SyntaxKind.NullKeyword ||
    x.kind === ts.SyntaxKind.TrueKeyword || x.kind === ts.SyntaxKind.FalseKeyword
  );
}

/** `process.env.X`, `process.env['X']`: a setting of the service. */
export function envValue(ts: typeof TS, e: TS.Expression): boolean {
  const x = skipOuter(ts, e);
  const env = ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x) ? skipOuter(ts, x.expression) : undefined;
  return !!env && ts.isPropertyAccessExpression(env) && env.name.text === 'env' && ts.isIdentifier(env.expression) && env.expression.text === 'process';
}

/** A call (awaited or not) whose callee's name says it hashes or encrypts: `crypt(pw)`, `lib.encryptPassword(pw)`. */
export function derivedCall(ts: typeof TS, e: TS.Expression): boolean {
  let x = skipOuter(ts, e);
  while (ts.isAwaitExpression(x)) x = skipOuter(ts, x.expression);
  if (!ts.isCallExpression(x)) return false;
  const callee = skipOuter(ts, x.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return !!name && splitWords(name).some((w) => DERIVING.has(w.replace(/\d+$/, '')));
}

/**
 * Whether a value is plainly not the clear datum a name suggests: a constant, a setting, a hash or cipher (above),
 * directly or as the initializer of the variable it reads.
 */
export function notClearValue(ts: typeof TS, checker: TS.TypeChecker, e: TS.Expression, datum?: (text: string) => boolean): boolean {
  if (plainlyNotClear(ts, e, datum)) return true;
  const x = skipOuter(ts, e);
  if (!ts.isIdentifier(x)) return false;
  const decl = checker.getSymbolAtLocation(x)?.valueDeclaration;
  return !!decl && ts.isVariableDeclaration(decl) && !!decl.initializer && plainlyNotClear(ts, decl.initializer, datum);
}

/** `datum`: a string literal it accepts is the datum written in the code (`email: 'jhon@gmail.com'`), not a constant of the program. */
function plainlyNotClear(ts: typeof TS, e: TS.Expression, datum?: (text: string) => boolean): boolean {
  const x = skipOuter(ts, e);
  if (datum && ts.isStringLiteralLike(x) && datum(x.text)) return false;
  return constantValue(ts, x) || envValue(ts, x) || derivedCall(ts, x);
}
