/**
 * One search for the Prisma schemas (stores/prisma.ts prismaSchemas) for the engine, `check --cache` and the editor
 * path: a schema the engine reads is part of what the cache and the editor compare, so editing it (or adding one
 * where the engine looks) is never answered from stale facts. The layout is a workspace package with its own
 * package.json and prisma/ folder under a root tsconfig: the engine finds the schema from the project files' folder,
 * which a search from the tsconfig's folder alone (the cache's and the editor's before) did not.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { analyzeProject } from '../../src/engine/project.js';
import { prismaSchemas } from '../../src/engine/stores/prisma.js';
import { findingsFor, resetForTests, stats } from '../../src/eslint/analysis.js';
import { loadManifest } from '../../src/manifest/load.js';
import { ROOT } from '../cli/helpers.js';
import { cachedProgram } from './harness.js';

const dir = join(ROOT, 'test-output/prisma-schemas');
const schema = join(dir, 'packages/api/prisma/schema.prisma');
const code = join(dir, 'packages/api/src/members.ts');
const model = (fields: string) => `model Member {\n  id Int @id\n${fields}}\n`;

function layout(withSchema: boolean): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'packages/api/src'), { recursive: true });
  mkdirSync(join(dir, 'packages/api/prisma'), { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, types: [], module: 'nodenext' }, include: ['packages'] }));
  writeFileSync(join(dir, 'packages/api/package.json'), '{ "name": "api", "private": true }\n');
  writeFileSync(code, 'export const members = 1;\n');
  writeFileSync(
    join(dir, 'privacy.yaml'),
    'version: 1\ncontroller: { name: T }\ndataItems:\n  - { id: email, class: ordinary, kind: email }\n  - { id: phone, class: ordinary, kind: phone }\n',
  );
  if (withSchema) writeFileSync(schema, model('  email String\n'));
}

const itemsOf = (m: { stores: Array<{ id: string; items: string[] }> }) => Object.fromEntries(m.stores.map((s) => [s.id, s.items]));

describe('the Prisma schemas the engine reads', () => {
  beforeEach(() => layout(true));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are found from the project files up to the package, and fingerprinted with what was looked at', () => {
    const found = prismaSchemas(ts.sys, join(dir, 'tsconfig.json'), [code]);
    expect(found.schemas.map((s) => s.file)).toEqual([schema]);
    writeFileSync(schema, model('  email String\n  phone String\n'));
    expect(prismaSchemas(ts.sys, join(dir, 'tsconfig.json'), [code]).fingerprint).not.toBe(found.fingerprint);
  });

  it("are found where package.json's prisma.schema says, a file or a folder of .prisma files", () => {
    const custom = join(dir, 'packages/api/db/main.prisma');
    mkdirSync(join(dir, 'packages/api/db/models'), { recursive: true });
    writeFileSync(custom, 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n');
    writeFileSync(join(dir, 'packages/api/db/models/member.prisma'), model('  email String\n'));
    rmSync(schema);
    writeFileSync(join(dir, 'packages/api/package.json'), '{ "name": "api", "private": true, "prisma": { "schema": "./db/main.prisma" } }\n');
    expect(prismaSchemas(ts.sys, join(dir, 'tsconfig.json'), [code]).schemas.map((s) => s.file)).toEqual([custom]);
    writeFileSync(join(dir, 'packages/api/package.json'), '{ "name": "api", "private": true, "prisma": { "schema": "db" } }\n');
    const found = prismaSchemas(ts.sys, join(dir, 'tsconfig.json'), [code]).schemas.map((s) => s.file).sort();
    expect(found).toEqual([custom, join(dir, 'packages/api/db/models/member.prisma')].sort());
    const manifest = loadManifest(join(dir, 'privacy.yaml')).data;
    expect(itemsOf(analyzeProject(join(dir, 'tsconfig.json'), manifest).model)).toEqual({ 'prisma:Member': ['email'] });
  });

  it('check --cache sees an edit of the schema (the result equals a cold run)', () => {
    const manifest = loadManifest(join(dir, 'privacy.yaml')).data;
    const cache = { dir: join(dir, '.cache'), warn: () => {} };
    const first = analyzeProject(join(dir, 'tsconfig.json'), manifest, { cache });
    expect(itemsOf(first.model)).toEqual({ 'prisma:Member': ['email'] });
    writeFileSync(schema, model('  email String\n  phone String\n'));
    const second = analyzeProject(join(dir, 'tsconfig.json'), manifest, { cache });
    const cold = analyzeProject(join(dir, 'tsconfig.json'), manifest);
    expect(itemsOf(second.model)).toEqual({ 'prisma:Member': ['email', 'phone'] });
    expect(second.model).toEqual(cold.model);
  });

  it('check --cache sees a schema added where the engine looks', () => {
    layout(false);
    const manifest = loadManifest(join(dir, 'privacy.yaml')).data;
    const cache = { dir: join(dir, '.cache'), warn: () => {} };
    expect(itemsOf(analyzeProject(join(dir, 'tsconfig.json'), manifest, { cache }).model)).toEqual({});
    writeFileSync(schema, model('  email String\n'));
    expect(itemsOf(analyzeProject(join(dir, 'tsconfig.json'), manifest, { cache }).model)).toEqual({ 'prisma:Member': ['email'] });
  });

  it('the editor path sees an edit of the schema as a change of the environment', () => {
    resetForTests();
    const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(join(dir, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, dir);
    parsed.options.configFilePath = join(dir, 'tsconfig.json');
    const sources = new Map<string, ts.SourceFile>();
    const manifest = join(dir, 'privacy.yaml');
    findingsFor(cachedProgram(parsed, {}, () => sources), code, 'require-retention', manifest, dir);
    findingsFor(cachedProgram(parsed, { [code]: 'export const members = 2;\n' }, () => sources), code, 'require-retention', manifest, dir);
    expect(stats.lastEnvironmentChange).toBeUndefined();
    writeFileSync(schema, model('  email String\n  phone String\n'));
    findingsFor(cachedProgram(parsed, { [code]: 'export const members = 3;\n' }, () => sources), code, 'require-retention', manifest, dir);
    expect(stats.lastEnvironmentChange).toBe('the Prisma schema');
  });
});
