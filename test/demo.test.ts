import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;

describe('npm run demo', () => {
  it('runs the CLI on fixtures/demo-app and explains what it shows', { timeout: 120_000 }, () => {
    // dist/ is built by `npm test` before vitest runs, as `npm run demo` builds it first.
    for (const file of ['privacy-report.html', 'privacy-report.md']) rmSync(join(ROOT, 'test-output/demo', file), { force: true });
    const r = spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('$ privacy-lint validate --manifest fixtures/demo-app/privacy.yaml');
    expect(r.stdout).toMatch(/fixtures\/demo-app\/privacy\.yaml: valid \(manifest v1\), \d+ policy gaps/);
    expect(r.stdout).toContain('$ privacy-lint check --project fixtures/demo-app/tsconfig.json');
    expect(r.stdout).toMatch(/privacy\/no-undeclared-transfer/);
    expect(r.stdout).toMatch(/✖ \d+ problems/);
    expect(r.stdout).toContain('wrote test-output/demo/privacy.draft.yaml');
    // the review reports, written where the demo says they are
    expect(r.stdout).toContain('$ privacy-lint report --project fixtures/demo-app/tsconfig.json --manifest fixtures/demo-app/privacy.yaml --output test-output/demo --format html');
    expect(r.stdout).toMatch(/privacy-lint: wrote test-output\/demo\/privacy-report\.html \(\d+(\.\d)? (B|kB|MB), 9 errors in 8 rules; \d+ policy gaps\) in \d+\.\d s/);
    expect(r.stdout).toMatch(/privacy-lint: wrote test-output\/demo\/privacy-report\.md \(\d+(\.\d)? (B|kB|MB), /);
    expect(r.stdout).toContain('The reports are in test-output/demo/:');
    expect(r.stdout).toContain('(open it in a browser');
    for (const file of ['privacy-report.html', 'privacy-report.md']) {
      const path = join(ROOT, 'test-output/demo', file);
      expect(existsSync(path), path).toBe(true);
      expect(r.stdout).toContain(path);
    }
    expect(readFileSync(join(ROOT, 'test-output/demo/privacy-report.md'), 'utf8')).toMatch(/^# Privacy review: Seoul Public Service Reservations\n/);
  });

  it('the demo app type-checks against the real packages', { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'fixtures/demo-app/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stdout).toBe(0);
  });
});
