// Summarises a V8 .cpuprofile (from `node --cpu-prof`) by function: self time and inclusive time, so a
// profile of the engine can be compared before/after a change without opening DevTools. Wall times are
// noisy on a shared machine; the split between functions is what these tables are for.
// Usage: node bench/profile-summary.mjs <file.cpuprofile> [--top 15] [--filter text]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' }, filter: { type: 'string' } } });
const file = positionals[0];
if (!file) {
  console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [--top N] [--filter text]');
  process.exit(2);
}
const top = Number(values.top);
const profile = JSON.parse(readFileSync(file, 'utf8'));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const short = (url) => url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '~/').replace(/^.*\/(dist|src)\//, '$1/');
const keyOf = (n) => {
  const f = n.callFrame;
  return `${f.functionName || '(anonymous)'}  ${short(f.url)}:${f.lineNumber + 1}`;
};

const self = new Map();
const incl = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  total += dt;
  const node = byId.get(id);
  const k = keyOf(node);
  self.set(k, (self.get(k) ?? 0) + dt);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const key = keyOf(byId.get(cur));
    if (seen.has(key)) continue;
    seen.add(key);
    incl.set(key, (incl.get(key) ?? 0) + dt);
  }
});

const show = (title, map) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(2)} s sampled)`);
  const rows = [...map].filter(([k]) => !values.filter || k.includes(values.filter)).sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [k, ms] of rows) console.log(`${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`);
};
show('by self time', self);
show('by inclusive time', new Map([...incl].filter(([k]) => !k.startsWith('(root)') && !k.startsWith('(program)'))));
