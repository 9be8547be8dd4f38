/**
 * Issue #14: monorepos as users lay them out (fixtures/monorepo: npm workspaces, a solution-style tsconfig with
 * references, a path alias, Prisma in one package, a flow from packages/api into packages/shared's log), and
 * tsconfig problems as configuration errors at their file:line:col, never a silent "0 files" pass.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedFindings } from '../checks/harness.js';
import { ROOT, cli } from './helpers.js';

const MONO = join(ROOT, 'fixtures/monorepo');
const SOURCES = ['packages/shared/src/index.ts', 'packages/api/src/signup.ts', 'packages/web/src/profile.ts'].map((f) => join(MONO, f));
const EXPECTED = [...expectedFindings(SOURCES, MONO), 'packages/api/prisma/schema.prisma:9 privacy/require-retention'].sort();

interface Json {
  findings: Array<{ file: string; line: number; ruleId: string; flow: Array<{ file: string }> }>;
  stats: { files: number; projects: string[]; notAnalysed: Array<{ file: string; reason: string }> };
}
const json = (out: string) => JSON.parse(out) as Json;
const described = (j: Json, prefix = '') => j.findings.map((f) => `${f.file.slice(prefix.length)}:${f.line} ${f.ruleId}`).sort();

const temps: string[] = [];
/** A copy of fixtures/monorepo to change. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-mono-'));
  temps.push(dir);
  cpSync(MONO, dir, { recursive: true });
  return dir;
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a monorepo', { timeout: 120_000 }, () => {
  it('from its root with no flag: the solution tsconfig\'s references are analysed, each package once, flows cross packages', async () => {
    const r = await cli(['check', '--format', 'json'], MONO);
    expect(r.code).toBe(1);
    const j = json(r.out);
    expect(described(j)).toEqual(EXPECTED);
    expect(EXPECTED).toHaveLength(3);
    expect(j.stats).toMatchObject({ files: 3, projects: ['packages/shared/tsconfig.json', 'packages/api/tsconfig.json', 'packages/web/tsconfig.json'], notAnalysed: [] });
    const log = j.findings.find((f) => f.ruleId === 'privacy/no-personal-data-in-logs')!;
    expect(log.flow.map((s) => s.file)).toEqual(['packages/api/src/signup.ts', 'packages/api/src/signup.ts']);
  });

  it('the text summary lists the projects; --project with the solution tsconfig gives the same findings', async () => {
    const r = await cli(['check', '--project', 'fixtures/monorepo/tsconfig.json', '--manifest', 'fixtures/monorepo/privacy.yaml'], ROOT);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✖ 3 problems (3 errors, 0 warnings) in 3 files');
    expect(r.out).toContain('Projects: fixtures/monorepo/packages/shared/tsconfig.json, fixtures/monorepo/packages/api/tsconfig.json, fixtures/monorepo/packages/web/tsconfig.json.');
    expect(r.out).not.toMatch(/No privacy findings/);
  });

  it('from one package\'s folder: its dependency\'s sources are analysed, with the same findings for the shared file, and the root privacy.yaml applies', async () => {
    const r = await cli(['check', '--format', 'json'], join(MONO, 'packages/api'));
    expect(r.code).toBe(1);
    const j = json(r.out);
    expect(j.stats.projects).toEqual(['../shared/tsconfig.json', 'tsconfig.json']);
    expect(r.err).toContain('against ../../privacy.yaml');
    const shared = (x: string) => x.startsWith('packages/shared/');
    const fromRoot = json((await cli(['check', '--format', 'json'], MONO)).out);
    expect(described(j).map((x) => x.replace(/^\.\.\//, 'packages/')).filter(shared)).toEqual(described(fromRoot).filter(shared));
    expect(described(j)).toEqual(['../shared/src/index.ts:3 privacy/no-personal-data-in-logs', 'prisma/schema.prisma:9 privacy/require-retention']);
  });

  it('several --project: each analysed with its references, each file once', async () => {
    const r = await cli(['check', '--format', 'json', '--project', 'packages/web', '--project', 'packages/api/tsconfig.json'], MONO);
    const j = json(r.out);
    expect(j.stats.projects).toEqual(['packages/shared/tsconfig.json', 'packages/web/tsconfig.json', 'packages/api/tsconfig.json']);
    expect(described(j)).toEqual(EXPECTED);
  });

  it('without a root tsconfig, the npm workspaces with a tsconfig are discovered (a package depending on another references it)', async () => {
    const dir = copy();
    rmSync(join(dir, 'tsconfig.json'));
    const r = await cli(['check', '--format', 'json'], dir);
    expect(r.err).toContain('analysing 3 workspace packages of package.json');
    expect(described(json(r.out))).toEqual(EXPECTED);
    // pnpm-workspace.yaml as well
    writeFileSync(join(dir, 'package.json'), '{ "name": "x", "private": true }');
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - "packages/*"\n  - "!packages/web"\n');
    const p = await cli(['check', '--format', 'json'], dir);
    expect(json(p.out).stats.projects).toEqual(['packages/shared/tsconfig.json', 'packages/api/tsconfig.json']);
  });
});

describe('a monorepo, per package', { timeout: 120_000 }, () => {
  it('a package\'s own privacy.yaml applies to that package (check); the root one to the others', async () => {
    const dir = copy();
    const root = readFileSync(join(dir, 'privacy.yaml'), 'utf8');
    writeFileSync(join(dir, 'packages/web/privacy.yaml'), `${root}processors:\n  - { id: tracker, name: Tracker Inc., task: Analytics, country: KR, items: [phone], recognise: { hosts: [tracker.example] } }\n`);
    const r = await cli(['check', '--format', 'json'], dir);
    expect(r.err).toContain('privacy-lint: packages/web/tsconfig.json: checked against packages/web/privacy.yaml (the package\'s own manifest)');
    expect(described(json(r.out))).toEqual(EXPECTED.filter((e) => !e.startsWith('packages/web/')));
    // --manifest: that one for every package
    const all = await cli(['check', '--format', 'json', '--manifest', 'privacy.yaml'], dir);
    expect(described(json(all.out))).toEqual(EXPECTED);
  });

  it('--cache: one cache per project; a change in the shared package is seen by the packages using it, as a cold run sees it', async () => {
    const dir = copy();
    const cached = ['check', '--format', 'json', '--cache', '--cache-location', 'cache'];
    const first = await cli(cached, dir);
    expect(described(json(first.out))).toEqual(EXPECTED);
    const again = await cli(cached, dir);
    expect(again.err).toContain('privacy-lint: cache: analysed 0 of 3 files');
    expect(described(json(again.out))).toEqual(EXPECTED);
    // the shared audit() now masks what it logs: the finding in shared goes, for every package
    const shared = join(dir, 'packages/shared/src/index.ts');
    writeFileSync(shared, readFileSync(shared, 'utf8').replace('console.log(event, detail); // expect: privacy/no-personal-data-in-logs', 'console.log(event, typeof detail);'));
    const changed = await cli(cached, dir);
    const cold = await cli(['check', '--format', 'json'], dir);
    expect(described(json(changed.out))).toEqual(described(json(cold.out)));
    expect(described(json(cold.out))).toEqual(EXPECTED.filter((e) => !e.startsWith('packages/shared/')));
  });
});

describe('tsconfig problems are configuration errors at file:line:col (exit 2), never a silent pass', { timeout: 60_000 }, () => {
  const run = async (tsconfig: string, files: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-tsconfig-'));
    temps.push(dir);
    cpSync(join(ROOT, 'fixtures/monorepo/privacy.yaml'), join(dir, 'privacy.yaml'));
    for (const [f, t] of Object.entries({ 'src/a.ts': 'export const a = 1;\n', ...files })) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), t);
    }
    writeFileSync(join(dir, 'tsconfig.json'), tsconfig);
    return cli(['check'], dir);
  };

  it('zero input files (an include that matches nothing) is TS18003 at "include"', async () => {
    const r = await run('{\n  "compilerOptions": { "strict": true },\n  "include": ["scr"]\n}\n');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^tsconfig\.json:3:3: No inputs were found in config file .*\(TS18003\); fix "include"/m);
    expect(r.out).toBe('');
  });

  it('a syntax error, a missing extends, an invalid option, a non-object root', async () => {
    const syntax = await run('{\n  "compilerOptions": { "strict": true,, }\n}\n');
    expect(syntax.code).toBe(2);
    expect(syntax.err).toMatch(/^tsconfig\.json:2:\d+: .*\(TS\d+\)/m);
    const ext = await run('{\n  "extends": "./missing.json",\n  "include": ["src"]\n}\n');
    expect(ext.code).toBe(2);
    expect(ext.err).toMatch(/^tsconfig\.json:2:3: .*missing\.json.*\(TS5083\); fix the path in "extends"/m);
    const opt = await run('{\n  "compilerOptions": {\n    "target": "es1999"\n  },\n  "include": ["src"]\n}\n');
    expect(opt.code).toBe(2);
    expect(opt.err).toMatch(/^tsconfig\.json:3:15: .*--target.*\(TS6046\)/m);
    const root = await run('[1, 2]\n');
    expect(root.code).toBe(2);
    expect(root.err).toMatch(/^tsconfig\.json:1:1: .*\(TS\d+\)/m);
  });

  it('a source file as --project; a reference to a missing project; an unreadable tsconfig', async () => {
    const ts = await cli(['check', '--project', 'packages/api/src/signup.ts'], MONO);
    expect(ts.code).toBe(2);
    expect(ts.err).toContain('packages/api/src/signup.ts: is a source file, not a tsconfig');
    const ref = await run('{\n  "files": [],\n  "references": [{ "path": "./packages/nope" }]\n}\n');
    expect(ref.code).toBe(2);
    expect(ref.err).toMatch(/^tsconfig\.json:3:\d+: references\[0\]: "packages\/nope" has no tsconfig\.json; fix the path/m);
    const dir = await cli(['check', '--project', '/dev/null/tsconfig.json'], MONO);
    expect(dir.code).toBe(2);
  });
});
