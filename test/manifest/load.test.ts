import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestError, formatDiagnostic } from '../../src/manifest/diagnostics.js';
import { findManifest, loadManifest, parseManifest, readManifest } from '../../src/manifest/load.js';
import { BASE } from './helpers.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'privacy-lint-manifest-'));

describe('loading manifests', () => {
  it('a file that is not there is one line naming the file and the fix', () => {
    const { diagnostics } = readManifest('nowhere/privacy.yaml');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'nowhere/privacy.yaml: no such file; write one with "privacy-lint init", or pass --manifest PATH',
    ]);
  });

  it('loadManifest throws a ManifestError carrying the diagnostics, never a raw exception', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'privacy.yaml'), BASE.replace('class: credential', 'class: secret'));
    try {
      loadManifest(join(dir, 'privacy.yaml'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ManifestError);
      expect((e as ManifestError).message).toMatch(/privacy\.yaml:10:12: dataItems\[1\]\.class: "secret" is not one of/);
    }
  });

  it('a directory is searched for privacy.yaml, privacy.yml and privacy.json', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'privacy.yml'), BASE);
    expect(readManifest(dir).manifest?.data.controller.name).toBe('Example Co');
  });

  it('findManifest walks up to the nearest manifest', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'privacy.yaml'), BASE);
    mkdirSync(join(dir, 'src', 'users'), { recursive: true });
    expect(findManifest(join(dir, 'src', 'users'))).toBe(join(dir, 'privacy.yaml'));
  });

  it('reads privacy.json through the same parser, with positions', () => {
    const json = JSON.stringify(
      { version: 1, controller: { name: 'Example' }, dataItems: [{ id: 'email', class: 'ordinry' }] },
      null,
      2,
    );
    const errors = parseManifest(json, 'privacy.json').diagnostics.map(formatDiagnostic);
    expect(errors).toEqual([
      'privacy.json:9:16: dataItems[0].class: "ordinry" is not one of "ordinary", "sensitive", "unique_identifier", "credential", "financial" or "auto_collected" (did you mean "ordinary"?)',
    ]);
  });

  it('keeps YAML 1.2 scalars as written (dates stay text)', () => {
    const text = BASE.replace('  name: Example Co\n', '  name: Example Co\n  policy: { effective: 2022-04-07 }\n');
    expect(parseManifest(text).manifest?.data.controller.policy?.effective).toBe('2022-04-07');
  });

  it('positions every key of a loaded manifest, for findings that point into it', () => {
    const { manifest } = parseManifest(BASE);
    expect(manifest?.source.positionOf(['retention', 0, 'end', 'event'])).toEqual({ line: 22, column: 19 });
  });

  it('reports several independent errors at once, sorted by position', () => {
    const text = BASE.replace('class: ordinary', 'class: normal').replace('basis: contract', 'basis: contrakt');
    expect(parseManifest(text).diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(['7:12', '17:12']);
  });
});
