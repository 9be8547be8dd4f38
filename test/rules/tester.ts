/**
 * The harness of every rule's test (rules/<rule>/<rule>.test.ts): its cases run twice, as the editor and CI see them.
 *
 * 1. RuleTester, wired to vitest as @typescript-eslint/rule-tester's docs say, with typed linting (projectService)
 *    on the rule's fixture project: fixtures/rules/<rule>/ (tsconfig.json, privacy.yaml, src/). Every case is the
 *    text of fixtures/rules/<rule>/src/case.ts (the project service lints the given text in place of the file on
 *    disk), so it can import the fixture's helpers from './lib.js'.
 * 2. The CLI: `privacy-lint check --format json` on a scratch copy of the fixture holding the cases as files. Each
 *    invalid case must give exactly its `// expect:` lines for the rule under test, each valid case none: the
 *    editor and CI agree case by case. Cases are independent modules, so one project holds all of a rule's cases
 *    (one analysis per rule), unless the rule's cases say `isolated` (require-retention: retention is judged per
 *    store over the whole program, and its cases declare the same tables), when each case gets a project of its own.
 *
 * Invalid cases carry their expectations inline, as the fixtures do: `// expect: privacy/<rule>` on the line
 * of each finding (repeat the rule for two findings on one line). Only the rule under test counts.
 */
import { cpSync, readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RuleTester, type InvalidTestCase, type ValidTestCase } from '@typescript-eslint/rule-tester';
import * as vitest from 'vitest';
import { type MessageIds, type Options, rules } from '../../src/eslint/rules.js';
import type { RuleName } from '../../src/results/run.js';
import { cli, ROOT } from '../cli/helpers.js';

// Building the first Program of a fixture takes seconds; the cases after it are incremental.
RuleTester.afterAll = vitest.afterAll;
RuleTester.describe = vitest.describe;
RuleTester.it = (name, fn) => vitest.it(name, fn, 60_000);

export const RULE_FIXTURES = join(ROOT, 'fixtures/rules');
// The scratch projects sit three levels below the repo (as fixtures/rules/<rule> does), so the packages and the
// tsconfig's `paths` resolve exactly as in the fixture.
const SCRATCH = join(ROOT, 'test-output/rules-cli');

export interface Case {
  name: string;
  code: string;
  options?: Options;
}

export interface Cases {
  valid: Case[];
  invalid: Case[];
  /** Through the CLI, each case in a project of its own (cases that declare the same stores). */
  isolated?: boolean;
}

/** Runs the rule's valid and invalid cases against its fixture project, with RuleTester and through the CLI. */
export function testRule(name: RuleName, cases: Cases): void {
  const root = join(RULE_FIXTURES, name);
  const ruleTester = new RuleTester({
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
  });
  const filename = join(root, 'src/case.ts');
  const valid: ValidTestCase<Options>[] = cases.valid.map(({ name: n, code, options }) => ({ name: n, code: dedent(code), filename, ...(options ? { options } : {}) }));
  const invalid: InvalidTestCase<MessageIds, Options>[] = cases.invalid.map(({ name: n, code: c, options }) => {
    const code = dedent(c);
    return { name: n, code, filename, ...(options ? { options } : {}), errors: expectedErrors(code, name) };
  });
  // rule-tester 8.72 (the newest published) brings its own @typescript-eslint/utils 8.72 types; the rule is built
  // with utils 8.73. Same shapes at run time, distinct private members for the type checker.
  ruleTester.run(name, rules[name] as unknown as Parameters<RuleTester['run']>[1], { valid, invalid });
  throughTheCli(name, cases);
}

interface Reported {
  ruleId: string;
  file: string;
  line: number;
}

interface Placed {
  file: string;
  c: Case;
  valid: boolean;
}

