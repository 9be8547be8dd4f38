import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ESLint } from 'eslint';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetForTests } from '../../src/eslint/analysis.js';
import plugin from '../../src/plugin.js';
import { cli } from '../cli/helpers.js';
import { typedESLint } from './helpers.js';

/**
 * Issue #15 items 1 and 6 on the ESLint side: the plugin honours the baseline file `check --update-baseline` wrote
 * (settings.privacy.baseline), so the editor and CI report the same new findings; a broken baseline is said once;
 * a cross-file finding names where its data entered, and with settings.privacy.reportAtSource is also reported there.
 */
const MANIFEST = `version: 1
controller: { name: Editor }
dataItems:
  - { id: email, class: ordinary, kind: email }
purposes: [{ id: service, basis: contract, items: { required: [email] } }]
retention: [{ id: service, items: [email], end: unspecified }]
officer: [{ email: privacy@editor.example }]
`;
const LOGGER = `export function record(value: string): void {
  console.log('record', value);
}
`;
const USERS = `import { record } from './logger.js';
export interface User {
  /** @personal email */
  email: string;
}
export function signup(u: User): void {
  record(u.email);
}
export function audit(u: User): void {
  console.info('audit', u.email);
}
`;

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'privacy-lint-eslint-baseline-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [] }, include: ['src'] }));
  writeFileSync(join(root, 'privacy.yaml'), MANIFEST);
  writeFileSync(join(root, 'src/logger.ts'), LOGGER);
  writeFileSync(join(root, 'src/users.ts'), USERS);
  return root;
}

const lint = async (root: string, settings?: object) => {
  const eslint = typedESLint(root, plugin.configs.recommended, settings ? [{ settings: { privacy: settings } }] : []);
  return seen(await eslint.lintFiles(['src/**/*.ts']), root);
};
const seen = (results: ESLint.LintResult[], root: string) =>
  results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(root.length + 1)}:${m.line} ${m.ruleId} ${m.message}`)).sort();
const cliAt = async (root: string, extra: string[]) =>
  (JSON.parse((await cli(['check', '--format', 'json', ...extra], root)).out) as { findings: Array<{ file: string; line: number }> }).findings.map((f) => `${f.file}:${f.line}`).sort();

beforeEach(() => resetForTests());

describe('the ESLint plugin and the baseline', { timeout: 180_000 }, () => {
  it('leaves out what the baseline lists, across line shifts, and reports what is new, as check --baseline does', async () => {
    const root = project();
    expect((await lint(root)).map((m) => m.split(' ')[0])).toEqual(['src/logger.ts:2', 'src/users.ts:10']);
    expect((await cli(['check', '--update-baseline'], root)).code).toBe(0);
    const settings = { baseline: 'privacy-baseline.json' };
    expect(await lint(root, settings)).toEqual([]);

    // Lines move; a new leak is added: ESLint and check --baseline both report only the new one.
    writeFileSync(join(root, 'src/users.ts'), `// a header comment\n\n${USERS}export function welcome(u: User): void {\n  console.warn('welcome', u.email);\n}\n`);
    const eslint = await lint(root, settings);
    expect(eslint.map((m) => m.split(' ').slice(0, 2).join(' '))).toEqual(['src/users.ts:15 privacy/no-personal-data-in-logs']);
    expect(await cliAt(root, ['--baseline', 'privacy-baseline.json'])).toEqual(['src/users.ts:15']);
  });

  it('a broken baseline is said once, on line 1, with the fix; a misspelt setting too', async () => {
    const root = project();
    writeFileSync(join(root, 'privacy-baseline.json'), '{ "version": 1, "findings": [ }\n');
    const broken = await lint(root, { baseline: 'privacy-baseline.json' });
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatch(/^src\/\w+\.ts:1 privacy\/[\w-]+ The privacy baseline cannot be used, so no privacy\/\* rule ran: .*privacy-baseline\.json:1:\d+: not valid JSON.*--update-baseline/);
    resetForTests();
    const typo = await lint(root, { baselines: 'privacy-baseline.json' });
    expect(typo).toHaveLength(1);
    expect(typo[0]).toContain('settings.privacy has an unknown key "baselines"');
  });

  it('a cross-file finding names where its data entered; reportAtSource also reports it at that line', async () => {
    const root = project();
    const plain = await lint(root);
    expect(plain[0]).toMatch(/^src\/logger\.ts:2 privacy\/no-personal-data-in-logs `email` from src\/users\.ts:\d+ → /);
    // same-file findings keep the check's message
    expect(plain[1]).toMatch(/^src\/users\.ts:10 privacy\/no-personal-data-in-logs `email` \(User\.email/);
    resetForTests();
    const atSource = await lint(root, { reportAtSource: true });
    expect(atSource).toHaveLength(3);
    expect(atSource.filter((m) => m.includes('entering here reaches console.log at src/logger.ts:2'))).toHaveLength(1);
    expect(atSource.find((m) => m.includes('entering here'))).toMatch(/^src\/users\.ts:\d+ /);
  });
});
