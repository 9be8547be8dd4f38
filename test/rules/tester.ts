/**
 * RuleTester for the privacy rules, wired to vitest as @typescript-eslint/rule-tester's docs say, with typed
 * linting (projectService) on a fixture project: fixtures/rules/<rule>/ (tsconfig.json, privacy.yaml, src/).
 * Every case is the text of fixtures/rules/<rule>/src/case.ts (the project service lints the given text in
 * place of the file on disk), so it can import the fixture's helpers from './lib.js'.
 *
 * Invalid cases carry their expectations inline, as the fixtures do: `// expect: privacy/<rule>` on the line
 * of each finding (repeat the rule for two findings on one line). Only the rule under test counts.
 */
import { join } from 'node:path';
import { RuleTester, type InvalidTestCase, type ValidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import * as vitest from 'vitest';
import type { RuleName } from '../../src/engine/checks/index.js';
import type { MessageIds, Options } from '../../src/eslint/rule.js';

// Building the first Program of a fixture takes seconds; the cases after it are incremental.
RuleTester.afterAll = vitest.afterAll;
RuleTester.describe = vitest.describe;
RuleTester.it = (name, fn) => vitest.it(name, fn, 60_000);

export const RULE_FIXTURES = new URL('../../fixtures/rules/', import.meta.url).pathname;

export interface Case {
  name: string;
  code: string;
  options?: Options;
}

export interface Cases {
  valid: Case[];
  invalid: Case[];
}

type Rule = TSESLint.RuleModule<MessageIds, Options>;

/** Runs the rule's valid and invalid cases against its fixture project. */
export function testRule(name: RuleName, rule: Rule, cases: Cases): void {
  const root = join(RULE_FIXTURES, name);
  const ruleTester = new RuleTester({
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
  });
  const filename = join(root, 'src/case.ts');
  const valid: ValidTestCase<Options>[] = cases.valid.map((c) => ({ ...c, code: dedent(c.code), filename }));
  const invalid: InvalidTestCase<MessageIds, Options>[] = cases.invalid.map((c) => {
    const code = dedent(c.code);
    return { ...c, code, filename, errors: expectedErrors(code, name) };
  });
  // rule-tester 8.72 (the newest published) brings its own @typescript-eslint/utils 8.72 types; the rule is built
  // with utils 8.73. Same shapes at run time, distinct private members for the type checker.
  ruleTester.run(name, rule as unknown as Parameters<RuleTester['run']>[1], { valid, invalid });
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
