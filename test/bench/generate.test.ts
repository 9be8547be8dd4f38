import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/helpers.js';

const ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
// Inside the repository (bench/projects/ is git-ignored) so the generated imports resolve from its node_modules.
const A = join(ROOT, 'bench', 'projects', `test-generate-${process.pid}-a`);
const B = join(ROOT, 'bench', 'projects', `test-generate-${process.pid}-b`);

function generate(...args: string[]) {
  return spawnSync(process.execPath, ['bench/generate.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
}

function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

describe('bench/generate.mjs', () => {
  beforeAll(() => {
    for (const out of [A, B]) {
      const r = generate('--files', '100', '--out', out, '--quiet');
      expect(r.status, r.stderr).toBe(0);
    }
  });

  afterAll(() => {
    rmSync(A, { recursive: true, force: true });
    rmSync(B, { recursive: true, force: true });
  });

  it('is deterministic: the same size gives byte-identical trees', () => {
    const files = tree(A);
    expect(tree(B)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(A, f)).equals(readFileSync(join(B, f))));
    expect(differing).toEqual([]);
  });

  it('writes exactly N source files, a manifest, a tsconfig, a package.json and the expected findings', () => {
    const files = tree(A);
    expect(files.filter((f) => f.startsWith('src/') && f.endsWith('.ts'))).toHaveLength(100);
    expect(files.filter((f) => !f.startsWith('src/')).sort()).toEqual(['expected-findings.json', 'package.json', 'privacy.yaml', 'tsconfig.json']);
    const pkg = JSON.parse(readFileSync(join(A, 'package.json'), 'utf8')) as { private?: boolean; type?: string };
    expect(pkg).toMatchObject({ private: true, type: 'module' });
    const expected = JSON.parse(readFileSync(join(A, 'expected-findings.json'), 'utf8')) as { findings: unknown[] };
    expect(expected.findings.length).toBeGreaterThan(0);
  });

  it('type-checks with tsc --noEmit against the real packages', { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', join(A, 'tsconfig.json')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stdout).toBe(0);
  });

  it('writes a privacy.yaml that validates', async () => {
    const r = await cli(['validate', '--manifest', join(A, 'privacy.yaml')], ROOT);
    expect(r.code, r.err).toBe(0);
  });

  it('lands within 5% of the asked size at 1,000 and 5,000 files, with a mistake in about one module in ten', () => {
    const script = [
      "import { renderProject } from './bench/generate.mjs';",
      'const out = [1000, 5000].map((files) => ({ files, ...renderProject({ files }).summary }));',
      'console.log(JSON.stringify(out));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const sizes = JSON.parse(r.stdout) as { files: number; sourceFiles: number; modules: number; expectedFindings: number }[];
    for (const s of sizes) {
      expect(Math.abs(s.sourceFiles - s.files) / s.files).toBeLessThanOrEqual(0.05);
      expect(s.expectedFindings / s.modules).toBeGreaterThan(0.05);
      expect(s.expectedFindings / s.modules).toBeLessThan(0.15);
    }
  });

  it('refuses to overwrite a folder it did not generate', () => {
    const other = join(ROOT, 'bench', 'projects', `test-generate-${process.pid}-other`);
    try {
      mkdirSync(other, { recursive: true });
      writeFileSync(join(other, 'notes.txt'), 'not generated\n');
      const r = generate('--files', '100', '--out', other);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/not a generated project/);
      expect(readdirSync(other)).toEqual(['notes.txt']);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
