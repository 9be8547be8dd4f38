import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE } from '../manifest/helpers.js';
import { ROOT, cli } from './helpers.js';

const scratch = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

describe('privacy-lint validate', () => {
  it('exits 0 on a valid manifest and says so on stderr', async () => {
    const r = await cli(['validate'], scratch({ 'privacy.yaml': BASE }));
    expect(r).toEqual({ code: 0, out: '', err: 'privacy.yaml: valid (manifest v1), 0 policy gaps\n' });
  });

  it('exits 2 on errors, one line each with file:line:col, on stdout', async () => {
    const dir = scratch({ 'privacy.yaml': BASE.replace('required: [email, password]', 'required: [emial, password]') });
    const r = await cli(['validate', '--manifest', 'privacy.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe('privacy.yaml:18:25: purposes[0].items.required[0]: unknown data item "emial" (did you mean "email"?)\n');
    expect(r.err).toBe('privacy.yaml: 1 error, 0 warnings: the manifest cannot be used until the errors are fixed\n');
  });

  it('prints policy gaps as warnings and still exits 0', async () => {
    const dir = scratch({ 'privacy.yaml': `${BASE}children: { policy: unspecified }\n` });
    const r = await cli(['validate'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('privacy.yaml:31:21: warning: children.policy:');
    expect(r.err).toBe('privacy.yaml: valid (manifest v1), 1 policy gap\n');
  });

  it('finds privacy.yml when privacy.yaml is absent', async () => {
    const r = await cli(['validate'], scratch({ 'privacy.yml': BASE }));
    expect(r.err).toBe('privacy.yml: valid (manifest v1), 0 policy gaps\n');
  });

  it('a missing manifest is exit 2 with the fix', async () => {
    const r = await cli(['validate'], scratch({}));
    expect(r.code).toBe(2);
    expect(r.out).toBe('privacy.yaml: no such file; write one with "privacy-lint init", or pass --manifest PATH\n');
  });

  it('paths are relative to the working directory', async () => {
    const r = await cli(['validate', '--manifest', 'fixtures/manifests/seed-003.privacy.yaml'], ROOT);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^fixtures\/manifests\/seed-003\.privacy\.yaml:\d+:\d+: warning: /m);
  });

  it('an unknown flag is a usage error with a suggestion', async () => {
    const r = await cli(['validate', '--manfest', 'x.yaml'], ROOT);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: 'privacy-lint validate: unknown option --manfest (did you mean "--manifest"?); see "privacy-lint validate --help"\n',
    });
  });

  it('an unknown command is a usage error with a suggestion', async () => {
    const r = await cli(['valdiate'], ROOT);
    expect(r.code).toBe(2);
    expect(r.err).toBe('privacy-lint: unknown command "valdiate" (did you mean "validate"?); run "privacy-lint --help"\n');
  });
});