function throughTheCli(rule: RuleName, cases: Cases): void {
  vitest.describe(`${rule} through the CLI`, () => {
    vitest.it('has at least 8 bad and 8 good cases', () => {
      vitest.expect(cases.invalid.length).toBeGreaterThanOrEqual(8);
      vitest.expect(cases.valid.length).toBeGreaterThanOrEqual(8);
    });

    vitest.it('reports exactly the expected lines of every case', { timeout: 300_000 }, async () => {
      const all: Placed[] = [
        ...cases.valid.map((c, i) => ({ c, valid: true, file: `case-good-${String(i + 1).padStart(2, '0')}.ts` })),
        ...cases.invalid.map((c, i) => ({ c, valid: false, file: `case-bad-${String(i + 1).padStart(2, '0')}.ts` })),
      ];
      const got: Record<string, number[]> = {};
      if (cases.isolated) {
        for (const one of all) {
          const dir = join(SCRATCH, rule, one.file.replace(/\.ts$/, ''));
          scratchProject(dir, rule, new Map([['case.ts', dedent(one.c.code)]]));
          const findings = await check(dir, rule);
          // Its one case is src/case.ts; findings elsewhere (lib.ts) would be unexpected and fail below.
          vitest.expect(findings.filter((f) => f.file !== 'src/case.ts'), one.c.name).toEqual([]);
          Object.assign(got, actual(findings.map((f) => ({ ...f, file: `src/${one.file}` })), [one]));
        }
      } else {
        const dir = join(SCRATCH, rule);
        scratchProject(dir, rule, new Map(all.map((a) => [a.file, dedent(a.c.code)])));
        const findings = await check(dir, rule);
        vitest.expect(findings.filter((f) => !/^src\/case-(good|bad)-\d+\.ts$/.test(f.file))).toEqual([]);
        Object.assign(got, actual(findings, all));
      }
      vitest.expect(got).toEqual(expectations(rule, all));
    });
  });
}

/** A copy of the rule's fixture with `files` (name -> code) in src/ in place of case.ts. */
function scratchProject(dir: string, rule: RuleName, files: Map<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(RULE_FIXTURES, rule), dir, { recursive: true });
  rmSync(join(dir, 'src/case.ts'), { force: true });
  for (const [name, code] of files) writeFileSync(join(dir, 'src', name), code);
  // The manifest's handlers in src/case.ts ("src/case.ts#withdraw") are in the files that stand in for it: check
  // says a name that matches no function of the project is a manifest error, as a user would want.
  const manifest = join(dir, 'privacy.yaml');
  const text = readFileSync(manifest, 'utf8');
  const renamed = text.replace(/"src\/case\.ts#([\w.]+)"/g, (_, fn: string) => {
    const declaring = [...files].filter(([, code]) => new RegExp(`\\b(function\\s+${fn}\\b|${fn}\\s*(=|\\())`).test(code)).map(([name]) => `"src/${name}#${fn}"`);
    return declaring.join(', ');
  });
  if (renamed !== text) writeFileSync(manifest, renamed);
}

async function check(dir: string, rule: RuleName): Promise<Reported[]> {
  const r = await cli(['check', '--project', 'tsconfig.json', '--manifest', 'privacy.yaml', '--format', 'json', '--rule', `privacy/${rule}`], dir);
  vitest.expect(r.code, r.err).toBeLessThan(2);
  vitest.expect(r.err).not.toMatch(/warning: .*(syntax error|internal error)/);
  return (JSON.parse(r.out) as { findings: Reported[] }).findings;
}

/** The lines each file should report (invalid cases) or not (valid cases: an empty list). */
function expectations(rule: RuleName, cases: readonly Placed[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const { file, c, valid } of cases) out[`${file}: ${c.name}`] = valid ? [] : expectedErrors(dedent(c.code), rule).map((e) => e.line);
  return out;
}

function actual(findings: readonly Reported[], cases: ReadonlyArray<{ file: string; c: Case }>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const { file, c } of cases) {
    out[`${file}: ${c.name}`] = findings
      .filter((f) => f.file === `src/${file}`)
      .map((f) => f.line)
      .sort((a, b) => a - b);
  }
  return out;
}

/** One error per `// expect: privacy/<rule>` mention of the rule, on that line. */
export function expectedErrors(code: string, rule: RuleName): Array<{ messageId: 'finding'; line: number }> {
  const out: Array<{ messageId: 'finding'; line: number }> = [];
  code.split('\n').forEach((text, i) => {
    const m = /\/\/ expect: ((?:privacy\/[\w-]+[,\s]*)+)/.exec(text);
    for (const r of m?.[1]!.split(/[,\s]+/) ?? []) if (r === `privacy/${rule}`) out.push({ messageId: 'finding', line: i + 1 });
  });
  if (out.length === 0) throw new Error(`an invalid case without "// expect: privacy/${rule}":\n${code}`);
  return out;
}

/** Strips the indentation common to all lines and the first empty line, so cases read as code. */
export function dedent(code: string): string {
  const lines = code.replace(/^\n/, '').replace(/\n\s*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
