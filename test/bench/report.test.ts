// What the benchmark reports (bench/run/report.mjs): summaries, ratios, growth, targets, the tables.
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../bench/run/findings.mjs';
import {
  checkGrowth,
  count,
  evaluateTargets,
  mebibytes,
  millis,
  renderReport,
  renderTable,
  seconds,
  sizeRatios,
  summariseTool,
  times,
  type Results,
  type SizeResult,
  type ToolSummary,
} from '../../bench/run/report.mjs';

const sample = (wallMs: number, cpuMs: number, rssKiB: number, extra: object = {}) => ({ wallMs, cpuMs, rssKiB, exitCode: 0, ...extra });
const summary = (wallMs: number, maxRssKiB: number, extra: Partial<ToolSummary> = {}): ToolSummary => ({ runs: 3, failures: 0, wallMs, cpuMs: wallMs, maxRssKiB, ...extra });
const okFindings: Comparison = { expected: 2, actual: 2, matched: 2, missing: [], extra: [], ok: true };

function size(files: number, s: Record<string, ToolSummary>, findings: Record<string, Comparison> = { check: okFindings }): SizeResult {
  return { files, summaries: s, ratios: sizeRatios(s), findings };
}

describe('summariseTool', () => {
  it('takes medians of wall and CPU time and the largest peak RSS, leaving out failed runs', () => {
    const s = summariseTool([sample(3000, 2000, 100), sample(1000, 4000, 300), sample(2000, 3000, 200), { ...sample(1, 1, 999_999), failed: true }]);
    expect(s).toEqual({ runs: 3, failures: 1, wallMs: 2000, cpuMs: 3000, maxRssKiB: 300 });
  });

  it('pools the edits of every warm-loop run for p50 and p95', () => {
    const s = summariseTool([sample(9000, 9000, 1, { editsMs: [10, 20, 30] }), sample(9000, 9000, 1, { editsMs: [40, 50] })]);
    expect(s).toMatchObject({ edits: 5, p50Ms: 30, p95Ms: 48 });
    expect(s.oursP95Ms).toBeUndefined();
  });

  it("pools our rules' part of every re-lint separately", () => {
    const s = summariseTool([sample(9000, 9000, 1, { editsMs: [100, 200, 300], oursMs: [5, 6, 7] }), sample(9000, 9000, 1, { editsMs: [400, 500], oursMs: [8, 90] })]);
    expect(s).toMatchObject({ edits: 5, p50Ms: 300, oursP50Ms: 7, oursP95Ms: expect.closeTo(73.6, 6) });
  });

  it('has NaN medians when every run failed', () => {
    const s = summariseTool([{ ...sample(5, 5, 5), failed: true }]);
    expect(s.runs).toBe(0);
    expect(s.wallMs).toBeNaN();
  });
});

