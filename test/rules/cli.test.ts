/**
 * The RuleTester cases of every rule (./cases/<rule>.ts), run again through the CLI: `privacy-lint check
 * --format json` on a scratch copy of the rule's fixture project holding the cases as files. Each invalid case
 * must give exactly its `// expect:` lines for the rule under test, each valid case none: the editor and CI
 * agree case by case, not only on the three fixtures test/eslint/same-findings.test.ts compares.
 *
 * Cases are independent modules, so one project holds all of a rule's cases (one analysis per rule), except
 * for require-retention: retention is judged per store over the whole program, and its cases declare the same
 * tables, so each of its cases gets a project of its own (as RuleTester gives it one).
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleName } from '../../src/engine/checks/index.js';
import { rules } from '../../src/eslint/rules/index.js';
import { cli, ROOT } from '../cli/helpers.js';
import { RULE_FIXTURES, dedent, expectedErrors, type Case, type Cases } from './tester.js';

// The scratch projects sit three levels below the repo (as fixtures/rules/<rule> does), so the packages and the
// tsconfig's `paths` resolve exactly as in the fixture.
const SCRATCH = join(ROOT, 'test-output/rules-cli');

interface Finding {
  ruleId: string;
  file: string;
  line: number;
}

/** Every rule the plugin has (src/eslint/rules/index.ts), so a new rule is run here without a list to update. */
const RULES = Object.keys(rules) as RuleName[];
const CASES_DIR = new URL('./cases/', import.meta.url).pathname;

/**
 * The rule's RuleTester cases: ./cases/<rule>.ts, the module its RuleTester test runs (a rule without one fails
 * here). The path names the .ts file: Vite resolves a dynamic import with a variable by globbing ./cases/*.ts.
 */
async function casesOf(rule: RuleName): Promise<Cases> {
  return ((await import(`./cases/${rule}.ts`)) as { cases: Cases }).cases;
}

/** A copy of the rule's fixture with `files` (name -> code) in src/ in place of case.ts. */
function scratchProject(dir: string, rule: RuleName, files: Map<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(RULE_FIXTURES, rule), dir, { recursive: true });
  rmSync(join(dir, 'src/case.ts'), { force: true });
  for (const [name, code] of files) writeFileSync(join(dir, 'src', name), code);
}

async function check(dir: string, rule: RuleName): Promise<Finding[]> {
  const r = await cli(['check', '--project', 'tsconfig.json', '--manifest', 'privacy.yaml', '--format', 'json', '--rule', `privacy/${rule}`], dir);
  expect(r.code, r.err).toBeLessThan(2);
  expect(r.err).not.toMatch(/warning: .*(syntax error|internal error)/);
  return (JSON.parse(r.out) as { findings: Finding[] }).findings;
}

/** The lines each file should report (invalid cases) or not (valid cases: an empty list). */
function expectations(rule: RuleName, cases: Array<{ file: string; c: Case; valid: boolean }>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const { file, c, valid } of cases) out[`${file}: ${c.name}`] = valid ? [] : expectedErrors(dedent(c.code), rule).map((e) => e.line);
  return out;
}

function actual(findings: Finding[], cases: Array<{ file: string; c: Case }>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const { file, c } of cases) {
    out[`${file}: ${c.name}`] = findings
      .filter((f) => f.file === `src/${file}`)
      .map((f) => f.line)
      .sort((a, b) => a - b);
  }
  return out;
}

it('has a cases module for every rule and for no other name', () => {
  expect(readdirSync(CASES_DIR).map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...RULES].sort());
});

describe.each(RULES.map((r) => [r] as const))('%s through the CLI', (rule) => {
  it('has at least 8 bad and 8 good cases', async () => {
    const cases = await casesOf(rule);
    expect(cases.invalid.length).toBeGreaterThanOrEqual(8);
    expect(cases.valid.length).toBeGreaterThanOrEqual(8);
  });

  it('reports exactly the expected lines of every case', { timeout: 300_000 }, async () => {
    const cases = await casesOf(rule);
    const all = [
      ...cases.valid.map((c, i) => ({ c, valid: true, file: `case-good-${String(i + 1).padStart(2, '0')}.ts` })),
      ...cases.invalid.map((c, i) => ({ c, valid: false, file: `case-bad-${String(i + 1).padStart(2, '0')}.ts` })),
    ];
    const got: Record<string, number[]> = {};
    if (rule === 'require-retention') {
      for (const one of all) {
        const dir = join(SCRATCH, rule, one.file.replace(/\.ts$/, ''));
        scratchProject(dir, rule, new Map([['case.ts', dedent(one.c.code)]]));
        const findings = await check(dir, rule);
        // Its one case is src/case.ts; findings elsewhere (lib.ts) would be unexpected and fail below.
        expect(findings.filter((f) => f.file !== 'src/case.ts'), one.c.name).toEqual([]);
        Object.assign(got, actual(findings.map((f) => ({ ...f, file: `src/${one.file}` })), [one]));
      }
    } else {
      const dir = join(SCRATCH, rule);
      scratchProject(dir, rule, new Map(all.map((a) => [a.file, dedent(a.c.code)])));
      const findings = await check(dir, rule);
      expect(findings.filter((f) => !/^src\/case-(good|bad)-\d+\.ts$/.test(f.file))).toEqual([]);
      Object.assign(got, actual(findings, all));
    }
    expect(got).toEqual(expectations(rule, all));
  });
});
