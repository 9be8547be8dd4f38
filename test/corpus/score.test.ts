/**
 * The corpus scorer (corpus/score.mjs) runs only where the apps are prepared; its scoring is a pure function,
 * tested here on a made-up triage.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without declarations
import { scoreApp, totals } from '../../corpus/score.mjs';

const triage = {
  findings: [
    { rule: 'privacy/no-plaintext-password', file: 'src/a.ts', line: 10, verdict: 'TP', why: '' },
    { rule: 'privacy/no-plaintext-password', file: 'src/a.ts', line: 20, verdict: 'FP', why: '' },
    { rule: 'privacy/no-personal-data-in-logs', file: 'src/b.ts', line: 5, verdict: 'debatable', why: '' },
    { rule: 'privacy/require-retention', file: 'src/c.ts', line: 1, verdict: 'TP', why: '' },
  ],
  misses: [{ rule: 'privacy/no-personal-data-in-logs', file: 'src/d.ts', line: 30, what: '' }],
};
const f = (ruleId: string, file: string, line: number) => ({ ruleId, file, line, message: 'm' });
type Score = { findings: number; TP: number; FP: number; debatable: number; untriaged: Array<{ rule: string }>; lostTPs: string[]; missesFound: number; misses: number; precision: number | null };
const score = scoreApp as (findings: ReturnType<typeof f>[], t: typeof triage) => Score;

describe('corpus scoring', () => {
  it('counts verdicts, new findings, lost true positives and found misses', () => {
    const s = score(
      [
        f('privacy/no-plaintext-password', 'src/a.ts', 10),
        f('privacy/no-plaintext-password', 'src/a.ts', 10), // the same rule and place once
        f('privacy/no-personal-data-in-logs', 'src/b.ts', 5),
        f('privacy/no-undeclared-transfer', 'src/e.ts', 3),
        f('privacy/no-personal-data-in-logs', 'src/d.ts', 31),
      ],
      triage,
    );
    expect(s).toMatchObject({ findings: 4, TP: 1, FP: 0, debatable: 1, lostTPs: ['privacy/require-retention src/c.ts:1'], missesFound: 1, misses: 1, precision: 1 });
    expect(s.untriaged.map((u) => u.rule)).toEqual(['privacy/no-undeclared-transfer', 'privacy/no-personal-data-in-logs']);
  });

  it('precision is TP / (TP + FP), none when nothing was judged, and totals sum the apps', () => {
    const a = score([f('privacy/no-plaintext-password', 'src/a.ts', 10), f('privacy/no-plaintext-password', 'src/a.ts', 20)], triage);
    expect(a.precision).toBe(0.5);
    expect(score([], triage).precision).toBeNull();
    expect((totals as (s: Score[]) => Score)([a, a])).toMatchObject({ TP: 2, FP: 2, precision: 0.5, lostTPs: 2 });
  });
});
