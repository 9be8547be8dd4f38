/**
 * Issue #14: one file never takes the run down (deep expressions: a 5,000-term `+`, 3,000 nested parentheses,
 * 2,000 nested calls), what was not analysed is said, and the exit codes tell a result from a problem from a bug:
 * 1 findings, 2 --fail-on-incomplete / write errors / manifest names matching no code, 3 internal error.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { ROOT, cli } from './helpers.js';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-faults-'));
  temps.push(dir);
  return dir;
}

/** A project with one ordinary finding and three files nested too deeply. */
function deepProject(): string {
  const dir = temp();
  mkdirSync(join(dir, 'src'));
  cpSync(join(ROOT, 'fixtures/monorepo/privacy.yaml'), join(dir, 'privacy.yaml'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [] }, include: ['src'] }));
  writeFileSync(join(dir, 'src/ok.ts'), 'export interface Member { id: number; email: string }\nexport function leak(m: Member): void {\n  console.log(m.email);\n}\n');
  const terms = Array.from({ length: 5000 }, (_, i) => `"x${i}"`).join(' + ');
  writeFileSync(join(dir, 'src/plus.ts'), `export function big(): string {\n  return ${terms};\n}\n`);
  writeFileSync(join(dir, 'src/parens.ts'), `export const p = ${'('.repeat(3000)}1${')'.repeat(3000)};\n`);
  writeFileSync(join(dir, 'src/calls.ts'), `function f(x: unknown): unknown { return x; }\nexport const c = ${'f('.repeat(2000)}1${')'.repeat(2000)};\n`);
  return dir;
}

describe('fault isolation', { timeout: 120_000 }, () => {
  const dir = deepProject();

  it('check: the run completes, the other files\' findings are reported, each deep file is listed as not analysed', async () => {
    const r = await cli(['check', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as { findings: Array<{ file: string; line: number }>; stats: { files: number; notAnalysed: Array<{ file: string; reason: string }> } };
    expect(j.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['src/ok.ts:3']);
    expect(j.stats.notAnalysed.map((s) => s.file)).toEqual(['src/calls.ts', 'src/parens.ts', 'src/plus.ts']);
    expect(j.stats.notAnalysed[0]!.reason).toMatch(/nests too deeply for TypeScript's parser/);
    expect(j.stats.notAnalysed[2]!.reason).toMatch(/nested more than 1000 levels deep .* at 2:\d+/);
    expect(r.err).toContain('privacy-lint: warning: src/parens.ts: not analysed');
    const text = await cli(['check'], dir);
    expect(text.out).toMatch(/✖ 1 problem .* in 2 files[^]*Not analysed \(3\):\n {2}src\/calls\.ts: /);
  });

  it('--fail-on-incomplete turns files not analysed into exit 2; report and init complete too', async () => {
    const r = await cli(['check', '--fail-on-incomplete'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('3 files not analysed completely (listed above); exit code 2 because of --fail-on-incomplete');
    const report = await cli(['report', '--format', 'json'], dir);
    expect(report.code).toBe(1);
    expect((JSON.parse(report.out) as { skipped: Array<{ file: string }> }).skipped.map((s) => s.file)).toEqual(['src/calls.ts', 'src/parens.ts', 'src/plus.ts']);
    const init = await cli(['init', '--output', join(dir, 'draft.yaml')], dir);
    expect(init.code).toBe(0);
    expect(init.err).toMatch(/src\/parens\.ts: nested too deeply for TypeScript's parser/);
  });

  it('check --output to a directory or a path under a file is exit 2 with one line; a missing folder is created', async () => {
    const r = await cli(['check', '--output', 'src'], dir);
    expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/privacy-lint check: cannot write src \(EISDIR\); pass --output FILE/) });
    const under = await cli(['check', '--output', 'src/ok.ts/out.json'], dir);
    expect(under.code).toBe(2);
    expect(under.err).not.toMatch(/internal error|\n\s+at /);
    const made = await cli(['check', '--format', 'json', '--output', 'out/deep/result.json'], dir);
    expect(made.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out/deep/result.json'), 'utf8'))).toHaveProperty('stats.notAnalysed');
  });

  it('an internal error is exit 3 with one line; --debug adds the stack', async () => {
    const io = (debug: string[]) => ({ out: () => { throw new TypeError('boom'); }, err: (t: string) => void debug.push(t), cwd: ROOT, colour: false });
    const lines: string[] = [];
    expect(await run(['validate', '--manifest', 'fixtures/monorepo/privacy.yaml'], io(lines))).toBe(3);
    expect(lines.join('')).toMatch(/^privacy-lint: internal error \(a bug in privacy-lint, not in your code or manifest\): TypeError: boom\. Please report it at .*--debug.*\n$/);
    const withStack: string[] = [];
    expect(await run(['validate', '--debug', '--manifest', 'fixtures/monorepo/privacy.yaml'], io(withStack))).toBe(3);
    expect(withStack.join('')).toMatch(/\n\s+at /);
  });
});

describe('names the manifest gives for code are checked against the project (check)', { timeout: 60_000 }, () => {
  it('an events.<id>.code handler or a masker that matches no function is a manifest error at its line, with did-you-mean', async () => {
    const dir = temp();
    cpSync(join(ROOT, 'fixtures/monorepo'), dir, { recursive: true });
    const manifest = readFileSync(join(dir, 'privacy.yaml'), 'utf8');
    writeFileSync(join(dir, 'privacy.yaml'), `${manifest}events:\n  withdrawal:\n    code: ["packages/api/src/signup.ts#signUp"]\nsecurity:\n  maskers: ["describePlam"]\n`);
    const r = await cli(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('privacy.yaml:15:12: events.withdrawal.code[0]: "packages/api/src/signup.ts#signUp" names no function of the project: packages/api/src/signup.ts declares no function "signUp" (did you mean "packages/api/src/signup.ts#signup"?)');
    expect(r.err).toMatch(/privacy\.yaml:17:\d+: security\.maskers\[0\]: "describePlam" names no function of the project, so nothing counts as this masker \(did you mean "describePlan"\?\)/);
    // the names right: no error
    writeFileSync(join(dir, 'privacy.yaml'), `${manifest}events:\n  withdrawal:\n    code: ["packages/api/src/signup.ts#signup"]\nsecurity:\n  maskers: ["describePlan"]\n`);
    expect((await cli(['check'], dir)).code).toBe(1);
  });
});
