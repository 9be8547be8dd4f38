import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import type { ManifestData } from '../../src/manifest/schema.js';
import { formatPolicy, POLICY_LANGS } from '../../src/reporters/policy.js';
import { ROOT } from '../cli/helpers.js';
import { emptyReport, sampleReport } from '../report/policy-sample.js';

const DEMO = join(ROOT, 'fixtures/demo-app/privacy.yaml');
const SEEDS = ['seed-000', 'seed-001', 'seed-002'];
const demo = (): ManifestData => loadManifest(DEMO).data;
const seed = (name: string): ManifestData => loadManifest(join(ROOT, 'fixtures/manifests', `${name}.privacy.yaml`)).data;

describe('formatPolicy snapshots', () => {
  for (const lang of POLICY_LANGS) {
    it(`demo manifest + hand-made report (${lang})`, async () => {
      await expect(formatPolicy(sampleReport(), demo(), lang)).toMatchFileSnapshot(`__snapshots__/policy/demo.${lang}.md`);
    });
    for (const name of SEEDS) {
      it(`${name} with no code analysed (${lang})`, async () => {
        await expect(formatPolicy(emptyReport(`${name}.privacy.yaml`), seed(name), lang)).toMatchFileSnapshot(`__snapshots__/policy/${name}.${lang}.md`);
      });
    }
  }
});
