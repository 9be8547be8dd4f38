import { describe, expect, it } from 'vitest';
import { compareFlows } from './harness.js';

describe('engine: code shapes, library-typed sources and responses (fixtures/engine/shapes, issue #13)', () => {
  it('finds every expected flow and nothing else', () => {
    const { missing, extra } = compareFlows('engine/shapes');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});

describe('engine: element access with a key that is not a constant (fixtures/engine/dynamic-keys)', () => {
  it('reads one named member of an object literal, every item of a collection, what a typed key names', () => {
    const { missing, extra } = compareFlows('engine/dynamic-keys');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});
