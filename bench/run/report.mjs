// From samples to what the benchmark reports: medians per tool, the ratios the issue names, the growth
// exponent of `check`, the targets with PASS/FAIL, and the text printed on stdout (Markdown tables, so
// the same text can go into docs/performance.md). Pure and deterministic: the same results give the
// same text.
import { describeComparison } from './findings.mjs';
import { growthExponent, max, median, percentile, ratio } from './stats.mjs';

export const LABELS = {
  tsc: 'tsc --noEmit',
  check: 'privacy-lint check',
  'check-cache': 'check --cache, 2nd run after a one-file change',
  lint: 'eslint: recommendedTypeChecked',
  'lint-privacy': 'eslint: recommendedTypeChecked + privacy',
  'warm-base': 'warm editor loop without our rules (whole process)',
  warm: 'warm editor loop (whole process)',
};

/** The size the issue's targets are stated at, and the pair of sizes the growth exponent spans. */
export const TARGET_SIZE = 1000;
export const GROWTH = { from: 1000, to: 5000 };

/** Medians over the measured (not failed) samples of one tool; warm-loop samples also pool their edits. */
export function summariseTool(samples) {
  const ok = samples.filter((s) => !s.failed);
  const summary = {
    runs: ok.length,
    failures: samples.length - ok.length,
    wallMs: median(ok.map((s) => s.wallMs)),
    cpuMs: median(ok.map((s) => s.cpuMs)),
    maxRssKiB: max(ok.map((s) => s.rssKiB)),
  };
  if (samples.some((s) => Array.isArray(s.editsMs))) {
    const edits = ok.flatMap((s) => s.editsMs ?? []);
    summary.edits = edits.length;
    summary.p50Ms = percentile(edits, 50);
    summary.p95Ms = percentile(edits, 95);
    // Our rules' part of each re-lint, from ESLint's rule timing (warm loop with our rules only).
    const ours = ok.flatMap((s) => s.oursMs ?? []);
    if (ours.length > 0) {
      summary.oursP50Ms = percentile(ours, 50);
      summary.oursP95Ms = percentile(ours, 95);
    }
  }
  if (samples.some((s) => typeof s.coldWallMs === 'number')) summary.coldMs = median(ok.map((s) => s.coldWallMs));
  return summary;
}

/** check/tsc for time (wall medians) and memory (peak RSS), lint with our rules / without (wall medians). */
export function sizeRatios(summaries) {
  const s = (tool) => summaries[tool] ?? {};
  const ratios = {
    checkTscTime: ratio(s('check').wallMs, s('tsc').wallMs),
    checkTscMemory: ratio(s('check').maxRssKiB, s('tsc').maxRssKiB),
    lintWithWithout: ratio(s('lint-privacy').wallMs, s('lint').wallMs),
  };
  if (summaries['check-cache']) ratios.cacheSpeedup = ratio(s('check-cache').coldMs, s('check-cache').wallMs);
  return ratios;
}

/** The growth exponent of `check`'s wall median between GROWTH.from and GROWTH.to files (NaN if either is missing). */
export function checkGrowth(sizes) {
  const at = (files) => sizes.find((s) => s.files === files)?.summaries?.check?.wallMs;
  return { ...GROWTH, exponent: growthExponent(at(GROWTH.from), at(GROWTH.to), GROWTH.from, GROWTH.to) };
}

/** The issue's targets, each PASS, FAIL or n/a (not measured in this run). */
export function evaluateTargets(sizes, growth) {
  const at = sizes.find((s) => s.files === TARGET_SIZE);
  const r = at?.ratios ?? {};
  const w = at?.summaries?.warm ?? {};
  const targets = [
    { id: 'check-time', text: 'privacy-lint check time / tsc --noEmit time', at: TARGET_SIZE, value: r.checkTscTime, limit: 1.0, unit: 'x', better: 'lower' },
    { id: 'check-memory', text: 'privacy-lint check peak RSS / tsc --noEmit peak RSS', at: TARGET_SIZE, value: r.checkTscMemory, limit: 1.5, unit: 'x', better: 'lower' },
    { id: 'rules-overhead', text: 'typed ESLint with our rules / without (time)', at: TARGET_SIZE, value: r.lintWithWithout, limit: 1.25, unit: 'x', better: 'lower' },
    { id: 'warm-p95', text: 'warm single-file re-lint, p95', at: TARGET_SIZE, value: w.p95Ms, limit: 100, unit: 'ms', better: 'lower' },
    { id: 'warm-ours-p95', text: "our rules' time in a warm re-lint, p95", at: TARGET_SIZE, value: w.oursP95Ms, limit: 100, unit: 'ms', better: 'lower' },
    { id: 'growth', text: `growth exponent of check, ${count(growth.from)} -> ${count(growth.to)} files`, at: growth.to, value: growth.exponent, limit: 1.15, unit: '', better: 'lower' },
  ];
  if (sizes.some((s) => s.summaries?.['check-cache'])) {
    targets.push({ id: 'cache-speedup', text: 'check --cache: cold run / 2nd run after a one-file change', at: TARGET_SIZE, value: r.cacheSpeedup, limit: 5, unit: 'x', better: 'higher' });
  }
  return targets.map((t) => {
    const value = typeof t.value === 'number' && Number.isFinite(t.value) ? t.value : null;
    const status = value === null ? 'n/a' : (t.better === 'lower' ? value <= t.limit : value >= t.limit) ? 'PASS' : 'FAIL';
    return { ...t, value, status };
  });
}

