/**
 * prisma-field-encryption (fixtures/engine/sanitizers-prisma): fields documented `/// @encrypted` are encrypted
 * when written through a client extended with fieldEncryptionExtension(); `?mode=readonly`, `//` comments and
 * the plain client write clear text.
 */
import { describe, expect, it } from 'vitest';
import { encryptedPrismaFields } from '../../src/engine/sanitizers/columns.js';
import { missingAndExtra } from './harness.js';

describe('engine: prisma-field-encryption', { timeout: 60_000 }, () => {
  it('flows match the inline expectations', () => {
    expect(missingAndExtra('engine/sanitizers-prisma')).toEqual({ missing: [], extra: [] });
  });

  it('reads the @encrypted annotations of one model, above or after the field', () => {
    const schema = [
      'model Member {',
      '  id Int @id',
      '  /// @encrypted',
      '  ssn String',
      '  email String /// @encrypted?mode=strict&hash=emailHash',
      '  old String /// @encrypted?mode=readonly',
      '  note String // @encrypted',
      '  /// a comment',
      '  name String',
      '}',
      'model Other {',
      '  secret String /// @encrypted',
      '}',
    ].join('\n');
    expect(encryptedPrismaFields(schema, 'Member')).toEqual(['ssn', 'email']);
    expect(encryptedPrismaFields(schema, 'Other')).toEqual(['secret']);
    expect(encryptedPrismaFields(schema, 'Missing')).toEqual([]);
  });
});
