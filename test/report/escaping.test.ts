/**
 * Issue #14 (low): Markdown and policy output escape every name from code or the manifest. A folder named
 * "<img src=x onerror=alert(1)>" or a file named "[x](javascript:alert(1)).ts" must show as text, never as HTML
 * or a link, in a report rendered by a Markdown viewer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import type { Report } from '../../src/report/types.js';
import { formatMarkdown } from '../../src/reporters/markdown.js';
import { formatPolicy } from '../../src/reporters/policy.js';
import { ROOT } from '../cli/helpers.js';

const HOSTILE = 'src/<img src=x onerror=alert(1)>/[x](javascript:alert(1))';

/** The demo app's report with every file under a hostile folder and name. */
function hostileReport(): Report {
  const text = readFileSync(join(ROOT, 'test/report/__snapshots__/demo-app.report.json'), 'utf8');
  const renamed = text.replace(/"(file|tsconfig|manifest)": "fixtures\/demo-app\/src\/([^"]*)"/g, (_, key: string, rest: string) => `"${key}": "fixtures/demo-app/${HOSTILE}/${rest}"`);
  expect(renamed).not.toBe(text);
  return JSON.parse(renamed) as Report;
}

describe('names from code are escaped', () => {
  const manifest = loadManifest(join(ROOT, 'fixtures/demo-app/privacy.yaml')).data;

  it('Markdown report', () => {
    const md = formatMarkdown(hostileReport());
    expect(md).toContain('onerror=alert(1)');
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/[^\\]\[x\]\(javascript:/);
  });

  it('policy draft (en, ko)', () => {
    for (const lang of ['en', 'ko'] as const) {
      const md = formatPolicy(hostileReport(), manifest, lang);
      expect(md).toContain('onerror=alert(1)');
      expect(md).not.toMatch(/(?<!\\)<img/);
      expect(md).not.toMatch(/[^\\]\[x\]\(javascript:/);
    }
  });
});