// ---- formatting -------------------------------------------------------------------------------------

const ok = (x) => typeof x === 'number' && Number.isFinite(x);
/** 1000 -> "1,000" (not toLocaleString: the output must not depend on the locale). */
export const count = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
export const seconds = (ms) => (ok(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a');
export const millis = (ms) => (ok(ms) ? `${count(Math.round(ms))} ms` : 'n/a');
export const mebibytes = (kib) => (ok(kib) ? `${count(Math.round(kib / 1024))} MiB` : 'n/a');
export const times = (x) => (ok(x) ? `${x.toFixed(2)}x` : 'n/a');

function formatValue(value, unit) {
  if (value === null || value === undefined) return 'n/a';
  if (unit === 'x') return times(value);
  if (unit === 'ms') return millis(value);
  return value.toFixed(2);
}

/** A Markdown table with padded columns; `align` is 'l' or 'r' per column. */
export function renderTable(headers, rows, align = headers.map(() => 'l')) {
  const widths = headers.map((h, i) => Math.max(3, h.length, ...rows.map((r) => String(r[i]).length)));
  const cell = (text, i) => (align[i] === 'r' ? String(text).padStart(widths[i]) : String(text).padEnd(widths[i]));
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** The whole stdout report of a run. */
export function renderReport(results) {
  const m = results.machine;
  const out = [];
  out.push(`privacy-lint bench, ${m.date}`);
  out.push(`machine: ${m.os} ${m.arch}, ${m.cpu}, ${m.cores} cores, ${(m.memoryBytes / 1024 ** 3).toFixed(1)} GiB, node ${m.node}`);
  out.push(`load average at start ${m.loadAverageStart.join(' ')}, at end ${(m.loadAverageEnd ?? []).join(' ') || 'n/a'}; timer: ${m.timer}`);
  if (m.note) out.push(`note: ${m.note}`);
  out.push(`${results.options.runs} measured run(s) per tool, interleaved round-robin after one discarded warm-up round; warm loop: ${results.options.edits} edits per measured run, ${results.options.warmupEdits ?? results.options.edits} in the warm-up`);
  out.push('');

  const toolRows = [];
  for (const size of results.sizes) {
    for (const [tool, s] of Object.entries(size.summaries)) {
      toolRows.push([count(size.files), LABELS[tool] ?? tool, s.failures ? `${s.runs} (${s.failures} failed)` : String(s.runs), seconds(s.wallMs), seconds(s.cpuMs), mebibytes(s.maxRssKiB)]);
    }
  }
  out.push(renderTable(['files', 'tool', 'runs', 'wall median', 'CPU median', 'peak RSS max'], toolRows, ['r', 'l', 'r', 'r', 'r', 'r']));
  out.push('');

  const withCache = results.sizes.some((size) => size.summaries['check-cache']);
  const ratioRows = results.sizes.map((size) => {
    const w = size.summaries.warm;
    const b = size.summaries['warm-base'];
    const row = [
      count(size.files),
      times(size.ratios.checkTscTime),
      times(size.ratios.checkTscMemory),
      times(size.ratios.lintWithWithout),
      millis(b?.p50Ms),
      millis(b?.p95Ms),
      millis(w?.p50Ms),
      millis(w?.p95Ms),
      millis(w?.oursP50Ms),
      millis(w?.oursP95Ms),
      describeComparison(size.findings.check),
      describeComparison(size.findings['lint-privacy']),
    ];
    if (withCache) row.push(times(size.ratios.cacheSpeedup), describeComparison(size.findings['check-cache']));
    return row;
  });
  const ratioHeaders = ['files', 'check/tsc time', 'check/tsc memory', 'lint with/without', 'warm p50 without ours', 'warm p95 without ours', 'warm p50', 'warm p95', 'ours p50', 'ours p95', 'check findings', 'eslint findings'];
  const ratioAlign = ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'l'];
  if (withCache) {
    ratioHeaders.push('cache cold/2nd', 'cached findings');
    ratioAlign.push('r', 'l');
  }
  out.push(renderTable(ratioHeaders, ratioRows, ratioAlign));
  out.push('');

  const g = results.growth;
  out.push(`growth exponent of check, ${count(g.from)} -> ${count(g.to)} files: ${ok(g.exponent) ? g.exponent.toFixed(2) : `n/a (needs both sizes, run without --quick)`}`);
  out.push('');

  const targetRows = results.targets.map((t) => [t.text, `${count(t.at)} files`, formatValue(t.value, t.unit), `${t.better === 'lower' ? '<=' : '>='} ${formatValue(t.limit, t.unit)}`, t.status]);
  out.push(renderTable(['target', 'at', 'measured', 'limit', 'result'], targetRows, ['l', 'r', 'r', 'r', 'l']));

  const problems = results.sizes.flatMap((size) =>
    Object.entries(size.findings).flatMap(([tool, c]) =>
      c && !c.ok ? [`${count(size.files)} files, ${tool}: missing ${c.missing.join('; ') || 'none'}; extra ${c.extra.slice(0, 10).join('; ') || 'none'}${c.extra.length > 10 ? ` (+${c.extra.length - 10} more)` : ''}`] : [],
    ),
  );
  if (problems.length > 0) {
    out.push('');
    out.push('findings that do not match expected-findings.json (a fast wrong engine is not a win):');
    for (const p of problems) out.push(`  ${p}`);
  }
  return `${out.join('\n')}\n`;
}
