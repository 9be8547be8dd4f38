import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheSchema } from '../../src/engine/incremental-cache.js';
import { ROOT, cli } from './helpers.js';

/**
 * `privacy-lint check --cache` (issue #6 item 5): per-file facts on disk; a second run analyses only the changed
 * files and their importers, and reports exactly what a cold run on the changed project reports.
 */
const MANIFEST = `version: 1
controller: { name: Cache fixture }
dataItems:
  - { id: email, class: ordinary, kind: email }
  - { id: phone, class: ordinary, kind: phone }
purposes:
  - { id: membership, basis: contract, items: { required: [email] } }
retention:
  - { id: membership, items: [email, phone], end: unspecified }
`;

const A = `export interface Member { id: number; email: string; phone: string }
export function notify(member: Member): void {
  console.log('notify', member.id);
}
`;
const B = `import { notify, type Member } from './a.js';
export function signup(member: Member): void {
  notify(member);
}
`;
const C = `export function ping(): number {
  return 1;
}
`;

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'privacy-lint-cache-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [] }, include: ['src'] }));
  writeFileSync(join(root, 'privacy.yaml'), MANIFEST);
  writeFileSync(join(root, 'src/a.ts'), A);
  writeFileSync(join(root, 'src/b.ts'), B);
  writeFileSync(join(root, 'src/c.ts'), C);
  return root;
}

const CACHE = ['--cache', '--cache-location', 'cache'];
const check = (root: string, extra: string[] = []) => cli(['check', '--format', 'json', ...extra], root);
const findings = (out: string) => (JSON.parse(out) as { findings: unknown[] }).findings;
const analysed = (err: string) => /privacy-lint: cache: analysed (\d+) of (\d+) files/.exec(err)?.slice(1).map(Number);