describe('ratios, growth and targets', () => {
  const s1000 = {
    tsc: summary(10_000, 400_000),
    check: summary(8_000, 500_000),
    lint: summary(20_000, 600_000),
    'lint-privacy': summary(26_000, 700_000),
    warm: summary(60_000, 800_000, { p50Ms: 40, p95Ms: 100, oursP50Ms: 20, oursP95Ms: 101 }),
  };

  it('divides check by tsc (time: wall medians, memory: peak RSS) and lint with our rules by lint without', () => {
    expect(sizeRatios(s1000)).toEqual({ checkTscTime: 0.8, checkTscMemory: 1.25, lintWithWithout: 1.3 });
    expect(sizeRatios({ check: s1000.check }).checkTscTime).toBeNaN();
  });

  it('computes the growth exponent of check from the 1,000- to the 5,000-file project only', () => {
    const sizes = [size(100, { check: summary(1_000, 1) }), size(1000, { check: summary(8_000, 1) }), size(5000, { check: summary(40_000, 1) })];
    expect(checkGrowth(sizes).exponent).toBeCloseTo(1, 12);
    expect(checkGrowth(sizes.slice(0, 2)).exponent).toBeNaN();
  });

  it('passes a target met exactly, fails one missed, and says n/a for what was not measured', () => {
    const sizes = [size(1000, s1000)];
    const targets = evaluateTargets(sizes, checkGrowth(sizes));
    expect(Object.fromEntries(targets.map((t) => [t.id, [t.value, t.status]]))).toEqual({
      'check-time': [0.8, 'PASS'],
      'check-memory': [1.25, 'PASS'],
      'rules-overhead': [1.3, 'FAIL'],
      'warm-p95': [100, 'PASS'],
      'warm-ours-p95': [101, 'FAIL'],
      growth: [null, 'n/a'],
    });
  });

  it('judges growth against 1.15 and the targets at 1,000 files, not at another size', () => {
    const sizes = [size(100, s1000), size(1000, { ...s1000, check: summary(12_000, 700_000) }), size(5000, { check: summary(12_000 * 5 ** 1.2, 1) })];
    const t = Object.fromEntries(evaluateTargets(sizes, checkGrowth(sizes)).map((x) => [x.id, x.status]));
    expect(t).toMatchObject({ 'check-time': 'FAIL', 'check-memory': 'FAIL', growth: 'FAIL' });
    const only100 = evaluateTargets([size(100, s1000)], checkGrowth([size(100, s1000)]));
    expect(only100.every((x) => x.status === 'n/a')).toBe(true);
  });

  it('adds the --cache target (a second run at least 5x faster than a cold one) only when it was measured', () => {
    const withCache = { ...s1000, 'check-cache': summary(1_000, 1, { coldMs: 6_000 }) };
    const sizes = [size(1000, withCache)];
    const cache = evaluateTargets(sizes, checkGrowth(sizes)).find((t) => t.id === 'cache-speedup');
    expect(cache).toMatchObject({ value: 6, status: 'PASS', better: 'higher' });
  });
});

describe('formatting', () => {
  it('formats counts without the locale, and NaN as n/a', () => {
    expect([count(100), count(1000), count(5000), count(1234567)]).toEqual(['100', '1,000', '5,000', '1,234,567']);
    expect([seconds(2345), millis(41.6), mebibytes(262_144), times(1.234)]).toEqual(['2.35 s', '42 ms', '256 MiB', '1.23x']);
    expect([seconds(NaN), millis(undefined), mebibytes(NaN), times(NaN)]).toEqual(['n/a', 'n/a', 'n/a', 'n/a']);
    expect([millis(27_863.4), mebibytes(1_326_080)]).toEqual(['27,863 ms', '1,295 MiB']);
  });

  it('renders a Markdown table with padded, aligned columns', () => {
    expect(renderTable(['files', 'tool'], [['100', 'tsc'], ['1,000', 'privacy-lint check']], ['r', 'l'])).toBe(
      ['| files | tool               |', '|------:|--------------------|', '|   100 | tsc                |', '| 1,000 | privacy-lint check |'].join('\n'),
    );
  });
});

