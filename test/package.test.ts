import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: 'pipe' });

/**
 * The package as a user gets it: `npm pack`, installed into a scratch project from the tarball.
 * The bin must run, the API must import, and the JSON Schema must ship.
 */
describe('the packed package', () => {
  it('installs from a tarball and works there', { timeout: 300_000 }, () => {
    const scratch = mkdtempSync(join(tmpdir(), 'privacy-lint-pack-'));
    npm(['pack', '--pack-destination', scratch], ROOT);
    const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    const project = join(scratch, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', join(scratch, tarball!)], project);

    const bin = spawnSync(join(project, 'node_modules/.bin/privacy-lint'), ['validate', '--manifest', join(ROOT, 'fixtures/manifests/seed-001.privacy.yaml')], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(bin.status, bin.stderr).toBe(0);
    expect(bin.stderr).toMatch(/valid \(manifest v1\)/);

    const api = execFileSync(process.execPath, ['--input-type=module', '-e', "import { loadManifest, VERSION } from 'privacy-lint'; console.log(typeof loadManifest, VERSION)"], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(api.trim()).toMatch(/^function \d+\.\d+\.\d+/);
    expect(existsSync(join(project, 'node_modules/privacy-lint/docs/privacy-manifest.schema.json'))).toBe(true);
  });
});
