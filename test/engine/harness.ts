/**
 * Engine fixtures carry their expectations inline, on the line of the sink call:
 *   logger.info(user.email); // expect-flow: log email
 *   await db.insert(t).values({ passwordHash }); // expect-flow: storage password~hash:bcrypt
 *   await axios.post(URL, { phone }); // expect-flow: transfer@api.sms.example phone
 * A line without an expectation must have no flow. `compareFlows` lists what is missing and extra.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { analyze, type AnalyzeOptions } from '../../src/engine/analyze.js';
import type { Model } from '../../src/engine/model.js';
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

/** "file:line kind[@host] item[~clean:by] …", one per flow, for comparing with expectations. */
export function describeFlows(model: Model, root: string): string[] {
  return model.flows.map((f) => {
    const where = f.sink.kind === 'transfer' ? (f.sink.firstParty ? '@first-party' : f.sink.host ? `@${f.sink.host}` : f.sink.env ? `@env:${f.sink.env}` : '') : '';
    const items = f.labels
      .map((l) => `${l.item}${l.clean ? `~${l.clean.kind}:${l.clean.by}` : ''}`)
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

export function compareFlows(dir: string): { missing: string[]; extra: string[]; actual: string[] } {
  const { model, root } = analyzeFixture(dir);
  const actual = describeFlows(model, root);
  const expected = expectedFlows(model, root);
  return { missing: expected.filter((e) => !actual.includes(e)), extra: actual.filter((a) => !expected.includes(a)), actual };
}
