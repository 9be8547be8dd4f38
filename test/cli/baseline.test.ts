import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BaselineFile } from '../../src/results/baseline.js';
import { cli } from './helpers.js';

/**
 * Issue #15 item 1 and its "done when": a project with 40 findings adopts privacy-lint in CI with a baseline. The
 * first run is green, a new leak in a pull request is red, a fixed leak is a stale baseline entry; fingerprints
 * survive line shifts and unrelated edits; the file is sorted, stable and keeps what reviewers wrote.
 */
const MANIFEST = `version: 1
controller: { name: Adoption }
dataItems:
  - { id: email, class: ordinary, kind: email }
  - { id: phone, class: ordinary, kind: phone }
purposes: [{ id: service, basis: contract, items: { required: [email, phone] } }]
retention: [{ id: service, items: [email, phone], end: unspecified }]
officer: [{ email: privacy@adoption.example }]
`;

const MEMBER = `export interface Member {
  id: number;
  /** @personal email */
  email: string;
  /** @personal phone */
  phone: string;
}
`;

/** Module n: two findings (an email and a phone logged), so 20 modules make the 40 findings a team starts with. */
const moduleText = (n: number, extra = '') => `import type { Member } from './member.js';
${extra}
export function handler${n}(m: Member): number {
  console.log('signed up', m.email);
  const id = m.id + ${n};
  console.info('notified', m.phone);
  return id;
}
`;

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'privacy-lint-baseline-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [] }, include: ['src'] }));
  writeFileSync(join(root, 'privacy.yaml'), MANIFEST);
  writeFileSync(join(root, 'src/member.ts'), MEMBER);
  for (let n = 1; n <= 20; n++) writeFileSync(join(root, `src/module${String(n).padStart(2, '0')}.ts`), moduleText(n));
  return root;
}

interface Json {
  findings: Array<{ file: string; line: number; ruleId: string }>;
  baseline?: { file: string; known: number; stale: Array<{ file: string; rule: string }> };
}
const check = async (root: string, extra: string[] = []) => {
  const r = await cli(['check', '--format', 'json', ...extra], root);
  return { ...r, json: r.code === 2 ? undefined : (JSON.parse(r.out) as Json) };
};
const BASELINE = ['--baseline', 'privacy-baseline.json'];
const git = (root: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });

