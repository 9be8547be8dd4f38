/** `privacy-lint report`: formats, --output DIR, and the usage errors (exit 2, one line, what to do). */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { ROOT, cli } from '../cli/helpers.js';
import { run } from '../../src/cli/run.js';

const DEMO = ['--project', 'fixtures/demo-app/tsconfig.json', '--manifest', 'fixtures/demo-app/privacy.yaml'];
const tmp = mkdtempSync(join(tmpdir(), 'privacy-lint-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('privacy-lint report', () => {
  it('--format md: the Markdown report on stdout, progress on stderr, exit 1 on error findings', async () => {
    const r = await cli(['report', ...DEMO, '--format', 'md'], ROOT);
    expect(r.code).toBe(1);
    expect(r.out.startsWith('# Privacy review: Seoul Public Service Reservations\n')).toBe(true);
    expect(r.out).toContain('## Data inventory');
    expect(r.err).toContain('privacy-lint: analysing fixtures/demo-app/tsconfig.json against fixtures/demo-app/privacy.yaml');
    expect(r.err).toMatch(/privacy-lint: 9 errors in 8 rules; \d+ policy gaps \(\d+\.\d s\)\n$/);
  });

  it('--output DIR creates the folder and writes privacy-report.html, saying where and how big', async () => {
    const dir = join(tmp, 'nested', 'out');
    const r = await cli(['report', ...DEMO, '--output', dir], ROOT);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const file = join(dir, 'privacy-report.html');
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/<html/i);
    expect(r.err).toMatch(/privacy-lint: wrote \S*privacy-report\.html \(\d+(\.\d)? (B|kB|MB), 9 errors in 8 rules; \d+ policy gaps\) in \d+\.\d s\n$/);
  });

  it('--format policy --lang ko --output DIR writes privacy-policy.ko.md', async () => {
    const r = await cli(['report', ...DEMO, '--format', 'policy', '--lang', 'ko', '--output', tmp], ROOT);
    expect(r.code).toBe(1);
    const text = readFileSync(join(tmp, 'privacy-policy.ko.md'), 'utf8');
    expect(text.length).toBeGreaterThan(0);
    expect(r.err).toContain('privacy-policy.ko.md');
  });

  it('--format json: the Report as is', async () => {
    const r = await cli(['report', ...DEMO, '--format', 'json', '--output', tmp], ROOT);
    const json = JSON.parse(readFileSync(join(tmp, 'privacy-report.json'), 'utf8')) as Report;
    expect(json.version).toBe(1);
    expect(json.project.tsconfig).toBe('fixtures/demo-app/tsconfig.json');
    expect(r.code).toBe(1);
  });

  it('reviewed exceptions: a suppressed finding is listed with its reason, not counted', async () => {
    const fixture = ['--project', 'fixtures/checks/suppressions', '--manifest', 'fixtures/checks/suppressions/privacy.yaml'];
    const r = await cli(['report', ...fixture, '--format', 'json'], ROOT);
    const json = JSON.parse(r.out) as Report;
    expect(json.suppressed).toEqual([expect.objectContaining({
      ruleId: 'privacy/no-personal-data-in-logs', file: 'fixtures/checks/suppressions/src/audit.ts', line: 3,
      reason: 'the audit log is the access record PIPA Art 29 asks for',
    })]);
    expect(json.findings.some((f) => f.line === 3)).toBe(false);
    const md = await cli(['report', ...fixture, '--format', 'md'], ROOT);
    expect(md.out).toContain('## Reviewed exceptions');
    expect(md.out).toMatch(/\| src\/audit\.ts:3:3 \| \[privacy\/no-personal-data-in-logs\]\([^)]+\) \| `email` \| the audit log is the access record PIPA Art 29 asks for \|/);
  });

  it('usage errors are exit 2 with one line and a fix, before any analysis', async () => {
    const bad = await cli(['report', ...DEMO, '--format', 'htm'], ROOT);
    expect(bad).toEqual({ code: 2, out: '', err: 'privacy-lint report: unknown format "htm" (did you mean "html"?); use html, md, json, policy, xlsx, csv or docx (several: comma-separated)\n' });
    const lang = await cli(['report', ...DEMO, '--lang', 'ko'], ROOT);
    expect(lang).toEqual({ code: 2, out: '', err: 'privacy-lint report: --lang applies to the policy draft only; add --format policy (or docx), or drop --lang\n' });
    const ko = await cli(['report', ...DEMO, '--format', 'policy', '--lang', 'kr'], ROOT);
    expect(ko.code).toBe(2);
    expect(ko.err).toBe('privacy-lint report: unknown language "kr" (did you mean "ko"?); use en or ko\n');
    const flag = await cli(['report', '--formt', 'md'], ROOT);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('unknown option --formt (did you mean "--format"?)');
    const file = await cli(['report', ...DEMO, '--format', 'md', '--output', 'package.json'], ROOT);
    expect(file).toEqual({ code: 2, out: '', err: 'privacy-lint report: --output package.json is a file; --output names a folder (created if missing) to write privacy-report.md into\n' });
    const missing = await cli(['report', '--project', 'nowhere/tsconfig.json'], ROOT);
    expect(missing).toMatchObject({ code: 2, err: "nowhere/tsconfig.json: no such file; run in the project's folder, or pass --project path/to/tsconfig.json\n" });
  });

  it('--format html,md,json,policy: every file from one analysis, each the same as when written alone', async () => {
    const dir = join(tmp, 'several');
    const r = await cli(['report', ...DEMO, '--format', 'html,md,json,policy', '--lang', 'ko', '--output', dir, '--cache', '--cache-location', join(tmp, 'cache')], ROOT);
    expect(r.code).toBe(1);
    expect(r.err.match(/analysing/g)).toHaveLength(1);
    expect(r.err).toMatch(/cache: analysed \d+ of \d+ files/);
    expect(r.err.match(/privacy-lint: wrote \S+/g)!.map((w) => w.replace(/^.*\//, ''))).toEqual(['privacy-report.html', 'privacy-report.md', 'privacy-report.json', 'privacy-policy.ko.md']);
    const alone = await cli(['report', ...DEMO, '--format', 'md'], ROOT);
    expect(readFileSync(join(dir, 'privacy-report.md'), 'utf8')).toBe(alone.out);
    // --cache: the second run reuses what the first kept
    const again = await cli(['report', ...DEMO, '--format', 'json', '--output', dir, '--cache', '--cache-location', join(tmp, 'cache')], ROOT);
    expect(again.err).toContain('cache: analysed 0 of');
    // several formats to stdout cannot be: a usage error before any analysis
    expect(await cli(['report', ...DEMO, '--format', 'md,json'], ROOT)).toEqual({ code: 2, out: '', err: 'privacy-lint report: 2 formats are 2 files; add --output DIR to write them there\n' });
    expect((await cli(['report', ...DEMO, '--format', 'md,jsn', '--output', dir], ROOT)).err).toMatch(/^privacy-lint report: unknown format "jsn" \(did you mean "json"\?\)/);
    expect((await cli(['report', ...DEMO, '--cache-location', dir], ROOT)).err).toBe('privacy-lint report: --cache-location needs --cache\n');
  });

  it('on a terminal, without --output: files in ./privacy-report/, said on stderr, no HTML on the terminal', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'privacy-lint-report-tty-'));
    let out = '';
    let err = '';
    const code = await run(['report', '--project', join(ROOT, 'fixtures/demo-app/tsconfig.json'), '--manifest', join(ROOT, 'fixtures/demo-app/privacy.yaml')], { out: (t) => (out += t), err: (t) => (err += t), cwd, colour: false, tty: true });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(readFileSync(join(cwd, 'privacy-report/privacy-report.html'), 'utf8')).toMatch(/<html/i);
    expect(err).toMatch(/privacy-lint: wrote privacy-report\/privacy-report\.html \(/);
    expect(err).toContain('stdout is a terminal, so the report went to privacy-report/ (--output DIR to choose the folder; pipe or redirect stdout to get one document there)');
    rmSync(cwd, { recursive: true, force: true });
  });

  it('--help lists the formats and exits 0; the top-level help names the command', async () => {
    const r = await cli(['report', '--help'], ROOT);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--format F       html (default');
    expect((await cli(['--help'], ROOT)).out).toContain('report [--format html|md|json|policy] [--output DIR]');
  });
});
