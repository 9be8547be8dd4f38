import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;

describe('npm run demo', () => {
  it('runs the CLI on fixtures/demo-app and explains what it shows', { timeout: 60_000 }, () => {
    // dist/ is built by `npm test` before vitest runs, as `npm run demo` builds it first.
    const r = spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('$ privacy-lint validate --manifest fixtures/demo-app/privacy.yaml');
    expect(r.stdout).toMatch(/fixtures\/demo-app\/privacy\.yaml: valid \(manifest v1\), \d+ policy gaps/);
    expect(r.stdout).toContain('$ privacy-lint check --project fixtures/demo-app/tsconfig.json');
    expect(r.stdout).toMatch(/privacy\/no-undeclared-transfer/);
    expect(r.stdout).toMatch(/✖ \d+ problems/);
    expect(r.stdout).toContain('wrote test-output/demo/privacy.draft.yaml');
  });

  it('the demo app type-checks against the real packages', { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'fixtures/demo-app/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stdout).toBe(0);
  });
});