describe('renderReport', () => {
  const results = (): Results => {
    const sizes = [
      size(100, { tsc: summary(2_000, 262_144), check: summary(2_500, 393_216), 'warm-base': summary(8_000, 1, { p50Ms: 30, p95Ms: 70 }), warm: summary(9_000, 1, { p50Ms: 41, p95Ms: 88, oursP50Ms: 6, oursP95Ms: 12 }) }),
      size(1000, { tsc: summary(10_000, 524_288), check: summary(9_000, 655_360) }, { check: { expected: 15, actual: 16, matched: 14, missing: ['privacy/no-plaintext-password src/a.ts:3'], extra: ['privacy/x src/b.ts:1', 'privacy/y src/c.ts:2'], ok: false } }),
    ];
    const growth = checkGrowth(sizes);
    return {
      machine: { os: 'Linux 6', arch: 'x64', cpu: 'AMD EPYC', cores: 2, memoryBytes: 8 * 1024 ** 3, node: 'v20.20.2', date: '2026-11-22T06:00:00.000Z', loadAverageStart: [3.5, 2, 1], loadAverageEnd: [4, 3, 2], timer: 'gnu time', note: 'busy machine' },
      options: { sizes: [100, 1000], runs: 3, edits: 50, tools: ['tsc', 'check', 'warm'] },
      sizes,
      growth,
      targets: evaluateTargets(sizes, growth),
    };
  };

  it('shows the machine, one row per size and tool, the ratios, the growth and the targets', () => {
    const text = renderReport(results());
    expect(text).toContain('2 cores, 8.0 GiB, node v20.20.2');
    expect(text).toContain('load average at start 3.5 2 1, at end 4 3 2');
    expect(text).toContain('note: busy machine');
    expect(text).toMatch(/\|\s+100 \| tsc --noEmit\s+\|\s+3 \|\s+2\.00 s \|\s+2\.00 s \|\s+256 MiB \|/);
    expect(text).toMatch(/\|\s+1,000 \| privacy-lint check\s+\|/);
    expect(text).toMatch(/\|\s+100 \|\s+1\.25x \|\s+1\.50x \|\s+n\/a \|\s+30 ms \|\s+70 ms \|\s+41 ms \|\s+88 ms \|\s+6 ms \|\s+12 ms \| ok 2\/2\s+\| n\/a\s+\|/);
    expect(text).toMatch(/\|\s+100 \| warm editor loop without our rules \(whole process\)\s+\|/);
    expect(text).toContain('growth exponent of check, 1,000 -> 5,000 files: n/a');
    expect(text).toMatch(/\| privacy-lint check time \/ tsc --noEmit time\s+\| 1,000 files \|\s+0\.90x \|\s+<= 1\.00x \| PASS\s+\|/);
    expect(text).toMatch(/\| privacy-lint check peak RSS \/ tsc --noEmit peak RSS \| 1,000 files \|\s+1\.25x \|\s+<= 1\.50x \| PASS\s+\|/);
  });

  it('says when check is wrong: what is missing and what is extra', () => {
    const text = renderReport(results());
    expect(text).toContain('MISMATCH 14/15, 1 missing, 2 extra');
    expect(text).toContain('1,000 files, check: missing privacy/no-plaintext-password src/a.ts:3; extra privacy/x src/b.ts:1; privacy/y src/c.ts:2');
  });

  it('is deterministic: the same results give the same text', () => {
    expect(renderReport(results())).toBe(renderReport(results()));
  });
});

describe('renderReport with the check --cache row', () => {
  it('adds the cold/second ratio and the cached findings as columns, and the target', () => {
    const s = { tsc: summary(10_000, 1), check: summary(9_000, 1), 'check-cache': summary(1_500, 1, { coldMs: 9_000 }) };
    const sizes = [size(1000, s, { check: okFindings, 'check-cache': okFindings })];
    const growth = checkGrowth(sizes);
    const text = renderReport({
      machine: { os: 'Linux', arch: 'x64', cpu: 'cpu', cores: 2, memoryBytes: 1024 ** 3, node: 'v20', date: 'd', loadAverageStart: [0, 0, 0], timer: 't' },
      options: { sizes: [1000], runs: 1, edits: 5, tools: ['tsc', 'check', 'check-cache'] },
      sizes,
      growth,
      targets: evaluateTargets(sizes, growth),
    });
    expect(text).toMatch(/\| cache cold\/2nd \| cached findings \|/);
    expect(text).toMatch(/\|\s+6\.00x \| ok 2\/2\s+\|/);
    expect(text).toMatch(/check --cache, 2nd run after a one-file change/);
    expect(text).toMatch(/\| check --cache: cold run \/ 2nd run after a one-file change \| 1,000 files \|\s+6\.00x \|\s+>= 5\.00x \| PASS/);
  });
});
