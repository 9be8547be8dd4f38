/**
 * Engine fixtures carry their expectations inline, on the line of the sink call:
 *   logger.info(user.email); // expect-flow: log email
 *   await db.insert(t).values({ passwordHash }); // expect-flow: storage password~hash:bcrypt
 *   await axios.post(URL, { phone }); // expect-flow: transfer@api.sms.example phone
 * A clean's `by` is written with `_` for its spaces: `ip~mask:pino_redact`.
 * A line without an expectation must have no flow. `compareFlows` lists what is missing and extra.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { analyze, type AnalyzeOptions } from '../../src/engine/analyze.js';
import type { Flow, Model } from '../../src/engine/model.js';
import type { SinkSpec } from '../../src/catalog/sinks/types.js';
import { loadManifest } from '../../src/manifest/load.js';

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

export function analyzeFixture(dir: string): { model: Model; root: string; program: ts.Program } {
  const root = join(FIXTURES, dir);
  const configFile = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configFile, (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configFile));
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const manifest = loadManifest(join(root, 'privacy.yaml'));
  return { model: analyze({ program, manifest: manifest.data, ts: ts as unknown as AnalyzeOptions['ts'], rootDir: root }), root, program };
}

/**
 * A Program of a parsed tsconfig as an editor's language service builds it: the host hands out one SourceFile
 * object per file and text, from the cache `cacheOf(file)` names (shared caches: unchanged files keep their
 * objects across Programs; a fresh cache: the file is re-parsed), with `edits` laid over the files on disk.
 */
export function cachedProgram(parsed: ts.ParsedCommandLine, edits: Record<string, string>, cacheOf: (file: string) => Map<string, ts.SourceFile>, old?: ts.Program, rootNames = parsed.fileNames): ts.Program {
  const host = ts.createCompilerHost(parsed.options);
  const read = host.readFile.bind(host);
  host.readFile = (f) => edits[f] ?? read(f);
  host.getSourceFile = (f, lang) => {
    const text = host.readFile(f);
    if (text === undefined) return undefined;
    const cache = cacheOf(f);
    const key = `${f}\0${text}`;
    let sf = cache.get(key);
    if (!sf) cache.set(key, (sf = ts.createSourceFile(f, text, lang, true)));
    return sf;
  };
  return ts.createProgram({ rootNames, options: parsed.options, host, ...(old ? { oldProgram: old } : {}) });
}

/** "file:line kind[@host] item[~clean:by] …", one per flow, for comparing with expectations. */
export function describeFlows(model: Model, root: string): string[] {
  return model.flows.map((f) => {
    const where = f.sink.kind === 'transfer' ? (f.sink.firstParty ? '@first-party' : f.sink.host ? `@${f.sink.host}` : f.sink.env ? `@env:${f.sink.env}` : '') : '';
    const items = f.labels
      .map((l) => `${l.item}${l.clean ? `~${l.clean.kind}:${l.clean.by.replace(/ /g, '_')}` : ''}`)
      .sort()
      .join(' ');
    return `${relative(root, f.location.file)}:${f.location.line} ${f.sink.kind}${where} ${items}`;
  }).sort();
}

export function expectedFlows(model: Model, root: string): string[] {
  const out: string[] = [];
  for (const file of model.files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const m = /\/\/ expect-flow: (\S+)((?: \S+)+)\s*$/.exec(line);
      if (!m) return;
      const items = m[2]!.trim().split(/\s+/).sort().join(' ');
      out.push(`${relative(root, file)}:${i + 1} ${m[1]} ${items}`);
    });
  }
  return out.sort();
}

/**
 * Missing and extra flows of a Model against its fixture's expectations. A `// pending-flow[tag]: …` line
 * is a flow that waits on a core change (tag): it may be absent or exactly as written. Hash sites (sink kind `hash`,
 * a hash or cipher call reached by personal data) are compared only in a fixture that expects one: the others
 * describe where data is stored, logged and sent (test/checks/password-hashing.test.ts judges the hash sites).
 */
export function compareModel(model: Model, root: string): { missing: string[]; extra: string[]; actual: string[] } {
  const expected = expectedFlows(model, root);
  const hashes = expected.some((e) => / hash( |$)/.test(e));
  const actual = describeFlows(model, root).filter((a) => hashes || !/^\S+ hash /.test(a));
  const pending = new Set<string>();
  for (const file of model.files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const m = /\/\/ pending-flow\[[\w-]+\]: (\S+)((?: \S+)+)\s*$/.exec(line);
      if (m) pending.add(`${relative(root, file)}:${i + 1} ${m[1]} ${m[2]!.trim().split(/\s+/).sort().join(' ')}`);
    });
  }
  return { missing: expected.filter((e) => !actual.includes(e)), extra: actual.filter((a) => !expected.includes(a) && !pending.has(a)), actual };
}

export function compareFlows(dir: string): { missing: string[]; extra: string[]; actual: string[] } {
  const { model, root } = analyzeFixture(dir);
  return compareModel(model, root);
}

const analysed = new Map<string, ReturnType<typeof analyzeFixture>>();

/** One analysis per fixture for a whole test file (several tests read the same Model). */
export function analyzeFixtureOnce(dir: string): ReturnType<typeof analyzeFixture> {
  if (!analysed.has(dir)) analysed.set(dir, analyzeFixture(dir));
  return analysed.get(dir)!;
}

/** compareModel on the shared analysis, without the list of actual flows. */
export function missingAndExtra(dir: string): { missing: string[]; extra: string[] } {
  const { model, root } = analyzeFixtureOnce(dir);
  const { missing, extra } = compareModel(model, root);
  return { missing, extra };
}

/** Catalog entries no fixture flow exercises (a flow carries the entry's name and a member it matches). */
export function unexercisedSinks(specs: readonly SinkSpec[], flows: readonly Flow[]): string[] {
  const exercised = (spec: SinkSpec, f: Flow) => {
    const name = f.sink.name;
    const members = name === spec.name ? [spec.name, ''] : name.startsWith(`${spec.name}.`) ? [name.slice(spec.name.length + 1)] : [];
    return f.sink.kind === spec.kind && members.some((m) => spec.member.test(m));
  };
  return specs.filter((spec) => !flows.some((f) => exercised(spec, f))).map((s) => `${s.name} ${s.member}`);
}
