/**
 * Write hooks on values known by their type (fixtures/engine/hooks-typed, issue #12): an entity passed in as a
 * parameter or returned by a library is written through its store's hooks, as one built in the saving function is.
 */
import { describe, expect, it } from 'vitest';
import { missingAndExtra } from './harness.js';

describe('engine: write hooks on typed values', { timeout: 60_000 }, () => {
  it('flows match the inline expectations', () => {
    expect(missingAndExtra('engine/hooks-typed')).toEqual({ missing: [], extra: [] });
  });
});
