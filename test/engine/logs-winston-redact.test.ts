/**
 * winston formats that redact (fixtures/engine/logs-winston-redact): a custom format deleting or overwriting
 * members of the record, or one whose transform is a declared masker, masks those members of the logged
 * objects; a format that only rewrites them, and interpolation into the message, do not.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFixtureOnce, missingAndExtra } from './harness.js';

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
});
