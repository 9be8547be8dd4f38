import { describe, expect, it } from 'vitest';
import { compareFlows } from './harness.js';

describe('engine: propagation basics (fixtures/engine/basics)', () => {
  it('finds every expected flow and nothing else', () => {
    const { missing, extra } = compareFlows('engine/basics');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});

describe('engine: request input in Express, Next.js, NestJS and Fastify (fixtures/engine/frameworks)', () => {
  it('finds every expected flow and nothing else', () => {
    const { missing, extra } = compareFlows('engine/frameworks');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});
