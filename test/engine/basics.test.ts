import { describe, expect, it } from 'vitest';
import { compareFlows } from './harness.js';

describe('engine: propagation basics (fixtures/engine/basics)', () => {
  it('finds every expected flow and nothing else', () => {
    const { missing, extra } = compareFlows('engine/basics');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});
