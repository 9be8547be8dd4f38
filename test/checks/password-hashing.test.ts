/**
 * Password hashing judged where the hash is made (issue #13 item 5): fixtures/checks/password-hashing holds each weak
 * hash or cipher of a password (node:crypto, crypto-js, argon2's type option, the md5 package, a project helper,
 * plain JavaScript with require) next to its compliant twin, with the expected findings inline.
 */
import { describe, expect, it } from 'vitest';
import { compareFindingsOf } from './harness.js';

describe('no-plaintext-password at the hash call', { timeout: 120_000 }, () => {
  it('reports exactly the expected findings, once per flow', () => {
    const { missing, extra } = compareFindingsOf('checks/password-hashing');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('names the algorithm, and tells a cipher from a weak hash', () => {
    const { findings } = compareFindingsOf('checks/password-hashing');
    const messages = findings.filter((f) => f.ruleId === 'privacy/no-plaintext-password').map((f) => f.message);
    for (const alg of ['md5', 'sha1', 'sha256', 'hmac-sha1', 'argon2i', 'argon2d', 'des', 'rc4', 'tripledes', 'aes', 'aes-256-cbc']) {
      expect(messages.some((m) => m.includes(`with ${alg} via`)), alg).toBe(true);
    }
    expect(messages.filter((m) => m.includes('encrypted with')).length).toBe(5);
  });
});
