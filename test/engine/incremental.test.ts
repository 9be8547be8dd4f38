import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { AnalyzeOptions } from '../../src/engine/analyze.js';
import { analyzeIncremental, type IncrementalResult } from '../../src/engine/incremental.js';
import { loadManifest } from '../../src/manifest/load.js';
import { cachedProgram, FIXTURES } from './harness.js';

/**
 * The editor's situation on fixtures/demo-app: a Program, then a new Program after an edit that reuses the
 * SourceFile objects of unchanged files (as the language service does). The incremental analysis of the
 * new Program must equal a cold analysis of it, having re-analysed only the edited file and its importers.
 */
const root = join(FIXTURES, 'demo-app');
const manifest = loadManifest(join(root, 'privacy.yaml')).data;
const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, root);
const TS = ts as unknown as AnalyzeOptions['ts'];

/** A Program whose SourceFiles come from the shared `cache` (one object per file and text), with `edits` applied. */
function program(edits: Record<string, string>, cache: Map<string, ts.SourceFile>, old?: ts.Program, rootNames = parsed.fileNames): ts.Program {
  return cachedProgram(parsed, edits, () => cache, old, rootNames);
}

function cold(p: ts.Program): IncrementalResult {
  return analyzeIncremental({ program: p, manifest, ts: TS, rootDir: root });
}

function warm(p: ts.Program, before: ts.Program, result: IncrementalResult): IncrementalResult {
  const seen = new Map(before.getSourceFiles().map((sf) => [sf.fileName, sf]));
  return analyzeIncremental({ program: p, manifest, ts: TS, rootDir: root, previous: { state: result.state, unchanged: (sf) => seen.get(sf.fileName) === sf, environmentUnchanged: true, memo: result.memo, before: (f) => seen.get(f) } });
}

const file = (rel: string) => join(root, rel);
const text = (rel: string) => ts.sys.readFile(file(rel))!;
const short = (files: readonly string[]) => files.map((f) => f.slice(root.length + 1)).sort();

