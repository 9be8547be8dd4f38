import { describe, expect, it } from 'vitest';
import { compareFlows } from './harness.js';

// A member read through a parameter (`user.password` with `user: User`) is what the declared type says only where
// nothing calls the function; where callers do, each one's argument says what it holds (issue #12: a repository
// behind an injected abstract class stored the hash its callers made, and was reported for a clear password).
describe('engine: a parameter\'s members are what its callers pass', { timeout: 60_000 }, () => {
  it('fixtures/engine/callers: every expected flow and nothing else', () => {
    const { missing, extra } = compareFlows('engine/callers');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});
