import { mkdirSync, mkdtempSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetForTests, stats } from '../../src/eslint/analysis.js';
import plugin from '../../src/plugin.js';
import { typedESLint } from './helpers.js';

/** How the rules behave around the analysis: options, manifest errors and reloads, missing type information. */

const MANIFEST = `version: 1
controller: { name: Setup fixture }
dataItems:
  - { id: email, class: ordinary, kind: email }
purposes:
  - { id: membership, basis: contract, items: { required: [email] } }
retention:
  - { id: membership, items: [email], end: unspecified }
`;

const CODE = `interface Member { id: number; email: string }
export function onSignup(member: Member): void {
  console.log('signup', member.email);
}
`;

/** A scratch project: tsconfig.json, privacy.yaml, src/a.ts and src/b.ts (each logging an email). */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'privacy-lint-eslint-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(
    join(root, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [] }, include: ['src'] }),
  );
  writeFileSync(join(root, 'privacy.yaml'), MANIFEST);
  writeFileSync(join(root, 'src/a.ts'), CODE);
  writeFileSync(join(root, 'src/b.ts'), CODE);
  return root;
}

const messagesOf = (results: ESLint.LintResult[]) =>
  results.flatMap((r) => r.messages.map((m) => ({ file: r.filePath.replace(/^.*\/src\//, ''), ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, message: m.message })));

const logsRule = (options?: object): Linter.Config => ({ rules: { 'privacy/no-personal-data-in-logs': options ? ['error', options] : 'error' } });
const onlyLogs = (root: string, options?: object) => typedESLint(root, { plugins: { privacy: plugin } }, [logsRule(options)]);

beforeEach(() => resetForTests());

describe('the privacy rules in an ESLint run', () => {
  it("report a finding over the sink call's range", async () => {
    const root = project();
    const [a] = messagesOf(await onlyLogs(root).lintFiles(['src/a.ts']));
    expect(a).toMatchObject({ ruleId: 'privacy/no-personal-data-in-logs', messageId: 'finding', line: 3, column: 3, endLine: 3, endColumn: 38 });
    expect(a!.message).toMatch(/^`email` \(Member\.email.*\) is logged via console\.log\. .*security\.maskers\.$/);
  });

  it('take the manifest from the `manifest` option, relative to the working directory', async () => {
    const root = project();
    mkdirSync(join(root, 'policy'));
    renameSync(join(root, 'privacy.yaml'), join(root, 'policy/privacy.yaml'));
    const found = messagesOf(await onlyLogs(root, { manifest: 'policy/privacy.yaml' }).lintFiles(['src/a.ts']));
    expect(found.map((m) => m.messageId)).toEqual(['finding']);
  });

  it('say once that no manifest was found, on line 1 of one file, with the fix', async () => {
    const root = project();
    renameSync(join(root, 'privacy.yaml'), join(root, 'elsewhere.yaml'));
    const found = messagesOf(await typedESLint(root, plugin.configs.strict).lintFiles(['src/*.ts']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId: 'setup', line: 1, column: 1 });
    expect(found[0]!.message).toContain('No privacy.yaml found');
    expect(found[0]!.message).toContain('privacy-lint init');
  });

  it('report an invalid manifest once, on line 1 of one file, as file:line:col', async () => {
    const root = project();
    writeFileSync(join(root, 'privacy.yaml'), MANIFEST.replace('class: ordinary', 'class: ordinry'));
    const found = messagesOf(await typedESLint(root, plugin.configs.strict).lintFiles(['src/*.ts']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId: 'setup', line: 1, column: 1 });
    expect(found[0]!.message).toContain(`${join(root, 'privacy.yaml')}:4:`);
    expect(found[0]!.message).toContain('privacy-lint validate');
  });

  it('load the manifest once, and again only when it changes', async () => {
    const root = project();
    const lint = async () => messagesOf(await onlyLogs(root).lintFiles(['src/*.ts'])).map((m) => `${m.file} ${m.messageId}`);
    expect(await lint()).toEqual(['a.ts finding', 'b.ts finding']);
    expect(await lint()).toEqual(['a.ts finding', 'b.ts finding']);
    expect(stats.manifestLoads).toBe(1);

    // The policy no longer declares email as a kind the code holds: nothing to report.
    writeFileSync(join(root, 'privacy.yaml'), MANIFEST.replace('kind: email', 'kind: phone'));
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(root, 'privacy.yaml'), later, later);
    expect(await lint()).toEqual([]);
    expect(stats.manifestLoads).toBe(2);
  });

  it('share one analysis per Program between the rules and files of a run', async () => {
    const root = project();
    await typedESLint(root, plugin.configs.strict).lintFiles(['src/*.ts']);
    expect(stats.analyses).toBe(1);
  });

  it('re-analyse the whole program when one file changes (editor path: no per-SourceFile reuse yet)', async () => {
    const root = project();
    const eslint = typedESLint(root, plugin.configs.strict);
    await eslint.lintFiles(['src/*.ts']);
    const [edited] = await eslint.lintText(CODE.replace("'signup'", "'signed up'"), { filePath: join(root, 'src/a.ts') });
    expect(edited!.messages.map((m) => m.ruleId)).toEqual(['privacy/no-personal-data-in-logs']);
    expect(stats.analyses).toBe(2);
  });
});

describe('without type information', () => {
  const untyped = (root: string) =>
    new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, plugin.configs.recommended as Linter.Config],
    });

  it('the rules say so once per process, on line 1 of one file, naming projectService, and never crash', async () => {
    const root = project();
    const first = messagesOf(await untyped(root).lintFiles(['src/*.ts']));
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ messageId: 'noTypeInformation', line: 1, column: 1 });
    expect(first[0]!.message).toContain('parserOptions.projectService');
    expect(messagesOf(await untyped(root).lintFiles(['src/*.ts']))).toEqual([]);
  });

  it('the same with the default parser on JavaScript', async () => {
    const root = project();
    writeFileSync(join(root, 'src/c.js'), 'export const answer = 42;\n');
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended as Linter.Config] });
    const found = messagesOf(await eslint.lintFiles(['src/c.js']));
    expect(found.map((m) => m.messageId)).toEqual(['noTypeInformation']);
  });
});
