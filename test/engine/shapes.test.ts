import { describe, expect, it } from 'vitest';
import { compareFlows } from './harness.js';

describe('engine: code shapes, library-typed sources and responses (fixtures/engine/shapes, issue #13)', () => {
  it('finds every expected flow and nothing else', () => {
    const { missing, extra } = compareFlows('engine/shapes');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});
