// `npm run demo`: privacy-lint on the bundled example app (fixtures/demo-app), narrated for a newcomer.
// It runs the real CLI (dist/src/cli/main.js, built by the npm script) exactly as a user would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist/src/cli/main.js');
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

function step(title, explanation, args) {
  console.log(`\n${bold(`== ${title}`)}\n${explanation}\n$ privacy-lint ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stdout.write(r.stderr);
  console.log(`(exit code ${r.status})`);
  return r;
}

console.log(bold('privacy-lint demo: a Seoul public-service reservation service (fixtures/demo-app)'));
console.log('The app signs members up with a password, takes reservations paid through Toss Payments,');
console.log('sends SMS notices, reports errors to Sentry and purges old data on a schedule. Its privacy');
console.log('policy is transcribed in fixtures/demo-app/privacy.yaml.');

const validated = step(
  '1. Is the policy complete?',
  'validate checks the manifest and lists the gaps a regulator would ask about, with the article behind each.',
  ['validate', '--manifest', 'fixtures/demo-app/privacy.yaml'],
);

const checked = step(
  '2. Does the code keep the policy?',
  'check traces personal data through the code (with the type checker, across functions and files) to\nwhere it is stored, logged and sent, and reports every place that breaks privacy.yaml, with the flow.',
  ['check', '--project', 'fixtures/demo-app/tsconfig.json', '--manifest', 'fixtures/demo-app/privacy.yaml'],
);

mkdirSync(join(root, 'test-output/demo'), { recursive: true });
const draft = 'test-output/demo/privacy.draft.yaml';
const drafted = step(
  '3. Starting on another project?',
  'init reads the code (type declarations, annotations, imports) and drafts a manifest from it, with TODOs\nwhere only a person can answer. Here it writes beside the repo (test-output/); on your project, privacy.yaml.',
  ['init', '--project', 'fixtures/demo-app/tsconfig.json', '--output', draft, '--force'],
);
if (drafted.status === 0) {
  const lines = readFileSync(join(root, draft), 'utf8').split('\n');
  console.log(`\nThe first ${Math.min(40, lines.length)} of its ${lines.length} lines:\n`);
  console.log(lines.slice(0, 40).join('\n'));
}

const reportArgs = ['--project', 'fixtures/demo-app/tsconfig.json', '--manifest', 'fixtures/demo-app/privacy.yaml', '--output', 'test-output/demo'];
const html = step(
  '4. What does the privacy officer read?',
  'report writes the review: the verdict, the data inventory (each item: where it is collected, stored, sent\nand logged, and what deletes it), recipients and processors, the data-flow picture, every finding with its\ncode. The HTML is one file that works offline; the Markdown suits a pull request (docs/report.md).',
  ['report', ...reportArgs, '--format', 'html'],
);
const markdown = step('4b. The same report as Markdown', 'Same content, Markdown with Mermaid diagrams.', ['report', ...reportArgs, '--format', 'md']);
const reports = ['privacy-report.html', 'privacy-report.md'].map((f) => join(root, 'test-output/demo', f));
if (reports.every((f) => existsSync(f))) {
  console.log(`\nThe reports are in test-output/demo/:`);
  console.log(`  ${reports[0]}  (open it in a browser: xdg-open, open, or file://${reports[0]})`);
  console.log(`  ${reports[1]}  (any Markdown viewer; GitHub renders its Mermaid diagrams)`);
}

console.log(`\n${bold('What you saw')}: check exits 1 because the demo app carries one deliberate mistake per rule`);
console.log('(fixtures/demo-app/README.md lists them), each next to a compliant twin that is not reported.');
console.log('In CI: npx privacy-lint check --format sarif --output privacy.sarif, and privacy-lint report --output DIR for the reviewer.');
console.log('In the editor: the ESLint plugin.');
process.exitCode = validated.status === 0 && checked.status === 1 && drafted.status === 0 && html.status === 1 && markdown.status === 1 ? 0 : 1;
