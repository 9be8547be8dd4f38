/**
 * prisma-field-encryption (fixtures/engine/sanitizers-prisma): fields documented `/// @encrypted` are encrypted
 * when written through a client extended with fieldEncryptionExtension(); `?mode=readonly`, `//` comments and
 * the plain client write clear text.
 */
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { runChecks } from '../../src/results/run.js';
import { analyzeProject } from '../../src/engine/project.js';
import { encryptedPrismaFields } from '../../src/engine/stores/encryption.js';
import { loadManifest } from '../../src/manifest/load.js';
import { FIXTURES, analyzeFixtureOnce, describeFlows, missingAndExtra } from './harness.js';

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

  it('require-encryption-at-rest reports the clear-text writes only', () => {
    const { model, root } = analyzeFixtureOnce('engine/sanitizers-prisma');
    const findings = runChecks(model, loadManifest(join(FIXTURES, 'engine/sanitizers-prisma/privacy.yaml')).data)
      .filter((f) => f.ruleId === 'privacy/require-encryption-at-rest')
      .map((f) => `${relative(root, f.location.file)}:${f.location.line} ${f.dataItems.join(',')}`);
    expect(findings.sort()).toEqual(['src/members.ts:21 card_number', 'src/members.ts:22 rrn', 'src/members.ts:23 card_number']);
  });

  it("the same flows through ts-morph's TypeScript (the CLI path; the schema is read through that copy's sys)", () => {
    const root = join(FIXTURES, 'engine/sanitizers-prisma');
    const viaMorph = analyzeProject(join(root, 'tsconfig.json'), loadManifest(join(root, 'privacy.yaml')).data);
    const viaTs = analyzeFixtureOnce('engine/sanitizers-prisma');
    expect(describeFlows(viaMorph.model, root)).toEqual(describeFlows(viaTs.model, viaTs.root));
  });
});
