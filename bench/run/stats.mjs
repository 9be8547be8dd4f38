// The few statistics the benchmark reports, kept apart from the runner so that tests can hold them:
// medians and percentiles of timings, ratios between tools, and the growth exponent between two sizes.
// Pure functions of their arguments; an empty or unusable input gives NaN (shown as "n/a", null in JSON).

const finite = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x));

/** The p-th percentile (0..100) by linear interpolation between closest ranks (NumPy's default, R type 7). */
export function percentile(values, p) {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const xs = finite(values).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const rank = (p / 100) * (xs.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return xs[lo] + (xs[hi] - xs[lo]) * (rank - lo);
}

/** The median: the middle value, or the mean of the two middle ones. */
export const median = (values) => percentile(values, 50);

/** The largest value (NaN when there is none). */
export function max(values) {
  const xs = finite(values);
  return xs.length === 0 ? NaN : Math.max(...xs);
}

/** a / b, or NaN when either is missing or b is not positive. */
export function ratio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return NaN;
  return a / b;
}

/**
 * How time grows with size: t ~ n^k gives k = log(t2 / t1) / log(n2 / n1). 1 is linear; the issue's
 * target is k <= 1.15 from 1,000 to 5,000 files, i.e. log(t5000 / t1000) / log(5).
 */
export function growthExponent(t1, t2, n1, n2) {
  if (![t1, t2, n1, n2].every((x) => Number.isFinite(x) && x > 0) || n1 === n2) return NaN;
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}
