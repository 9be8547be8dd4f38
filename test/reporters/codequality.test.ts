import { describe, expect, it } from 'vitest';
import type { CodeQualityIssue } from '../../src/reporters/codequality.js';
import { ROOT, cli } from '../cli/helpers.js';

/**
 * Issue #15 item 3 (GitLab): `check --format codequality` writes GitLab's Code Quality report: paths from the
 * repository's root (GitLab resolves them there), the fingerprint SARIF and the baseline use, severities GitLab knows.
 */
describe('check --format codequality', () => {
  it("GitLab's Code Quality issues, one per finding, paths from the repository root", { timeout: 120_000 }, async () => {
    const FIXTURE = 'fixtures/checks/eslint-parity';
    // Run from the fixture's own folder: the paths are still from the repository's root, as in SARIF.
    const r = await cli(['check', '--format', 'codequality'], `${ROOT}/${FIXTURE}`);
    expect(r.code, r.err).toBe(1);
    const issues = JSON.parse(r.out) as CodeQualityIssue[];
    expect(issues.map((i) => `${i.location.path}:${i.location.lines.begin} ${i.check_name} ${i.severity}`)).toEqual([
      `${FIXTURE}/src/contact.ts:11 privacy/no-personal-data-in-logs minor`,
      `${FIXTURE}/src/contact.ts:14 privacy/valid-annotations major`,
      `${FIXTURE}/src/contact.ts:21 privacy/no-personal-data-in-logs minor`,
      `${FIXTURE}/src/contact.ts:23 privacy/no-personal-data-in-logs minor`,
      `${FIXTURE}/src/mailer.ts:2 privacy/no-undeclared-transfer major`,
    ]);
    for (const i of issues) {
      expect(Object.keys(i)).toEqual(['description', 'check_name', 'fingerprint', 'severity', 'location']);
      expect(i.fingerprint).toMatch(/^[0-9a-f]{32}:\d+$/);
      expect(i.description.length).toBeGreaterThan(20);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    const sarif = JSON.parse((await cli(['check', '--format', 'sarif'], `${ROOT}/${FIXTURE}`)).out) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> };
    expect(sarif.runs[0]!.results.map((x) => x.partialFingerprints['privacyLint/v1'])).toEqual(issues.map((i) => i.fingerprint));
  });
});