describe('adopting privacy-lint with a baseline', { timeout: 240_000 }, () => {
  it('40 findings: baseline written, first CI run green, a new leak red, a fixed leak stale', async () => {
    const root = project();
    const before = await check(root);
    expect(before.code).toBe(1);
    expect(before.json!.findings).toHaveLength(40);

    // Adoption: write the baseline, commit it.
    const update = await check(root, ['--update-baseline']);
    expect(update.code).toBe(0);
    expect(update.err).toContain('privacy-lint: wrote privacy-baseline.json (40 findings)');
    const file = JSON.parse(readFileSync(join(root, 'privacy-baseline.json'), 'utf8')) as BaselineFile;
    expect(file.version).toBe(1);
    expect(file.findings).toHaveLength(40);
    expect(Object.keys(file.findings[0]!)).toEqual(['fingerprint', 'rule', 'file', 'items', 'message']);
    expect(file.findings.slice(0, 2).map((e) => [e.rule, e.file, e.items])).toEqual(
      expect.arrayContaining([['privacy/no-personal-data-in-logs', 'src/module01.ts', ['email']], ['privacy/no-personal-data-in-logs', 'src/module01.ts', ['phone']]]),
    );
    expect(readFileSync(join(root, 'privacy-baseline.json'), 'utf8')).not.toMatch(/"line"|\d{4}-\d\d-\d\d/);

    // First CI run: green, and it says what it left out.
    const first = await check(root, BASELINE);
    expect(first.code).toBe(0);
    expect(first.json!.findings).toEqual([]);
    expect(first.json!.baseline).toEqual({ file: 'privacy-baseline.json', known: 40, stale: [] });
    const text = await cli(['check', ...BASELINE], root);
    expect(text.out).toContain('Baseline privacy-baseline.json: 40 known findings not shown.');

    // Lines move and unrelated code changes: still green.
    writeFileSync(join(root, 'src/module03.ts'), moduleText(3, '// a comment\nconst unrelated = 42;\nexport const answer = unrelated;\n'));
    writeFileSync(join(root, 'src/member.ts'), `// moved down\n\n${MEMBER}`);
    expect((await check(root, BASELINE)).code).toBe(0);

    // A pull request adds a leak: red, and only the new finding is reported.
    writeFileSync(join(root, 'src/leak.ts'), `import type { Member } from './member.js';\nexport function leak(m: Member): void {\n  console.warn('leak', m.email);\n}\n`);
    const red = await check(root, BASELINE);
    expect(red.code).toBe(1);
    expect(red.json!.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['src/leak.ts:3 privacy/no-personal-data-in-logs']);
    expect(red.json!.baseline!.known).toBe(40);

    // A second identical leak in a known file is new too (occurrences are counted).
    rmSync(join(root, 'src/leak.ts'));
    writeFileSync(join(root, 'src/module05.ts'), `${moduleText(5)}export function again(m: import('./member.js').Member): void {\n  console.log('signed up', m.email);\n}\n`);
    const twice = await check(root, BASELINE);
    expect(twice.code).toBe(1);
    expect(twice.json!.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['src/module05.ts:10']);
    writeFileSync(join(root, 'src/module05.ts'), moduleText(5));

    // A leak is fixed: its entry is stale, a warning that does not fail the run unless asked.
    writeFileSync(join(root, 'src/module07.ts'), moduleText(7).replace("console.info('notified', m.phone);", "console.info('notified', m.id);"));
    const fixed = await check(root, BASELINE);
    expect(fixed.code).toBe(0);
    expect(fixed.json!.baseline!.known).toBe(39);
    expect(fixed.json!.baseline!.stale).toEqual([expect.objectContaining({ file: 'src/module07.ts', rule: 'privacy/no-personal-data-in-logs' })]);
    expect(fixed.err).toMatch(/privacy-lint: warning: privacy-baseline.json: stale entry \(no such finding any more: fixed, or changed\): src\/module07.ts privacy\/no-personal-data-in-logs: `phone`/);
    expect(fixed.err).toContain('privacy-lint: privacy-baseline.json: 1 stale entry; remove it with --update-baseline');
    expect((await check(root, [...BASELINE, '--fail-on-stale'])).code).toBe(1);
  });

  it('an update keeps what reviewers wrote, drops stale entries, and gives the same bytes when nothing changed', async () => {
    const root = project();
    await check(root, ['--update-baseline']);
    const path = join(root, 'privacy-baseline.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as BaselineFile;
    file.findings[3] = { ...file.findings[3]!, author: 'dpo@adoption.example', reason: 'access log kept by law (PRIV-3)' };
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    const reviewed = file.findings[3]!.fingerprint;

    writeFileSync(join(root, 'src/module20.ts'), moduleText(20).replace("console.log('signed up', m.email);", ''));
    const update = await check(root, ['--update-baseline']);
    expect(update.err).toContain('wrote privacy-baseline.json (39 findings; was 40)');
    const text = readFileSync(path, 'utf8');
    const after = JSON.parse(text) as BaselineFile;
    expect(after.findings.find((e) => e.fingerprint === reviewed)).toMatchObject({ author: 'dpo@adoption.example', reason: 'access log kept by law (PRIV-3)' });
    const order = after.findings.map((e) => `${e.file}\0${e.rule}\0${e.fingerprint}`);
    expect(order).toEqual([...order].sort());
    expect(text).toMatch(/"items": \["email"\]/);
    await check(root, ['--update-baseline']);
    expect(readFileSync(path, 'utf8')).toBe(text);
    // --rule updates its rule's entries only
    await check(root, ['--update-baseline', '--rule', 'privacy/valid-annotations']);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('in CI on a pull request: baseline from the main branch, --changed-since main, a new leak red', async () => {
    const root = project();
    await check(root, ['--update-baseline']);
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'adopt privacy-lint');
    git(root, 'checkout', '-q', '-b', 'feature');
    const green = await check(root, [...BASELINE, '--changed-since', 'main']);
    expect(green.code).toBe(0);
    writeFileSync(join(root, 'src/module09.ts'), `${moduleText(9)}export function audit(m: import('./member.js').Member): void {\n  console.error('audit', m.phone);\n}\n`);
    git(root, 'commit', '-q', '-am', 'audit log');
    const red = await check(root, [...BASELINE, '--changed-since', 'main']);
    expect(red.code).toBe(1);
    expect(red.json!.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['src/module09.ts:10']);
  });

  it('a broken or missing baseline is a usage error with its position; --fail-on-stale needs --baseline', async () => {
    const root = project();
    writeFileSync(join(root, 'privacy-baseline.json'), '{ "version": 1, "findings": [ { "fingerprint": "nope" } ] }\n');
    const bad = await check(root, BASELINE);
    expect(bad.code).toBe(2);
    expect(bad.err.split('\n')[0]).toBe('privacy-baseline.json:1:31: findings[0]: missing required key "file"');
    expect(bad.err).toContain('privacy-baseline.json:1:48: findings[0].fingerprint: "nope" is not a fingerprint');
    writeFileSync(join(root, 'privacy-baseline.json'), '{ "version": 1, "findings": [ }\n');
    expect((await check(root, BASELINE)).err).toMatch(/^privacy-baseline.json:1:\d+: not valid JSON/);
    const missing = await check(root, ['--baseline', 'nowhere.json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('nowhere.json: no such file; write it with "privacy-lint check --update-baseline --baseline FILE"\n');
    expect((await check(root, ['--fail-on-stale'])).err).toBe('privacy-lint check: --fail-on-stale needs --baseline FILE\n');
  });
});
