#!/usr/bin/env node
// Writes the table of docs/rules/README.md (between <!-- rules:start --> and <!-- rules:end -->) from the rules'
// meta (dist/rules/index.js, so `npm run build` runs it after tsc): one row per rule, in reading order, with its
// description and the manifest keys it reads. A new rule's row appears without anyone editing the index.
//
//   node scripts/rules-docs.mjs           rewrite the table when it differs
//   node scripts/rules-docs.mjs --check   exit 1 when it is not current
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const README = fileURLToPath(new URL('../docs/rules/README.md', import.meta.url));
const START = '<!-- rules:start (generated from the rules\' meta by scripts/rules-docs.mjs) -->';
const END = '<!-- rules:end -->';

/** The generated table for these checks (name, description, manifestKeys), in their order. */
export function rulesTable(checks) {
  const cell = (s) => s.replace(/\|/g, '\\|');
  return [
    '| rule | what it requires | manifest keys |',
    '| --- | --- | --- |',
    ...checks.map((c) => `| [privacy/${c.name}](./${c.name}.md) | ${cell(c.description)} | ${c.manifestKeys.map((k) => `\`${cell(k)}\``).join(', ')} |`),
  ].join('\n');
}

/** The README with its generated section replaced. */
export function withTable(readme, checks) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/rules/README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, a + START.length)}\n${rulesTable(checks)}\n${readme.slice(b)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { CHECKS } = await import(pathToFileURL(fileURLToPath(new URL('../dist/rules/index.js', import.meta.url))).href);
  const current = readFileSync(README, 'utf8');
  const next = withTable(current, CHECKS);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('docs/rules/README.md: the rules table is not current; run npm run build');
      process.exit(1);
    }
  } else if (next !== current) writeFileSync(README, next);
}
