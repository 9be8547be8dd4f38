// The benchmark's statistics (bench/run/stats.mjs): medians, percentiles, ratios, growth exponent.
import { describe, expect, it } from 'vitest';
import { growthExponent, max, median, percentile, ratio } from '../../bench/run/stats.mjs';

describe('median', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even one, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([7])).toBe(7);
  });

  it('ignores values that are not finite numbers and is NaN on nothing', () => {
    expect(median([NaN, 5, 1, Infinity, 3])).toBe(3);
    expect(median([])).toBeNaN();
    expect(median([NaN])).toBeNaN();
  });

  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('percentile', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it('interpolates between closest ranks (p95 of 1..100 is 95.05)', () => {
    expect(percentile(oneToHundred, 95)).toBeCloseTo(95.05, 10);
    expect(percentile(oneToHundred, 50)).toBe(50.5);
    expect(percentile([10, 20], 25)).toBe(12.5);
  });

  it('is the minimum at 0 and the maximum at 100', () => {
    expect(percentile(oneToHundred, 0)).toBe(1);
    expect(percentile(oneToHundred, 100)).toBe(100);
  });

  it('makes p95 a high value, not the worst one', () => {
    // 20 samples: rank 0.95 * 19 = 18.05, between the 19th (300) and the 20th (900)
    const samples = [...Array.from({ length: 18 }, () => 40), 900, 300];
    expect(percentile(samples, 95)).toBeCloseTo(330, 10);
    expect(percentile(samples, 50)).toBe(40);
    // with 50 samples, two slow outliers do not reach p95 (rank 46.55)
    expect(percentile([...Array.from({ length: 48 }, () => 40), 300, 900], 95)).toBe(40);
  });

  it('rejects a p outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], NaN)).toThrow(RangeError);
  });
});

describe('max and ratio', () => {
  it('max skips NaN', () => {
    expect(max([1, NaN, 9, 4])).toBe(9);
    expect(max([])).toBeNaN();
  });

  it('ratio divides, and is NaN when a side is missing or the divisor is not positive', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(NaN, 2)).toBeNaN();
    expect(ratio(3, 0)).toBeNaN();
    expect(ratio(3, NaN)).toBeNaN();
  });
});

describe('growthExponent', () => {
  it('is 1 for linear growth and 2 for quadratic', () => {
    expect(growthExponent(10, 50, 1000, 5000)).toBeCloseTo(1, 12);
    expect(growthExponent(10, 250, 1000, 5000)).toBeCloseTo(2, 12);
  });

  it('is log(t5000 / t1000) / log(5) between 1,000 and 5,000 files', () => {
    expect(growthExponent(8000, 48000, 1000, 5000)).toBeCloseTo(Math.log(6) / Math.log(5), 12);
    // exactly at the limit: t5000 = t1000 * 5^1.15
    expect(growthExponent(1000, 1000 * 5 ** 1.15, 1000, 5000)).toBeCloseTo(1.15, 12);
  });

  it('is below 1 when the larger project is relatively cheaper (fixed start-up cost)', () => {
    expect(growthExponent(4000, 12000, 1000, 5000)).toBeLessThan(1);
  });

  it('is NaN without two positive timings at two different sizes', () => {
    expect(growthExponent(NaN, 5, 1000, 5000)).toBeNaN();
    expect(growthExponent(0, 5, 1000, 5000)).toBeNaN();
    expect(growthExponent(1, 5, 1000, 1000)).toBeNaN();
  });
});
