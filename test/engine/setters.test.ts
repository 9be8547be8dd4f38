/**
 * Setters (fixtures/engine/setters): `obj.x = v` through a `set x(v)` accessor of a project class evaluates the
 * setter's body with `v`, so sinks inside it receive what the caller assigns, and masking there counts.
 */
import { describe, expect, it } from 'vitest';
import { missingAndExtra } from './harness.js';

describe('engine: setters', { timeout: 60_000 }, () => {
  it('flows match the inline expectations', () => {
    expect(missingAndExtra('engine/setters')).toEqual({ missing: [], extra: [] });
  });
});
