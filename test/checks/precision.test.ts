/**
 * Precision on real code (issue #12): fixtures/checks/precision holds each cause of a false finding seen on real
 * applications next to its true twin, with the expected findings inline (`// expect: privacy/<rule>`).
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeProject } from '../../src/engine/project.js';
import { loadManifest } from '../../src/manifest/load.js';
import { runChecks } from '../../src/results/run.js';
import { FIXTURES } from '../engine/harness.js';
import { compareFindingsOf } from './harness.js';

describe('precision: the causes of false findings on real applications', () => {
  it('reports exactly the expected findings', () => {
    const { missing, extra } = compareFindingsOf('checks/precision');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('parties through the checker: a client exported through a path alias or a workspace package is the party of the SDK', () => {
    const { missing, extra, findings } = compareFindingsOf('checks/parties');
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    // the wrapper's specifier is never a party: Resend is named, not "@/lib" or "@org/billing"
    expect(findings.map((f) => f.message).join('\n')).not.toMatch(/@\/lib|@org\/billing/);
  });

  it('test files are left out and counted; --include-tests analyses them (a seed is not a test: it stays reported)', () => {
    const root = join(FIXTURES, 'checks/precision');
    const manifest = loadManifest(join(root, 'privacy.yaml')).data;
    const rel = (f: string) => relative(root, f);
    const left = analyzeProject(join(root, 'tsconfig.json'), manifest);
    expect(left.model.testFiles?.map(rel)).toEqual(['src/__tests__/signup.test.ts']);
    expect(left.model.files.map(rel)).toContain('src/seed.ts');
    expect(left.model.stores.map((s) => s.id)).not.toContain('sql:audit_log');

    const all = analyzeProject(join(root, 'tsconfig.json'), manifest, { includeTests: true });
    expect(all.model.testFiles).toBeUndefined();
    const inTests = runChecks(all.model, manifest).filter((f) => rel(f.location.file).startsWith('src/__tests__/'));
    expect(inTests.map((f) => `${f.location.line} ${f.ruleId}`).sort()).toEqual(['7 privacy/no-personal-data-in-logs']);
    expect(all.model.stores.map((s) => s.id)).toContain('sql:audit_log');

    // the manifest's globs replace the conventions: [] makes no file a test
    const none = analyzeProject(join(root, 'tsconfig.json'), { ...manifest, tests: [] });
    expect(none.model.testFiles).toBeUndefined();
  });
});
