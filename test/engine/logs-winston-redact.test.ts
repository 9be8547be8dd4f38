/**
 * winston formats that redact (fixtures/engine/logs-winston-redact): a custom format deleting or overwriting
 * members of the record, or one whose transform is a declared masker, masks those members of the logged
 * objects; a format that only rewrites them, and interpolation into the message, do not.
 */
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { runChecks } from '../../src/results/run.js';
import { loadManifest } from '../../src/manifest/load.js';
import { FIXTURES, analyzeFixtureOnce, missingAndExtra } from './harness.js';

const FIXTURE = 'engine/logs-winston-redact';

describe('engine: winston redaction formats', { timeout: 60_000 }, () => {
  it('flows match the inline expectations', () => {
    expect(missingAndExtra(FIXTURE)).toEqual({ missing: [], extra: [] });
  });

  it('the masked members say which format masked them, in the flow steps too', () => {
    const { model } = analyzeFixtureOnce(FIXTURE);
    const masked = model.flows.flatMap((f) => f.labels.filter((l) => l.clean).map((l) => `${l.item} ${l.clean!.by} ${l.steps.at(-1)!.note}`));
    expect(masked).toContain('email winston:redactPii redacted by the logger (email)');
    expect(masked).toContain('phone winston:maskContact redacted by the logger (phone)');
  });

  it('no-personal-data-in-logs reports what no format hides', () => {
    const { model, root } = analyzeFixtureOnce(FIXTURE);
    const findings = runChecks(model, loadManifest(join(FIXTURES, FIXTURE, 'privacy.yaml')).data)
      .filter((f) => f.ruleId === 'privacy/no-personal-data-in-logs')
      .map((f) => `${relative(root, f.location.file)}:${f.location.line} ${[...f.dataItems].sort().join(',')}`);
    expect(findings.sort()).toEqual(['src/logs.ts:14 phone', 'src/logs.ts:15 email', 'src/logs.ts:17 name', 'src/logs.ts:21 phone', 'src/logs.ts:23 email', 'src/logs.ts:32 phone']);
  });
});
