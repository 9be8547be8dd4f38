/**
 * Precision on real code (issue #12): fixtures/checks/precision holds each cause of a false finding seen on real
 * applications next to its true twin, with the expected findings inline (`// expect: privacy/<rule>`).
 */
import { describe, expect, it } from 'vitest';
import { compareFindingsOf } from './harness.js';

describe('precision: the causes of false findings on real applications', () => {
  it('reports exactly the expected findings', () => {
    const { missing, extra } = compareFindingsOf('checks/precision');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('parties through the checker: a client exported through a path alias or a workspace package is the party of the SDK', () => {
    const { missing, extra, findings } = compareFindingsOf('checks/parties');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    // the wrapper's specifier is never a party: Resend is named, not "@/lib" or "@org/billing"
    expect(findings.map((f) => f.message).join('\n')).not.toMatch(/@\/lib|@org\/billing/);
  });
});
