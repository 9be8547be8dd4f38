/** The frame evaluating a function (evaluator.ts), as call handling (calls.ts, sink-data.ts) sees it. */
import type * as TS from 'typescript';
import type { Clean } from '../model.js';
import type { Val } from '../value.js';
import type { Analysis, SinkSite, Summary } from '../analysis.js';
import type { Fn } from '../syntax.js';

/**
 * What call handling needs of the frame evaluating the call (evaluator.ts's Frame): the analysis, the frame's
 * variables, its `this` fields and sink hits, and evaluation of expressions and inline callbacks.
 */
export interface Evaluator {
  readonly cx: Analysis;
  /** The function evaluated (undefined at a module's top level). */
  readonly fn: Fn | undefined;
  readonly env: Map<TS.Symbol, Val>;
  readonly thisFields: Map<string, Val>;
  readonly hits: Summary['hits'];
  eval(e: TS.Expression): Val;
  /** Evaluates an inline callback with its parameters bound (map, forEach, then, …); returns its result. */
  callback(fn: TS.ArrowFunction | TS.FunctionExpression, args: readonly Val[]): Val;
  /** `x.setDataValue('k', v)`: a field of an object written through a method (ORM instances). */
  writeField(target: TS.Expression, key: string, v: Val, value: TS.Expression | undefined, at: SinkSite): void;
  /** The value after a sanitizer call `at` (a hash, a cipher, a mask); the frame remembers what `at` makes clean. */
  clean(v: Val, kind: Clean | undefined, at: TS.Node, note: string): Val;
}
