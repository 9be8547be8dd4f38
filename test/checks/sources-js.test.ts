/**
 * Sources in untyped JavaScript (issue #13): fixtures/checks/sources-js holds free identifiers judged by their names,
 * and values whose names say password while the code shows they are not a clear one (constants, hashes, ciphertexts,
 * masks), each next to its twin that is reported. Expectations inline (`// expect: privacy/<rule>`).
 */
import { describe, expect, it } from 'vitest';
import { compareFindingsOf } from './harness.js';

describe('sources in untyped JavaScript', () => {
  it('reports exactly the expected findings', () => {
    const { missing, extra } = compareFindingsOf('checks/sources-js');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});
