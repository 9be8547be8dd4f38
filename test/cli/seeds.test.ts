import { describe, expect, it } from 'vitest';
import { ROOT, cli } from './helpers.js';

/**
 * The five real policies (../shared/seeds/) transcribed into manifests: all valid, and `validate`
 * shows each policy's real gaps. The gaps pinned here are the ones docs/seeds.md discusses.
 */
const SEEDS: Array<[seed: string, gaps: RegExp[]]> = [
  ['000', [/processors: the policy says processing may be entrusted but names no consignee/, /officer: no privacy officer has a phone number or email/]],
  ['001', [/"rrn" is a resident registration number processed without a statute/, /"ntsys" has nothing to recognise it by/]],
  ['002', [/retention "automatic" has end: unspecified/]],
  ['003', [/security\.accessLog\.retainMin: access records are kept P6M; the current standard asks at least 1 year/]],
  ['004', [/officer: no privacy officer has a phone number or email/]],
];

describe('seed policies', () => {
  it.each(SEEDS)('seed %s validates and shows its gaps', async (seed, gaps) => {
    const r = await cli(['validate', '--manifest', `fixtures/manifests/seed-${seed}.privacy.yaml`], ROOT);
    expect(r.code, r.out).toBe(0);
    expect(r.out).not.toMatch(/^[^:]+:\d+:\d+: (?!warning)/m);
    for (const gap of gaps) expect(r.out).toMatch(gap);
  });
});
