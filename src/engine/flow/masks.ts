/**
 * Masks a call shows by its shape, with no catalog entry: a project function named for masking that returns a
 * constant (`redact(kind, v)` returning '********'), and a `replace` of every character by a constant. Syntactic.
 */
import type * as TS from 'typescript';
import { splitWords } from '../../catalog/kinds.js';
import { constantValue } from '../derived.js';
import { type Fn, skipOuter, walk } from '../syntax.js';

const MASKING_VERBS = new Set(['redact', 'mask', 'censor', 'obfuscate', 'scrub', 'anonymize', 'anonymise', 'hide']);

/**
 * A project function that says it masks (its name starts with redact, mask, censor, obfuscate, scrub, anonymise or
 * hide) and shows it: one of its returns is a constant string (`return '********'`). Its result is masked
 * (`mask:<name>`), as a `security.maskers` entry's is; a function of that name that only passes its input on is not.
 */
export function masksByName(ts: typeof TS, name: string, fn: Fn): boolean {
  if (!MASKING_VERBS.has(splitWords(name)[0] ?? '') || !fn.body) return false;
  let found = false;
  walk(ts, fn.body, (n) => {
    if (n !== fn.body && ts.isFunctionLike(n)) return false;
    if (ts.isReturnStatement(n) && n.expression && ts.isStringLiteralLike(skipOuter(ts, n.expression)) && constantValue(ts, n.expression)) {
      found = true;
      return 'stop';
    }
    if (ts.isArrowFunction(fn) && n === fn.body && ts.isExpression(n)) {
      const body = skipOuter(ts, n);
      found = ts.isConditionalExpression(body) && [body.whenTrue, body.whenFalse].some((b) => ts.isStringLiteralLike(skipOuter(ts, b)));
      return 'stop';
    }
    return true;
  });
  return found;
}

/** A regex source matching any one character (`.`, `[^]`, `[\s\S]`…), optionally repeated (`.+`, `.*`). */
const ANY_CHARACTER = /^(?:\.|\[\^\]|\[\\(?:s\\S|S\\s|w\\W|W\\w|d\\D|D\\d)\])([+*]|\{1,\})?$/;

/**
 * `s.replace(/./g, '*')`, `s.replaceAll(/./g, '•')`, `s.replace(new RegExp('.', 'g'), '*')`, `s.replace(/.+/, '***')`:
 * every character of the value replaced by a constant. A pattern matching something narrower (`/\./g`, `/foo/g`,
 * `/pre_._suf/g`) or one character only (`new RegExp('.')` without `g`) leaves most of the value: not a mask.
 * Flags that are not a constant (`new RegExp('.', flags)`) are taken as global: a program building a one-character
 * pattern to replace is masking.
 */
export function masksEveryCharacter(ts: typeof TS, call: TS.CallExpression): boolean {
  const callee = skipOuter(ts, call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !/^replace(All)?$/.test(callee.name.text) || call.arguments.length !== 2) return false;
  const by = skipOuter(ts, call.arguments[1]!);
  if (!ts.isStringLiteralLike(by)) return false;
  const re = skipOuter(ts, call.arguments[0]!);
  let source: string | undefined;
  let global: boolean;
  if (ts.isRegularExpressionLiteral(re)) {
    const m = /^\/(.*)\/([a-z]*)$/s.exec(re.text);
    if (!m) return false;
    source = m[1];
    global = m[2]!.includes('g');
  } else if ((ts.isNewExpression(re) || ts.isCallExpression(re)) && ts.isIdentifier(re.expression) && re.expression.text === 'RegExp') {
    const [pattern, flags] = re.arguments ?? [];
    if (!pattern || !ts.isStringLiteralLike(pattern)) return false;
    source = pattern.text;
    global = !flags || !ts.isStringLiteralLike(flags) ? flags !== undefined : flags.text.includes('g');
  } else return false;
  const m = source === undefined ? null : ANY_CHARACTER.exec(source);
  return !!m && (global || m[1] !== undefined);
}
