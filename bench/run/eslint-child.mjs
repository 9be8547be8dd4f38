// The ESLint side of the benchmark, run as its own process so that each run is measured alone:
//   node bench/run/eslint-child.mjs lint|lint-privacy PROJECT_DIR OUT.json
//     one typed lint of PROJECT_DIR/src/**/*.ts, without or with our rules; writes a summary of messages
//   node bench/run/eslint-child.mjs warm|warm-base PROJECT_DIR OUT.json EDITS
//     one ESLint instance (typed + our rules; warm-base: typed rules only): lints a mid-sized file once,
//     then EDITS times changes its text and re-lints it through lintText (so the project service sees the
//     new content); writes the ms of every re-lint, and from ESLint's own rule timing (`stats`) the ms our
//     rules took in it and the ms of parsing (typescript-eslint's program update and AST conversion).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { editText, flatConfig, pickWarmFile } from './eslint-config.mjs';

const [mode, dirArg, out, editsArg] = process.argv.slice(2);
if (!['lint', 'lint-privacy', 'warm', 'warm-base'].includes(mode ?? '') || !dirArg || !out) {
  console.error('usage: node bench/run/eslint-child.mjs lint|lint-privacy|warm|warm-base PROJECT_DIR OUT.json [EDITS]');
  process.exit(2);
}
const root = resolve(dirArg);
const withPrivacy = mode === 'lint-privacy' || mode === 'warm';
const warm = mode === 'warm' || mode === 'warm-base';
const plugin = withPrivacy ? (await import('../../dist/src/plugin.js')).default : undefined;
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: flatConfig({ root, manifest: join(root, 'privacy.yaml'), tseslint, plugin }),
  // Per-rule times of each lint, for the warm loop's split (both warm modes pay the same small cost).
  ...(warm ? { stats: true } : {}),
});

const located = (filePath, messages) =>
  messages.map((m) => ({ ruleId: m.ruleId, file: relative(root, filePath).split('\\').join('/'), line: m.line, fatal: m.fatal === true || m.ruleId === null, message: m.message }));

if (warm) {
  const edits = Number(editsArg ?? 50);
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name))
    .map((path) => ({ path, size: statSync(path).size }));
  const file = pickWarmFile(files);
  const original = readFileSync(file, 'utf8');
  let t = performance.now();
  const [first] = await eslint.lintText(original, { filePath: file });
  const firstMs = performance.now() - t;
  const problems = located(file, first.messages).filter((m) => m.fatal);
  const editsMs = [];
  const oursMs = [];
  const parseMs = [];
  const round = (ms) => Math.round(ms * 10) / 10;
  for (let n = 1; n <= edits; n++) {
    const edit = editText(original, n);
    t = performance.now();
    const [r] = await eslint.lintText(edit.text, { filePath: file });
    editsMs.push(round(performance.now() - t));
    const pass = r.stats?.times?.passes?.[0];
    parseMs.push(round(pass?.parse?.total ?? NaN));
    if (withPrivacy) oursMs.push(round(Object.entries(pass?.rules ?? {}).reduce((sum, [id, v]) => (id.startsWith('privacy/') ? sum + v.total : sum), 0)));
    const messages = located(file, r.messages);
    problems.push(...messages.filter((m) => m.fatal));
    if (!messages.some((m) => m.ruleId === '@typescript-eslint/no-floating-promises' && m.line === edit.line)) {
      problems.push({ ruleId: null, file: relative(root, file), line: edit.line, fatal: true, message: `edit ${n}: no-floating-promises did not report the appended line, so the re-lint did not type-check the new text` });
    }
  }
  writeFileSync(out, `${JSON.stringify({ file: relative(root, file), firstMs: Math.round(firstMs), editsMs, parseMs, ...(withPrivacy ? { oursMs } : {}), problems }, null, 2)}\n`);
  if (problems.length > 0) {
    console.error(problems.slice(0, 5).map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    process.exitCode = 1;
  }
} else {
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const messages = results.flatMap((r) => located(r.filePath, r.messages));
  const byRule = {};
  for (const m of messages) byRule[m.ruleId ?? '(fatal)'] = (byRule[m.ruleId ?? '(fatal)'] ?? 0) + 1;
  const summary = {
    files: results.length,
    messages: messages.length,
    byRule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1))),
    privacy: messages.filter((m) => m.ruleId?.startsWith('privacy/')).map(({ ruleId, file, line }) => ({ ruleId, file, line })),
    fatal: messages.filter((m) => m.fatal).slice(0, 20),
  };
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  if (summary.fatal.length > 0) {
    console.error(summary.fatal.slice(0, 5).map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    process.exitCode = 1;
  }
}
