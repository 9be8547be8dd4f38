/**
 * Storage sinks (src/engine/sinks/storage*.ts): one fixture project per ecosystem, fixtures/engine/storage-<eco>,
 * with the expected flows inline on the sink lines, sanitized twins and negatives (reads, criteria, deletes,
 * non-personal writes). A `// pending-flow[tag]: …` line waits on a core change (tag): it may be absent or as written.
 * Prisma is also analysed without its stub, without the package at all, and with a generated client.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../../src/engine/analyze.js';
import type { Model } from '../../src/engine/model.js';
import { CLIENT_STORAGE_SINKS, STORAGE_SINKS } from '../../src/catalog/sinks/storage.js';
import { loadManifest } from '../../src/manifest/load.js';
import { FIXTURES, analyzeFixture, compareModel } from './harness.js';

const ECOSYSTEMS = ['prisma', 'typeorm', 'mongoose', 'sequelize', 'drizzle', 'knex', 'kysely', 'sql', 'redis', 'fs', 'browser', 'express'];

/** One analysis per fixture, shared by the tests of this file (the ORM typings are large). */
const analyses = new Map<string, { model: Model; root: string }>();
function analysed(eco: string): { model: Model; root: string } {
  if (!analyses.has(eco)) analyses.set(eco, analyzeFixture(`engine/storage-${eco}`));
  return analyses.get(eco)!;
}

function compare(model: Model, root: string): { missing: string[]; extra: string[] } {
  const { missing, extra } = compareModel(model, root);
  return { missing, extra };
}

describe('engine: storage sinks', { timeout: 60_000 }, () => {
  for (const eco of ECOSYSTEMS) {
    it(`fixtures/engine/storage-${eco}: every expected flow and nothing else`, () => {
      const { model, root } = analysed(eco);
      expect(compare(model, root)).toEqual({ missing: [], extra: [] });
      expect(model.skipped).toEqual([]);
      expect(model.unresolvedPackages).toEqual(eco === 'prisma' ? ['@prisma/client'] : []);
    });
  }

  it('every storage catalog entry is exercised by a fixture flow', () => {
    const flows = ECOSYSTEMS.flatMap((eco) => analysed(eco).model.flows);
    const unused = [...STORAGE_SINKS, ...CLIENT_STORAGE_SINKS].filter(
      (spec) => !flows.some((f) => f.sink.kind === spec.kind && (f.sink.name === spec.name || (f.sink.name.startsWith(`${spec.name}.`) && spec.member.test(f.sink.name.slice(spec.name.length + 1))))),
    );
    expect(unused.map((s) => `${s.name} ${s.member}`)).toEqual([]);
  });
});

/**
 * Prisma's types depend on `prisma generate`. The fixture maps the client to Prisma's pre-generate stub
 * (PrismaClient: any); the same code must give the same flows when the generated module is missing (Prisma 7
 * as installed here), when @prisma/client is not installed at all, and with a generated client.
 */
describe('engine: Prisma whatever the state of its types', { timeout: 60_000 }, () => {
  const root = join(FIXTURES, 'engine/storage-prisma');
  /** Where `export * from '.prisma/client/default'` in @prisma/client looks (node_modules may be a link). */
  const generated = join(realpathSync(join(FIXTURES, '../node_modules')), '.prisma/client/default.d.ts');

  /** The model, and the codes of the program's semantic errors (2305: no such export, 2307: no such module). */
  function analysePrisma(variant: 'as-installed' | 'not-installed' | 'generated'): { model: Model; errors: number[] } {
    const configFile = join(root, 'tsconfig.json');
    const config = ts.readConfigFile(configFile, (f) => ts.sys.readFile(f));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configFile));
    const options = { ...parsed.options };
    delete options.paths;
    const host = ts.createCompilerHost(options);
    const hidden = (f: string) => variant === 'not-installed' && f.includes('/node_modules/@prisma/');
    const virtual = (f: string) => variant === 'generated' && f === generated;
    const virtualDir = (d: string) => variant === 'generated' && generated.startsWith(`${d.replace(/\/$/, '')}/`);
    const text = readFileSync(join(root, 'generated-client.d.ts'), 'utf8');
    const { fileExists, readFile, directoryExists, getSourceFile } = host;
    host.fileExists = (f) => virtual(f) || (!hidden(f) && fileExists.call(host, f));
    host.readFile = (f) => (virtual(f) ? text : hidden(f) ? undefined : readFile.call(host, f));
    host.directoryExists = (d) => virtualDir(d) || (!hidden(d) && (directoryExists?.call(host, d) ?? ts.sys.directoryExists(d)));
    host.getSourceFile = (f, lang, ...rest) => (virtual(f) ? ts.createSourceFile(f, text, lang) : getSourceFile.call(host, f, lang, ...rest));
    const program = ts.createProgram({ rootNames: parsed.fileNames, options, host });
    const manifest = loadManifest(join(root, 'privacy.yaml')).data;
    const model = analyze({ program, manifest, ts: ts as unknown as AnalyzeOptions['ts'], rootDir: root });
    return { model, errors: [...new Set(program.getSemanticDiagnostics().map((d) => d.code))].filter((c) => c === 2305 || c === 2307) };
  }

  it('the generated module missing (Prisma 7 before `prisma generate`): by import specifier, package listed', () => {
    const { model, errors } = analysePrisma('as-installed');
    expect(errors).toEqual([2305]);
    expect(compare(model, root)).toEqual({ missing: [], extra: [] });
    expect(model.unresolvedPackages).toEqual(['@prisma/client']);
  });

  it('@prisma/client not installed: by import specifier, package listed', () => {
    const { model, errors } = analysePrisma('not-installed');
    expect(errors).toEqual([2307]);
    expect(compare(model, root)).toEqual({ missing: [], extra: [] });
    expect(model.unresolvedPackages).toEqual(['@prisma/client']);
  });

  it('a generated client: through its types (Prisma.MemberDelegate in .prisma/client), nothing unresolved', () => {
    const { model, errors } = analysePrisma('generated');
    expect(errors).toEqual([]);
    expect(compare(model, root)).toEqual({ missing: [], extra: [] });
    expect(model.unresolvedPackages).toEqual([]);
  });
});
