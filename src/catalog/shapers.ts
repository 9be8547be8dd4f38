/**
 * Shapers: library calls that return some fields of an object (lodash `pick(user, ['email'])`, `omit(user,
 * 'password')`): what passes is the object's value with only those fields, and what its type holds in them.
 * The keys are the string literals (or an array of them, or consts) after the object.
 */
export interface ShaperSpec {
  packages: readonly string[];
  member: RegExp;
  /** `only`: the named keys pass; `omit`: all but the named keys pass. */
  keep: 'only' | 'omit';
}

const UTILS = ['lodash', 'lodash-es', 'underscore', 'es-toolkit', 'remeda', 'radash', 'just-pick', 'just-omit', 'lodash.pick', 'lodash.omit'];

export const SHAPERS: readonly ShaperSpec[] = [
  { packages: UTILS, member: /^pick$/, keep: 'only' },
  { packages: UTILS, member: /^omit$/, keep: 'omit' },
];