describe('incremental analysis (fixtures/demo-app)', () => {
  const cache = new Map<string, ts.SourceFile>();
  const p1 = program({}, cache);
  const first = cold(p1);

  it('a cold analysis analyses every project file', () => {
    expect(first.analysed.length).toBe(first.model.files.length);
    expect(first.analysed.length).toBeGreaterThan(15);
    expect(first.fullReason).toBeUndefined();
  });

  it('an edit of a file nobody imports re-analyses that file only, and equals a cold analysis', () => {
    const edited = { [file('src/main.ts')]: `${text('src/main.ts')}\nexport function audit(member: { email: string }): void {\n  console.log(member.email);\n}\n` };
    const p2 = program(edited, cache, p1);
    const again = warm(p2, p1, first);
    expect(short(again.analysed)).toEqual(['src/main.ts']);
    const fresh = cold(program(edited, new Map()));
    expect(again.model).toEqual(fresh.model);
    // the edit is seen: one more flow than before
    expect(again.model.flows.length).toBe(first.model.flows.length + 1);
  });

  it('an edit of a helper re-analyses its importers, whose calls carry data into the helper (hits attributed to the caller)', () => {
    const sms = text('src/notifications/sms.ts').replace("const SENDER = '02-120-0000';", "const SENDER = '02-120-0000';\nexport function logRecipient(to: string): void {\n  console.log('sms to', to);\n}");
    const edited = {
      [file('src/notifications/sms.ts')]: sms.replace('  await axios.post(', '  logRecipient(to);\n  await axios.post('),
    };
    const p2 = program(edited, cache, p1);
    const again = warm(p2, p1, first);
    expect(short(again.analysed)).toContain('src/notifications/sms.ts');
    expect(short(again.analysed)).toContain('src/reservations/reservations.service.ts');
    expect(again.analysed.length).toBeLessThan(first.analysed.length / 2);
    const fresh = cold(program(edited, new Map()));
    expect(again.model).toEqual(fresh.model);
    const logged = again.model.flows.filter((f) => f.location.file.endsWith('sms.ts') && f.sink.kind === 'log');
    expect(logged.flatMap((f) => f.labels.map((l) => l.item))).toContain('phone');
  });

  it('an edit that leaves the outline and the summaries as they were re-analyses that file only, though others import it', () => {
    const edited = { [file('src/notifications/sms.ts')]: `${text('src/notifications/sms.ts')}\nvoid Promise.resolve(1);\n` };
    const again = warm(program(edited, cache, p1), p1, first);
    expect(short(again.analysed)).toEqual(['src/notifications/sms.ts']);
    expect(again.model).toEqual(cold(program(edited, new Map())).model);
  });

  it('a body edit that changes what a function does to its arguments re-analyses the importers after all', () => {
    const edited = { [file('src/notifications/sms.ts')]: text('src/notifications/sms.ts').replace('  await axios.post(', '  console.log(to);\n  await axios.post(') };
    const again = warm(program(edited, cache, p1), p1, first);
    expect(short(again.analysed)).toContain('src/reservations/reservations.service.ts');
    const fresh = cold(program(edited, new Map()));
    expect(again.model).toEqual(fresh.model);
    expect(again.model.flows.length).toBe(first.model.flows.length + 1);
  });

  it('an edit that changes a deletion joins the deletions again; one that does not reuses them, equal to a cold analysis', () => {
    const purge = 'src/jobs/purge.ts';
    const shorter = { [file(purge)]: text(purge).replace("interval '6 months'", "interval '1 months'") };
    const again = warm(program(shorter, cache, p1), p1, first);
    expect(again.model).toEqual(cold(program(shorter, new Map())).model);
    expect(again.model.deletions).not.toEqual(first.model.deletions);
    const appended = { [file(purge)]: `${text(purge)}\nvoid Promise.resolve(1);\n` };
    const same = warm(program(appended, cache, p1), p1, first);
    expect(same.model.deletions).toEqual(first.model.deletions);
    expect(same.model).toEqual(cold(program(appended, new Map())).model);
  });

  it('a second edit builds on the first incremental state', () => {
    const e1 = { [file('src/main.ts')]: `${text('src/main.ts')}\nexport const one = 1;\n` };
    const p2 = program(e1, cache, p1);
    const second = warm(p2, p1, first);
    const e2 = { ...e1, [file('src/lib/mask.ts')]: `${text('src/lib/mask.ts')}\nexport function shout(email: string): void {\n  console.log(email);\n}\n` };
    const p3 = program(e2, cache, p2);
    const third = warm(p3, p2, second);
    expect(short(third.analysed)).toContain('src/lib/mask.ts');
    expect(short(third.analysed)).not.toContain('src/lib/logger.ts');
    expect(third.analysed.length).toBeLessThan(first.analysed.length / 2);
    expect(third.model).toEqual(cold(program(e2, new Map())).model);
  });

  it('an edit of a file declaring stores analyses everything (the registry is global)', () => {
    const edited = { [file('src/db/schema.ts')]: `${text('src/db/schema.ts')}\n// edited\n` };
    const again = warm(program(edited, cache, p1), p1, first);
    expect(again.fullReason).toMatch(/schema\.ts adds to the store registry/);
    expect(again.analysed.length).toBe(first.analysed.length);
    expect(again.model).toEqual(cold(program(edited, new Map())).model);
  });

  it('an added file, or a changed environment, analyses everything', () => {
    const extra = join(root, 'src/extra.ts');
    const p2 = program({ [extra]: 'export const x = 1;\n' }, cache, p1, [...parsed.fileNames, extra]);
    expect(warm(p2, p1, first).fullReason).toBe('files were added or removed');
    const seen = new Map(p1.getSourceFiles().map((sf) => [sf.fileName, sf]));
    const env = analyzeIncremental({ program: p1, manifest, ts: TS, rootDir: root, previous: { state: first.state, unchanged: (sf) => seen.get(sf.fileName) === sf, environmentUnchanged: false } });
    expect(env.fullReason).toMatch(/compiler options, libraries or lib files changed/);
    expect(env.analysed.length).toBe(first.analysed.length);
  });

  it('the state is plain data: it survives JSON', () => {
    const state = JSON.parse(JSON.stringify(first.state)) as IncrementalResult['state'];
    const seen = new Map(p1.getSourceFiles().map((sf) => [sf.fileName, sf]));
    const again = analyzeIncremental({ program: p1, manifest, ts: TS, rootDir: root, previous: { state, unchanged: (sf) => seen.get(sf.fileName) === sf, environmentUnchanged: true } });
    expect(again.analysed).toEqual([]);
    expect(again.model).toEqual(first.model);
    expect(dirname(first.model.files[0]!)).toContain('demo-app');
  });
});