describe('privacy-lint check --cache', { timeout: 120_000 }, () => {
  it('a second run after a one-file change analyses that file only and equals a cold run', async () => {
    const root = project();
    const first = await check(root, CACHE);
    expect(analysed(first.err)).toEqual([3, 3]);
    expect(readdirSync(join(root, 'cache')).filter((f) => f.endsWith('.json'))).toHaveLength(1);

    writeFileSync(join(root, 'src/c.ts'), `${C}export function leak(email: string): void {\n  console.log(email);\n}\n`);
    const second = await check(root, CACHE);
    expect(analysed(second.err)).toEqual([1, 3]);
    const cold = await check(root);
    expect(analysed(cold.err)).toBeUndefined();
    expect(findings(second.out)).toEqual(findings(cold.out));
    expect(findings(second.out).length).toBe(findings(first.out).length + 1);
    expect(second.code).toBe(cold.code);
  });

  it('a change to an imported file re-analyses its importers too; an unchanged project analyses nothing', async () => {
    const root = project();
    await check(root, CACHE);
    writeFileSync(join(root, 'src/a.ts'), A.replace("console.log('notify', member.id);", "console.log('notify', member.phone);"));
    const second = await check(root, CACHE);
    expect(analysed(second.err)).toEqual([2, 3]);
    const cold = await check(root);
    expect(findings(second.out)).toEqual(findings(cold.out));
    expect(JSON.stringify(findings(second.out))).toContain('phone');
    // nothing changed since: nothing analysed, same findings
    const third = await check(root, CACHE);
    expect(analysed(third.err)).toEqual([0, 3]);
    expect(findings(third.out)).toEqual(findings(cold.out));
  });

  it('comments between statements change nothing: no Program is built; a comment inside a function is a change', async () => {
    const root = project();
    const cold = await check(root, CACHE);
    writeFileSync(join(root, 'src/c.ts'), `${C}\n// one-file change\n/* and a block */\n`);
    const r = await check(root, CACHE);
    expect(analysed(r.err)).toEqual([0, 3]);
    expect(findings(r.out)).toEqual(findings(cold.out));
    writeFileSync(join(root, 'src/c.ts'), C.replace('return 1;', '// inside\n  return 1;'));
    expect(analysed((await check(root, CACHE)).err)).toEqual([1, 3]);
    // a moved statement is a change even if only blank lines moved it: locations would differ
    writeFileSync(join(root, 'src/a.ts'), `\n${A}`);
    const moved = await check(root, CACHE);
    expect(analysed(moved.err)).toEqual([2, 3]);
    expect(findings(moved.out)).toEqual(findings((await check(root)).out));
  });

  it('an edit its importers cannot see (outline and summaries unchanged) is analysed alone, on a Program of that file', async () => {
    const root = project();
    await check(root, CACHE);
    writeFileSync(join(root, 'src/a.ts'), `${A}void Promise.resolve(1);\n`);
    const r = await check(root, CACHE);
    expect(analysed(r.err)).toEqual([1, 3]);
    expect(findings(r.out)).toEqual(findings((await check(root)).out));
    // a body that now logs a parameter changes notify's summary: b.ts, which calls it, is analysed too
    writeFileSync(join(root, 'src/a.ts'), `${A.replace("member.id);", "member.id, member.email);")}void Promise.resolve(1);\n`);
    const s = await check(root, CACHE);
    expect(analysed(s.err)).toEqual([2, 3]);
    expect(findings(s.out)).toEqual(findings((await check(root)).out));
    expect(JSON.stringify(findings(s.out))).toContain('email');
  });

  it('a changed manifest or another tool version invalidates the cache', async () => {
    const root = project();
    await check(root, CACHE);
    writeFileSync(join(root, 'privacy.yaml'), `${MANIFEST}security: { maskers: [notify] }\n`);
    expect(analysed((await check(root, CACHE)).err)).toEqual([3, 3]);
    const file = join(root, 'cache', readdirSync(join(root, 'cache')).find((f) => f.endsWith('.json'))!);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { key: { tool: string } };
    data.key.tool = '0.0.0-other';
    writeFileSync(file, JSON.stringify(data));
    const again = await check(root, CACHE);
    expect(analysed(again.err)).toEqual([3, 3]);
    expect(again.err).not.toContain('warning');
  });

  it('a changed Prisma schema (not TypeScript, but stores and encrypted fields come from it) re-analyses everything', async () => {
    const root = project();
    writeFileSync(join(root, 'schema.prisma'), 'model Member {\n  id Int @id\n  email String\n}\n');
    await check(root, CACHE);
    expect(analysed((await check(root, CACHE)).err)).toEqual([0, 3]);
    writeFileSync(join(root, 'schema.prisma'), 'model Member {\n  id Int @id\n  email String /// @encrypted\n}\n');
    expect(analysed((await check(root, CACHE)).err)).toEqual([3, 3]);
  });

  it('a corrupted cache is ignored with a warning, never a crash', async () => {
    const root = project();
    const cold = await check(root, CACHE);
    const file = join(root, 'cache', readdirSync(join(root, 'cache')).find((f) => f.endsWith('.json'))!);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200));
    const r = await check(root, CACHE);
    expect(r.err).toMatch(/privacy-lint: warning: the cache .* is not valid JSON/);
    expect(analysed(r.err)).toEqual([3, 3]);
    expect(findings(r.out)).toEqual(findings(cold.out));
    writeFileSync(file, JSON.stringify({ key: 1, state: [] }));
    const r2 = await check(root, CACHE);
    expect(r2.err).toMatch(/is not a privacy-lint cache/);
    expect(findings(r2.out)).toEqual(findings(cold.out));
  });

  it('a cache altered inside (emptied flows, a wrong inner shape) is discarded with a warning and the result is a cold run\'s; no source text is kept', async () => {
    const root = project();
    writeFileSync(join(root, 'src/a.ts'), A.replace('member.id);', 'member.email);'));
    const cold = await check(root, CACHE);
    expect(findings(cold.out).length).toBeGreaterThan(0);
    const file = join(root, 'cache', readdirSync(join(root, 'cache')).find((f) => f.endsWith('.json'))!);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain("console.log('notify'");
    expect(text).not.toContain('export function ping');
    type Cache = { checksum: string; content: { state: { files: Array<{ facts: { flows: unknown[] } }> } } };
    // a poisoned cache: the flows emptied, the checksum left as it was
    const emptied = JSON.parse(text) as Cache;
    for (const f of emptied.content.state.files) f.facts.flows = [];
    writeFileSync(file, JSON.stringify(emptied));
    const r = await check(root, CACHE);
    expect(r.err).toMatch(/privacy-lint: warning: the cache .* does not match its checksum .*; it is discarded/);
    expect(analysed(r.err)).toEqual([3, 3]);
    expect(findings(r.out)).toEqual(findings(cold.out));
    // a checksum that matches, over a shape that is not a cache's: discarded too, never a crash
    const wrong = JSON.parse(readFileSync(file, 'utf8')) as Cache;
    wrong.content.state.files[0]!.facts.flows = [{ sink: 1 }];
    wrong.checksum = createHash('sha256').update(JSON.stringify(wrong.content)).digest('hex');
    writeFileSync(file, JSON.stringify(wrong));
    const w = await check(root, CACHE);
    expect(w.code).toBe(cold.code);
    expect(w.err).toMatch(/the cache .* does not have the shape of a cache \(state\.files\.0\.facts\.flows\.0\.sink: .*\); it is discarded/);
    expect(findings(w.out)).toEqual(findings(cold.out));
  });

  it('the schema the cache is checked against fits a real cache (the demo app: stores, deletions, roots, events)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-cache-demo-'));
    await cli(['check', '--project', 'fixtures/demo-app', '--manifest', 'fixtures/demo-app/privacy.yaml', '--cache', '--cache-location', dir], ROOT);
    const data = JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.json'))!), 'utf8')) as { content: unknown };
    const parsed = CacheSchema.safeParse(data.content);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    const content = data.content as { state: { registry: { stores: unknown[] }; files: Array<{ facts: { deletions: unknown[]; roots: unknown[] } }> } };
    expect(content.state.registry.stores.length).toBeGreaterThan(0);
    expect(content.state.files.some((f) => f.facts.deletions.length > 0 && f.facts.roots.length > 0) || content.state.files.some((f) => f.facts.roots.length > 0)).toBe(true);
  });

  it('defaults to node_modules/.cache/privacy-lint, or .privacy-lint-cache without node_modules; --cache-location needs --cache', async () => {
    const root = project();
    await check(root, ['--cache']);
    expect(existsSync(join(root, '.privacy-lint-cache'))).toBe(true);
    mkdirSync(join(root, 'node_modules'));
    await check(root, ['--cache']);
    expect(existsSync(join(root, 'node_modules/.cache/privacy-lint'))).toBe(true);
    const bad = await check(root, ['--cache-location', 'x']);
    expect(bad.code).toBe(2);
  });
});
