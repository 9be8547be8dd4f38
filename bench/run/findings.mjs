// Is the engine still right? The generator lists its deliberate mistakes in expected-findings.json
// (rule, file, line); the benchmark compares `check`'s findings (and ESLint's) with them, because a fast
// wrong engine is not a win. Pure.

const key = (f) => `${f.ruleId} ${f.file}:${f.line}`;

/** Matches findings by rule, file and line; reports what is missing and what is extra, sorted. */
export function compareFindings(expected, actual) {
  const want = new Map(expected.map((f) => [key(f), f]));
  const got = new Map(actual.map((f) => [key(f), f]));
  const missing = [...want.keys()].filter((k) => !got.has(k)).sort();
  const extra = [...got.keys()].filter((k) => !want.has(k)).sort();
  return { expected: want.size, actual: got.size, matched: want.size - missing.length, missing, extra, ok: missing.length === 0 && extra.length === 0 };
}

/** One cell of the report: "ok 15/15", or what went wrong in short. */
export function describeComparison(c) {
  if (!c) return 'n/a';
  if (c.ok) return `ok ${c.matched}/${c.expected}`;
  return `MISMATCH ${c.matched}/${c.expected}, ${c.missing.length} missing, ${c.extra.length} extra`;
}
