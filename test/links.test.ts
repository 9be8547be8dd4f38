import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/eslint/rules.js';
import { REPOSITORY_URL, docsUrl, ruleDocsUrl } from '../src/links.js';
import { formatSarif } from '../src/reporters/sarif.js';
import { CHECKS } from '../src/results/run.js';
import { VERSION } from '../src/version.js';
import { ROOT } from './cli/helpers.js';

/**
 * Issue #15 item 8: every address we print comes from package.json (repository, version) and names a file the
 * package ships, at the release's tag, so a link resolves once the release is tagged (`v<version>`).
 */
describe('links', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string }; homepage: string; bugs: { url: string } };

  it('package.json has repository, homepage and bugs, all at one repository', () => {
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs.url).toBe(`${REPOSITORY_URL}/issues`);
    expect(REPOSITORY_URL).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
  });

  it('ESLint docs.url, SARIF helpUri and ruleDocsUrl agree, at this version, on a page the package ships', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel=error'], { cwd: ROOT, encoding: 'utf8' })) as Array<{ files: Array<{ path: string }> }>;
    const shipped = new Set(packed[0]!.files.map((f) => f.path));
    const sarif = JSON.parse(formatSarif({ findings: [], stats: { files: 0, durationMs: 0, projects: [], notAnalysed: [] }, cwd: ROOT, root: ROOT })) as Log;
    const prefix = `${REPOSITORY_URL}/blob/v${VERSION}/`;
    for (const check of CHECKS) {
      const url = ruleDocsUrl(check.name);
      expect(url).toBe(`${prefix}docs/rules/${check.name}.md`);
      expect(rules[check.name].meta.docs?.url).toBe(url);
      expect(sarif.runs[0]!.tool.driver.rules!.find((r) => r.name === check.name)!.helpUri).toBe(url);
      expect(shipped.has(url.slice(prefix.length)), `${url.slice(prefix.length)} is in the package`).toBe(true);
    }
    expect(docsUrl('/docs/cli.md')).toBe(`${prefix}docs/cli.md`);
    expect(shipped.has('docs/examples/privacy.yaml')).toBe(true);
  });
});
