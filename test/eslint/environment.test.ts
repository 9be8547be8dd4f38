import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findingsFor, resetForTests, stats } from '../../src/eslint/analysis.js';
import { cachedProgram, FIXTURES } from '../engine/harness.js';

/**
 * The editor path when the project is reloaded (tsserver re-opening it, seen with typescript-eslint's project
 * service): lib files and typings come back as new SourceFile objects with the same text. That must not count
 * as a new environment; a typing whose text changed must.
 */
const root = join(FIXTURES, 'demo-app');
const manifest = join(root, 'privacy.yaml');
const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, root);
const own = (f: string) => f.startsWith(`${root}/src/`);

/** A Program whose project files come from `projectCache` and every other file from `otherCache`, with `edits`. */
function program(edits: Record<string, string>, projectCache: Map<string, ts.SourceFile>, otherCache: Map<string, ts.SourceFile>): ts.Program {
  return cachedProgram(parsed, edits, (f) => (own(f) ? projectCache : otherCache));
}

const sms = join(root, 'src/notifications/sms.ts');
const appended = (n: number) => ({ [sms]: `${ts.sys.readFile(sms)}\nvoid Promise.resolve(${n});\n` });

describe('editor path: a reloaded project', () => {
  it('re-parsed lib files and typings with the same text keep the last analysis', () => {
    resetForTests();
    const projectCache = new Map<string, ts.SourceFile>();
    findingsFor(program({}, projectCache, new Map()), sms, 'no-personal-data-in-logs', manifest, root);
    const p2 = program(appended(1), projectCache, new Map());
    expect(p2.getSourceFiles().find((sf) => sf.fileName.endsWith('lib.es5.d.ts'))).toBeDefined();
    findingsFor(p2, sms, 'no-personal-data-in-logs', manifest, root);
    expect(stats.lastEnvironmentChange).toBeUndefined();
    expect(stats.lastAnalysed.map((f) => f.slice(root.length + 1))).toEqual(['src/notifications/sms.ts']);
  });

  it('a reload that re-parses every file, project files too, re-analyses the edited file only and finds what a cold run finds', () => {
    resetForTests();
    findingsFor(program({}, new Map(), new Map()), sms, 'no-personal-data-in-logs', manifest, root);
    const reloaded = program(appended(3), new Map(), new Map());
    const warm = findingsFor(reloaded, sms, 'no-undeclared-transfer', manifest, root);
    expect(stats.lastEnvironmentChange).toBeUndefined();
    expect(stats.lastAnalysed.map((f) => f.slice(root.length + 1))).toEqual(['src/notifications/sms.ts']);
    resetForTests();
    const cold = findingsFor(program(appended(3), new Map(), new Map()), sms, 'no-undeclared-transfer', manifest, root);
    expect(stats.lastAnalysed.length).toBeGreaterThan(15);
    expect('findings' in warm && warm.findings.length).toBeGreaterThan(0);
    expect(warm).toEqual(cold);
  });

  it('a typing whose text changed is a new environment, and everything is analysed again', () => {
    resetForTests();
    const projectCache = new Map<string, ts.SourceFile>();
    const first = program({}, projectCache, new Map());
    findingsFor(first, sms, 'no-personal-data-in-logs', manifest, root);
    const typing = first.getSourceFiles().find((sf) => sf.fileName.includes('/node_modules/') && sf.fileName.endsWith('.d.ts'))!.fileName;
    findingsFor(program({ ...appended(2), [typing]: `${ts.sys.readFile(typing)}\n// changed\n` }, projectCache, new Map()), sms, 'no-personal-data-in-logs', manifest, root);
    expect(stats.lastEnvironmentChange).toBe(`${typing} (a changed text)`);
    expect(stats.lastAnalysed.length).toBeGreaterThan(15);
  });
});
