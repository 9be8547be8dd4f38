// Counters for one engine run, to compare before/after a change on a shared machine where wall times
// are noise: how often the engine asks the checker (per API, with the time spent inside), how many types
// and instantiations the checker made (tsc --extendedDiagnostics gives the same figures for a full check),
// and the program/analysis split. The checker's methods are wrapped before analyze() runs; the engine
// itself is not changed.
// --dump FILE writes the whole Model (flows with their steps, stores, deletions) for an exact diff between
// two builds; the findings are compared with the project's expected-findings.json when it has one.
// --sites also splits each API's time by the engine function that asked (slow: it reads a stack per call);
// --nodes by the text of the node asked about (`.values`, `eq`), to see which code makes the checker work.
// Usage: node bench/profile-engine.mjs <tsconfig> <privacy.yaml> [--dist dir] [--program morph|plain] [--dump FILE] [--sites]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string', default: new URL('../dist/src', import.meta.url).pathname }, program: { type: 'string', default: 'plain' }, dump: { type: 'string' }, sites: { type: 'boolean' }, nodes: { type: 'boolean' } },
});
const [tsconfig, manifestPath] = positionals;
if (!tsconfig || !manifestPath) {
  console.error('usage: node bench/profile-engine.mjs <tsconfig> <privacy.yaml> [--dist dir] [--program morph|plain]');
  process.exit(2);
}
const dist = resolve(values.dist);
const load = (p) => import(pathToFileURL(`${dist}/${p}`).href);
const { analyze } = await load('engine/analyze.js');
const { loadManifest } = await load('manifest/load.js');
const { checkModel } = await load('results/run.js');
const { toReported } = await load('results/result.js');
const { Project, ts } = await import('ts-morph');

const file = resolve(tsconfig);
const manifest = loadManifest(manifestPath).data;
const t0 = performance.now();
let program;
if (values.program === 'plain') {
  const { createProgram } = await load('engine/project.js');
  if (!createProgram) throw new Error(`${dist}/engine/project.js has no createProgram: use --program morph`);
  program = createProgram(file);
} else {
  program = new Project({ tsConfigFilePath: file }).getProgram().compilerObject;
}
const t1 = performance.now();
const checker = program.getTypeChecker();
const t2 = performance.now();

const calls = new Map();
// Types and instantiations made inside each call: deterministic, unlike the milliseconds on a shared machine.
const typeCount = checker.getTypeCount.bind(checker);
const instCount = checker.getInstantiationCount.bind(checker);
/** The first engine frame below the wrapper: "evalCall (flow/calls.js:12)". */
const caller = () => {
  const lines = new Error().stack.split('\n').slice(3);
  const line = lines.find((l) => l.includes('/engine/')) ?? lines[0] ?? '';
  const m = /at (?:new )?([\w.<>$]+)? ?\(?.*\/engine\/(.*?):(\d+):\d+\)?$/.exec(line);
  return m ? `${m[1] ?? '?'} (${m[2]}:${m[3]})` : line.trim();
};
Error.stackTraceLimit = 12;
const nodeText = (n) => {
  const t = n.getText().replace(/\s+/g, ' ');
  return ts.isIdentifier(n) && n.parent && ts.isPropertyAccessExpression(n.parent) && n.parent.name === n ? `.${t}` : t.length > 40 ? `${t.slice(0, 37)}…` : t;
};
for (const name of Object.keys(checker)) {
  const f = checker[name];
  if (typeof f !== 'function' || name.startsWith('get') === false && !name.startsWith('is') && !name.startsWith('resolve')) continue;
  if (/Count$|^getRelationCacheSizes$/.test(name)) continue;
  let depth = 0;
  checker[name] = function (...args) {
    const site = values.sites && depth === 0 ? caller() : '';
    const node = values.nodes && depth === 0 && args[0] && typeof args[0].kind === 'number' && typeof args[0].getText === 'function' ? nodeText(args[0]) : '';
    const key = `${name}${site ? ` <- ${site}` : ''}${node ? ` [${node}]` : ''}`;
    const c = calls.get(key) ?? { n: 0, ms: 0 };
    calls.set(key, c);
    c.n++;
    if (depth > 0) return f.apply(this, args);
    depth++;
    const s = performance.now();
    const types = typeCount();
    const inst = instCount();
    try {
      return f.apply(this, args);
    } finally {
      c.ms += performance.now() - s;
      c.types = (c.types ?? 0) + typeCount() - types;
      c.inst = (c.inst ?? 0) + instCount() - inst;
      depth--;
    }
  };
}
const model = analyze({ program, manifest, ts, rootDir: dirname(file) });
const t3 = performance.now();
const counts = (f) => (typeof checker[f] === 'function' ? checker[f]() : undefined);
console.log(JSON.stringify({
  flows: model.flows.length, stores: model.stores.length, deletions: model.deletions.length, skipped: model.skipped.length,
  programMs: Math.round(t1 - t0), checkerMs: Math.round(t2 - t1), analysisMs: Math.round(t3 - t2),
  types: counts('getTypeCount'), instantiations: counts('getInstantiationCount'), symbols: counts('getSymbolCount'),
  heapMB: Math.round(process.memoryUsage().heapUsed / 1048576),
}));
const expectedFile = join(dirname(file), 'expected-findings.json');
if (existsSync(expectedFile)) {
  const key = (f) => `${f.ruleId} ${f.file}:${f.line}`;
  const want = new Set(JSON.parse(readFileSync(expectedFile, 'utf8')).findings.map(key));
  const got = new Set(checkModel(model, manifest).findings.map((f) => key(toReported(f, dirname(file)))));
  const missing = [...want].filter((k) => !got.has(k));
  const extra = [...got].filter((k) => !want.has(k));
  console.log(`findings: ${got.size} (expected ${want.size}); missing ${JSON.stringify(missing)}; extra ${JSON.stringify(extra)}`);
}
// Labels are listed in the order the checker happened to produce types (union members are ordered by type
// id), so the dump sorts them: two builds that ask the checker in another order still compare equal.
const labelKey = (l) => `${l.item}|${l.clean?.kind ?? ''}|${l.clean?.by ?? ''}`;
const sorted = { ...model, flows: model.flows.map((f) => ({ ...f, labels: [...f.labels].sort((a, b) => labelKey(a).localeCompare(labelKey(b))) })) };
if (values.dump) writeFileSync(values.dump, JSON.stringify(sorted, null, 1));
const rows = [...calls].sort((a, b) => b[1].inst - a[1].inst || b[1].ms - a[1].ms);
for (const [name, c] of rows) console.log(`${c.ms.toFixed(0).padStart(7)} ms ${String(c.n).padStart(8)} calls ${String(c.types).padStart(7)} types ${String(c.inst).padStart(8)} inst  ${name}`);
