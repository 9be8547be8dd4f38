/**
 * Issue #14 item 4: hostile manifests end in a manifest error at their line, never a hang or a stack trace: an
 * alias bomb, a catastrophic regular expression, a file that is not regular, text that is not UTF-8.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, readManifest } from '../../src/manifest/load.js';
import { ROOT, cli } from '../cli/helpers.js';

const BASE = `version: 1
controller: { name: Shop }
dataItems:
  - { id: email, class: ordinary, kind: email, match: { fields: ["PATTERN"] } }
purposes:
  - { id: service, basis: contract, items: { required: [email] } }
retention:
  - { id: service, items: [email], end: unspecified }
officer: [{ email: privacy@shop.example }]
`;
const errors = (text: string) => parseManifest(text).diagnostics.filter((d) => d.severity === 'error');

describe('hostile manifests', () => {
  it('a YAML alias bomb is one error at the first alias, exit 2 (validate and check), no stack trace', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [x, y] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) levels.push(`${x}: &${x} [${Array(9).fill(`*${y}`).join(',')}]`);
    const text = `version: 1\ncontroller: { name: x }\n${levels.join('\n')}\n`;
    expect(errors(text)).toMatchObject([{ line: 4, column: 8, code: 'alias-bomb', message: expect.stringMatching(/aliases .* expand to too many values/) }]);
    const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-bomb-'));
    writeFileSync(join(dir, 'privacy.yaml'), text);
    for (const command of ['validate', 'check']) {
      const r = await cli([command, '--manifest', join(dir, 'privacy.yaml'), ...(command === 'check' ? ['--project', join(ROOT, 'fixtures/monorepo')] : [])], dir);
      expect(r.code).toBe(2);
      expect(r.out + r.err).toContain('privacy.yaml:4:8: YAML aliases');
      expect(r.err).not.toMatch(/internal error|at \S+ \(/);
    }
    // a few aliases are fine
    expect(errors(`${BASE.replace('"PATTERN"', '"^mail$"')}x: &x 1\ny: *x\n`).filter((d) => d.code === 'alias-bomb')).toEqual([]);
  });

  it('a catastrophic regular expression in match.fields is rejected at its line; a plain one is accepted', () => {
    const bad = errors(BASE.replace('PATTERN', '^(a+)+$'));
    expect(bad).toMatchObject([{ line: 4, code: 'unsafe-regex', path: ['dataItems', 0, 'match', 'fields', 0], message: expect.stringContaining('can backtrack catastrophically') }]);
    expect(errors(BASE.replace("PATTERN", "(x|xx)*y"))).toMatchObject([{ code: "unsafe-regex" }]);
    expect(errors(BASE.replace("PATTERN", "^(?:.*_)?health_?note$"))).toEqual([]);
    expect(errors(BASE.replace('PATTERN', '^card_?no$'))).toEqual([]);
  });

  it('a manifest that is not a regular file, or not UTF-8, is an error', () => {
    expect(readManifest('/dev/zero').diagnostics).toMatchObject([{ severity: 'error', message: expect.stringContaining('is not a regular file') }]);
    const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-utf8-'));
    writeFileSync(join(dir, 'privacy.yaml'), Buffer.concat([Buffer.from('version: 1\ncontroller: { name: "caf'), Buffer.from([0xe9]), Buffer.from('" }\n')]));
    expect(readManifest(join(dir, 'privacy.yaml')).diagnostics).toMatchObject([{ severity: 'error', line: 2, column: 25, code: 'encoding' }]);
  });

  it('YAML values with misleading messages before: a second document, .inf, !!binary', () => {
    expect(errors('version: 1\ncontroller: { name: x }\n---\nversion: 1\n')).toMatchObject([{ line: 3, column: 1, message: 'a second YAML document ("---") here: the manifest is one document; remove the "---" line and merge the two parts' }]);
    const odd = errors('version: .inf\ncontroller: { name: !!binary aGVsbG8= }\n').map((d) => d.message);
    expect(odd).toContain('expected 1, got .inf (infinity)');
    expect(odd).toContain('expected text, got binary data (!!binary)');
  });
});
