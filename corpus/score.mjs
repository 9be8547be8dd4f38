#!/usr/bin/env node
// Scores privacy-lint on the real-application corpus (corpus/README.md): runs `check` on each prepared app and
// holds its findings against the app's triage. Not part of CI (the apps are not in this repository).
//
//   node corpus/score.mjs --apps DIR [--cli dist/src/cli/main.js] [--json FILE] [app …]
//
// DIR holds one checkout per app, DIR/<name>, prepared as corpus/<name>/app.json says (commit, install). For each
// app it prints findings, TP, FP, debatable, untriaged (new findings nobody has judged: triage them), TPs no
// longer reported, known misses found, and precision TP / (TP + FP); then the totals, and the untriaged findings.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** A finding's key in the triage: rule, file (relative to the app), line. */
export const keyOf = (rule, file, line) => `${rule} ${file}:${line}`;

/**
 * The score of one app: `findings` as `check --format json` gives them (paths relative to the app), `triage` as in
 * corpus/<name>/triage.json. A known miss counts as found when a finding of its rule is in its file within two lines.
 */
export function scoreApp(findings, triage) {
  const verdicts = new Map(triage.findings.map((t) => [keyOf(t.rule, t.file, t.line), t]));
  const seen = new Set();
  const count = { TP: 0, FP: 0, debatable: 0 };
  const untriaged = [];
  for (const f of findings) {
    const k = keyOf(f.ruleId, f.file, f.line);
    if (seen.has(k)) continue; // one verdict per rule and place
    seen.add(k);
    const t = verdicts.get(k);
    if (t) count[t.verdict]++;
    else untriaged.push({ rule: f.ruleId, file: f.file, line: f.line, message: f.message });
  }
  const lost = triage.findings.filter((t) => t.verdict === 'TP' && !seen.has(keyOf(t.rule, t.file, t.line))).map((t) => keyOf(t.rule, t.file, t.line));
  const found = triage.misses.filter((m) => findings.some((f) => f.ruleId === m.rule && f.file === m.file && Math.abs(f.line - m.line) <= 2));
  const judged = count.TP + count.FP;
  return {
    findings: seen.size,
    ...count,
    untriaged,
    lostTPs: lost,
    missesFound: found.length,
    misses: triage.misses.length,
    precision: judged === 0 ? null : count.TP / judged,
  };
}

/** Totals over apps (precision over the summed TP and FP). */
export function totals(scores) {
  const sum = (k) => scores.reduce((n, s) => n + (Array.isArray(s[k]) ? s[k].length : s[k]), 0);
  const TP = sum('TP');
  const FP = sum('FP');
  return { findings: sum('findings'), TP, FP, debatable: sum('debatable'), untriaged: sum('untriaged'), lostTPs: sum('lostTPs'), missesFound: sum('missesFound'), misses: sum('misses'), precision: TP + FP === 0 ? null : TP / (TP + FP) };
}

function parse(argv) {
  const a = { apps: undefined, cli: resolve(HERE, '../dist/src/cli/main.js'), json: undefined, names: [] };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--apps') a.apps = resolve(argv[++i]);
    else if (k === '--cli') a.cli = resolve(argv[++i]);
    else if (k === '--json') a.json = resolve(argv[++i]);
    else if (k === '--help' || k === '-h') a.help = true;
    else a.names.push(k);
  }
  return a;
}

function main() {
  const args = parse(process.argv.slice(2));
  if (args.help || !args.apps) {
    console.log('usage: node corpus/score.mjs --apps DIR [--cli dist/src/cli/main.js] [--json FILE] [app …]');
    process.exit(args.help ? 0 : 2);
  }
  const names = args.names.length > 0 ? args.names : readdirSync(HERE).filter((n) => existsSync(join(HERE, n, 'app.json'))).sort();
  const rows = [];
  for (const name of names) {
    const app = JSON.parse(readFileSync(join(HERE, name, 'app.json'), 'utf8'));
    const triage = JSON.parse(readFileSync(join(HERE, name, 'triage.json'), 'utf8'));
    const cwd = join(args.apps, name);
    if (!existsSync(cwd)) {
      console.error(`${name}: not prepared in ${cwd} (see corpus/${name}/app.json); skipped`);
      continue;
    }
    const started = Date.now();
    const r = spawnSync(process.execPath, [args.cli, 'check', '--project', app.tsconfig, '--manifest', join(HERE, name, 'privacy.yaml'), '--format', 'json'], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) {
      console.error(`${name}: check exited ${r.status}\n${r.stderr}`);
      continue;
    }
    const findings = JSON.parse(r.stdout).findings;
    rows.push({ app: name, seconds: (Date.now() - started) / 1000, ...scoreApp(findings, triage) });
  }
  const fmt = (p) => (p === null ? 'n/a' : p.toFixed(2));
  console.log('| app | findings | TP | FP | debatable | untriaged | TPs lost | misses found | precision |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of rows) console.log(`| ${s.app} | ${s.findings} | ${s.TP} | ${s.FP} | ${s.debatable} | ${s.untriaged.length} | ${s.lostTPs.length} | ${s.missesFound}/${s.misses} | ${fmt(s.precision)} |`);
  const t = totals(rows);
  console.log(`| **total** | ${t.findings} | ${t.TP} | ${t.FP} | ${t.debatable} | ${t.untriaged} | ${t.lostTPs} | ${t.missesFound}/${t.misses} | ${fmt(t.precision)} |`);
  for (const s of rows) {
    for (const u of s.untriaged) console.log(`untriaged ${s.app}: ${u.rule} ${u.file}:${u.line} ${u.message.slice(0, 160)}`);
    for (const l of s.lostTPs) console.log(`TP no longer reported ${s.app}: ${l}`);
  }
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ rows, totals: t }, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
