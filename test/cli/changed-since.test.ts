import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureChangedSince } from '../../bench/run/changed-since.mjs';
import { parseDiff } from '../../src/cli/git.js';
import { cli } from './helpers.js';

/**
 * Issue #15 item 2: `check --changed-since REF` reports the findings whose location or flow touches a line changed
 * since REF (its merge base with HEAD), or whose manifest entries changed; it reuses the cache; outside a
 * repository it says so.
 */
const MANIFEST = `version: 1
controller: { name: Changes }
dataItems:
  - { id: email, class: ordinary, kind: email }
  - { id: phone, class: ordinary, kind: phone }
purposes: [{ id: service, basis: contract, items: { required: [email, phone] } }]
retention: [{ id: service, items: [email, phone], end: unspecified }]
officer: [{ email: privacy@changes.example }]
`;
const LOGGER = `export function record(value: string): void {
  console.log('record', value);
}
`;
const USERS = `import { record } from './logger.js';
export interface User {
  /** @personal email */
  email: string;
  /** @personal phone */
  phone: string;
}
export function signup(u: User): void {
  record(u.email);
}
`;
const ORDERS = `import type { User } from './users.js';
export function ship(u: User): void {
  console.info('ship to', u.phone);
}
`;

function repo(): { root: string; git: (...args: string[]) => string } {
  const root = mkdtempSync(join(tmpdir(), 'privacy-lint-changed-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [] }, include: ['src'] }));
  writeFileSync(join(root, 'privacy.yaml'), MANIFEST);
  writeFileSync(join(root, '.gitignore'), 'node_modules/\n.privacy-lint-cache/\n');
  writeFileSync(join(root, 'src/logger.ts'), LOGGER);
  writeFileSync(join(root, 'src/users.ts'), USERS);
  writeFileSync(join(root, 'src/orders.ts'), ORDERS);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'start');
  return { root, git };
}

const run = async (root: string, extra: string[]) => {
  const r = await cli(['check', '--format', 'json', ...extra], root);
  return { ...r, at: r.code === 2 ? [] : (JSON.parse(r.out) as { findings: Array<{ file: string; line: number }> }).findings.map((f) => `${f.file}:${f.line}`) };
};

describe('privacy-lint check --changed-since', { timeout: 300_000 }, () => {
  it('keeps the findings whose sink or flow touches a changed line, across files; nothing changed, nothing reported', async () => {
    const { root, git } = repo();
    expect((await run(root, [])).at).toEqual(['src/logger.ts:2', 'src/orders.ts:3']);
    const none = await run(root, ['--changed-since', 'HEAD']);
    expect(none).toMatchObject({ code: 0, at: [] });
    expect(none.err).toMatch(/changed since HEAD \(merge base [0-9a-f]{12}\): 0 files changed/);
    // A change in the caller only: the finding is at the logger (unchanged), its flow passes the changed line.
    git('checkout', '-q', '-b', 'feature');
    writeFileSync(join(root, 'src/users.ts'), USERS.replace('record(u.email);', 'record(u.email); // now recorded'));
    const r = await run(root, ['--changed-since', 'main']);
    expect(r.code).toBe(1);
    expect(r.at).toEqual(['src/logger.ts:2']);
    // the warm cache of the first changed-since run serves the next one
    expect(r.err).toMatch(/cache: analysed \d+ of 3 files/);
    const again = await run(root, ['--changed-since', 'main']);
    expect(again.err).toContain('cache: analysed 0 of 3 files');
    expect(again.at).toEqual(r.at);
  });

  it('main moving on does not count: lines are compared with the merge base', async () => {
    const { root, git } = repo();
    git('checkout', '-q', '-b', 'feature');
    git('checkout', '-q', 'main');
    writeFileSync(join(root, 'src/orders.ts'), ORDERS.replace("'ship to'", "'shipping to'"));
    git('commit', '-q', '-am', 'main moves on');
    git('checkout', '-q', 'feature');
    expect((await run(root, ['--changed-since', 'main'])).at).toEqual([]);
  });

  it('an untracked file counts as changed; so do manifest entries: an item, or a setting a rule reads', async () => {
    const { root } = repo();
    writeFileSync(join(root, 'src/new.ts'), `import type { User } from './users.js';\nexport const f = (u: User) => console.warn(u.email);\n`);
    expect((await run(root, ['--changed-since', 'HEAD'])).at).toEqual(['src/new.ts:2']);
    writeFileSync(join(root, 'src/new.ts'), 'export const nothing = 1;\n');
    // the phone item's entry changes: the findings about phone
    writeFileSync(join(root, 'privacy.yaml'), MANIFEST.replace('{ id: phone, class: ordinary, kind: phone }', '{ id: phone, label: Mobile, class: ordinary, kind: phone }'));
    expect((await run(root, ['--changed-since', 'HEAD'])).at).toEqual(['src/orders.ts:3']);
    // a masker is declared: every finding of the rules reading security.maskers (the logs rule); the manifest's
    // names must name a function of the project (issue #14), so the untracked file declares it
    writeFileSync(join(root, 'src/new.ts'), 'export function mask(s: string): string {\n  return s.replace(/./g, "*");\n}\n');
    writeFileSync(join(root, 'privacy.yaml'), `${MANIFEST}security: { maskers: [mask] }\n`);
    expect((await run(root, ['--changed-since', 'HEAD'])).at).toEqual(['src/logger.ts:2', 'src/orders.ts:3']);
  });

  it('outside a repository, or with an unknown ref, a usage error that says what to do', async () => {
    const root = mkdtempSync(join(tmpdir(), 'privacy-lint-norepo-'));
    writeFileSync(join(root, 'tsconfig.json'), '{}');
    writeFileSync(join(root, 'privacy.yaml'), MANIFEST);
    const outside = await cli(['check', '--changed-since', 'main'], root);
    expect(outside.code).toBe(2);
    expect(outside.err).toMatch(/^privacy-lint check: --changed-since needs a git repository, and \S+ is not in one; run without --changed-since, or in the repository's checkout\n$/);
    const { root: inside } = repo();
    const unknown = await cli(['check', '--changed-since', 'origin/develop'], inside);
    expect(unknown).toMatchObject({ code: 2, err: 'privacy-lint check: --changed-since origin/develop: no such commit, branch or tag in this repository (in CI, fetch it: actions/checkout with fetch-depth: 0, or git fetch origin develop)\n' });
    expect((await cli(['check', '--changed-since', 'HEAD', '--update-baseline'], inside)).code).toBe(2);
  });

  it('reads git diff --unified=0: added and changed ranges, a deletion marks its neighbours, deleted files none', () => {
    const diff = [
      'diff --git a/src/a.ts b/src/a.ts',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -3 +3 @@ x',
      '@@ -10,0 +11,2 @@',
      '@@ -20,3 +22,0 @@',
      'diff --git a/src/gone.ts b/src/gone.ts',
      '--- a/src/gone.ts',
      '+++ /dev/null',
      '@@ -1,4 +0,0 @@',
      '+++ "b/src/my \\"odd\\" name.ts"',
      '@@ -0,0 +1 @@',
    ].join('\n');
    expect(parseDiff(diff, '/repo')).toEqual(new Map([
      ['/repo/src/a.ts', [[3, 3], [11, 12], [22, 23]]],
      ['/repo/src/my "odd" name.ts', [[1, 1]]],
    ]));
  });

  it('on a generated project after a one-file change: exactly the full run restricted to the change', () => {
    const r = measureChangedSince({ files: 60 });
    expect(r.expected).toBeGreaterThan(0);
    expect(r.changed).toBe(r.expected);
    expect(r.equal).toBe(true);
    expect(r.analysed![0]).toBeLessThan(r.analysed![1]!);
  });
});
