/**
 * Encryption sanitizers (fixtures/engine/sanitizers-encryption): AWS KMS, Vault transit, TypeORM column
 * transformers that encrypt. Each has a twin that is not encryption.
 */
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { runChecks } from '../../src/results/run.js';
import { analyzeProject } from '../../src/engine/project.js';
import { SANITIZERS } from '../../src/catalog/sanitizers.js';
import { loadManifest } from '../../src/manifest/load.js';
import { FIXTURES, analyzeFixtureOnce, describeFlows, missingAndExtra } from './harness.js';

const FIXTURE = 'engine/sanitizers-encryption';

describe('engine: encryption sanitizers', { timeout: 60_000 }, () => {
  it('flows match the inline expectations', () => {
    expect(missingAndExtra(FIXTURE)).toEqual({ missing: [], extra: [] });
  });

  it('an encrypted value is not a transfer to the key service (KMS Encrypt is no AWS flow)', () => {
    const { model } = analyzeFixtureOnce(FIXTURE);
    const transfers = model.flows.filter((f) => f.sink.kind === 'transfer');
    expect(transfers.map((f) => `${f.sink.name} ${f.sink.party} ${f.labels.map((l) => l.item).join(',')}`).sort()).toEqual([
      'aws.send aws card_number',
      'aws.send aws email',
    ]);
  });

  it('the Vault transit path condition: encrypt only, under any mount prefix', () => {
    const vault = SANITIZERS.find((s) => s.by === 'vault-transit')!;
    const ok = (path: string) => vault.argument!.text!.test(path);
    expect(['transit/encrypt/pii', '/v1/transit/encrypt/pii', 'eu/transit/encrypt/k'].map(ok)).toEqual([true, true, true]);
    expect(['transit/decrypt/pii', 'transit/sign/pii', 'secret/data/transit/encrypt', 'transit/encryptx/k'].map(ok)).toEqual([false, false, false, false]);
  });

  it('require-encryption-at-rest reports the clear-text writes only (raw, base64, non-encrypting transformers)', () => {
    const { model, root } = analyzeFixtureOnce(FIXTURE);
    const findings = runChecks(model, loadManifest(join(FIXTURES, FIXTURE, 'privacy.yaml')).data)
      .filter((f) => f.ruleId === 'privacy/require-encryption-at-rest')
      .map((f) => `${relative(root, f.location.file)}:${f.location.line} ${[...f.dataItems].sort().join(',')}`);
    expect(findings.sort()).toEqual([
      'src/customers.ts:21 card_number,rrn',
      'src/customers.ts:23 rrn',
      'src/customers.ts:25 card_number',
      'src/customers.ts:36 card_number,rrn',
      'src/kms.ts:27 card_number',
      'src/vault.ts:25 card_number',
    ]);
  });

  it("the same flows through ts-morph's TypeScript (the CLI path)", () => {
    const root = join(FIXTURES, FIXTURE);
    const viaMorph = analyzeProject(join(root, 'tsconfig.json'), loadManifest(join(root, 'privacy.yaml')).data);
    const viaTs = analyzeFixtureOnce(FIXTURE);
    expect(describeFlows(viaMorph.model, root)).toEqual(describeFlows(viaTs.model, viaTs.root));
  });
});
