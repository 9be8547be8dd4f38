/**
 * The ESLint rules, one per check (rules/<name>/), all made by one adapter: the rule's meta comes from the
 * check's, and its listener reports the check's findings for the linted file. The logic lives in the checks;
 * a rule only maps findings to ESLint reports, so a new check is a new ESLint rule without a line here.
 */
import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { CHECKS, type Check, type Finding, type RuleName } from '../results/run.js';
import { findingsFor, firstReport, type PrivacySettings } from './analysis.js';
import { posixRelative } from '../paths.js';
import { ruleDocsUrl } from '../links.js';

export interface PrivacyRuleDocs {
  description: string;
  /** In `configs.recommended` (at the check's severity). */
  recommended: boolean;
  requiresTypeChecking: true;
  /** The manifest keys the check reads. */
  manifestKeys: string[];
}

export type Options = [{ manifest?: string }];
export type MessageIds = 'finding' | 'noTypeInformation' | 'setup';

/** docs.url: the rule's page at this release (src/links.ts). */
export const createRule = ESLintUtils.RuleCreator<PrivacyRuleDocs>((name) => ruleDocsUrl(name));

export const optionsSchema: JSONSchema4[] = [
  {
    type: 'object',
    properties: {
      manifest: {
        type: 'string',
        description: 'Path of the privacy manifest, relative to the ESLint working directory. Default: the nearest privacy.yaml (or .yml, .json) above the linted file.',
      },
    },
    additionalProperties: false,
  },
];

export const messages: Record<MessageIds, string> = {
  finding: '{{message}}',
  setup: '{{message}}',
  noTypeInformation:
    'privacy/* rules need type information, and this file was linted without it, so they did not run. Enable typed linting: use typescript-eslint\'s parser with languageOptions.parserOptions.projectService: true (https://typescript-eslint.io/getting-started/typed-linting). Reported once per run.',
};

/** docs for a rule, from its check's meta. */
export function docsOf(check: Check): PrivacyRuleDocs {
  return { description: check.description, recommended: true, requiresTypeChecking: true, manifestKeys: check.manifestKeys };
}

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/**
 * The listener of every privacy rule: the check's findings located in this file, reported where they are.
 * It runs when the traversal leaves the file ('Program:exit'), after the other typed rules: in an editor each
 * edit brings a fresh type checker, and by then typescript-eslint's rules have already had it resolve most
 * of this file's types, which the analysis would otherwise pay for again in its own time.
 */
export function reportFindings(check: Check, context: Context, [options]: Readonly<Options>): TSESLint.RuleListener {
  return {
    'Program:exit'() {
      const program = context.sourceCode.parserServices?.program;
      const atStart = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };
      if (!program) {
        if (firstReport('no-type-information')) context.report({ loc: atStart, messageId: 'noTypeInformation' });
        return;
      }
      const settings = settingsOf(context.settings);
      if ('problem' in settings) {
        if (firstReport(settings.problem)) context.report({ loc: atStart, messageId: 'setup', data: { message: settings.problem } });
        return;
      }
      const result = findingsFor(program, context.filename, check.name, options.manifest, context.cwd, settings);
      if ('problem' in result) {
        if (firstReport(result.problem.key)) context.report({ loc: atStart, messageId: 'setup', data: { message: result.problem.message } });
        return;
      }
      const lines = context.sourceCode.lines;
      for (const f of result.findings) context.report({ loc: locOf(f.location, lines), messageId: 'finding', data: { message: eslintMessage(f, context.cwd) } });
      if (settings.reportAtSource) {
        for (const f of result.fromHere) context.report({ loc: locOf(f.flow[0]!.location, lines), messageId: 'finding', data: { message: atSourceMessage(f, context.cwd) } });
      }
    },
  };
}

/** settings.privacy, checked: a misspelt key would otherwise be ignored without a word. */
function settingsOf(all: Record<string, unknown>): PrivacySettings | { problem: string } {
  const raw = all['privacy'];
  if (raw === undefined) return {};
  const bad = (what: string) => ({ problem: `settings.privacy ${what}; it takes { baseline?: "privacy-baseline.json", reportAtSource?: true } (docs/eslint.md), so no privacy/* rule ran.` });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('is not an object');
  const settings = raw as Record<string, unknown>;
  for (const key of Object.keys(settings)) if (key !== 'baseline' && key !== 'reportAtSource') return bad(`has an unknown key "${key}"`);
  if (settings.baseline !== undefined && typeof settings.baseline !== 'string') return bad('.baseline is not a path');
  if (settings.reportAtSource !== undefined && typeof settings.reportAtSource !== 'boolean') return bad('.reportAtSource is not true or false');
  return settings as PrivacySettings;
}

/**
 * The finding's message as the editor shows it: for data that entered in another file, where it entered first
 * ("`email` from src/users/users.service.ts:22 → …"), since the editor shows only the sink's line. The CLI's text format
 * prints the whole flow instead, so its message stays the check's.
 */
export function eslintMessage(f: Finding, cwd: string): string {
  const origin = f.flow[0]?.location;
  if (!origin || origin.file === f.location.file) return f.message;
  return `${items(f)} from ${posixRelative(cwd, origin.file)}:${origin.line} → ${f.message}`;
}

/** The message at the line where the data entered (settings.privacy.reportAtSource). */
export function atSourceMessage(f: Finding, cwd: string): string {
  return `${items(f)} entering here reaches ${f.sink?.name ?? 'a sink'} at ${posixRelative(cwd, f.location.file)}:${f.location.line} → ${f.message}`;
}

const items = (f: Finding) => (f.dataItems.length > 0 ? [...f.dataItems].sort().map((i) => `\`${i}\``).join(', ') : 'data');

/** A range (1-based columns) as ESLint's loc (0-based columns), kept inside the text. */
function locOf(location: Finding['location'], lines: readonly string[]) {
  const clamp = (line: number, column: number) => {
    const l = Math.min(Math.max(line, 1), lines.length);
    return { line: l, column: Math.min(Math.max(column - 1, 0), lines[l - 1]!.length) };
  };
  const { line, column, endLine, endColumn } = location;
  return { start: clamp(line, column), end: clamp(endLine, endColumn) };
}

/** An ESLint rule for a check: its meta from the check's, its findings from the shared analysis. */
export function ruleOf<Name extends string>(check: Check<Name>) {
  return createRule<Options, MessageIds>({
    name: check.name,
    meta: { type: 'problem', docs: docsOf(check), messages, schema: optionsSchema, defaultOptions: [{}] },
    create: (context, options) => reportFindings(check, context, options),
  });
}

export type PrivacyRule = ReturnType<typeof ruleOf>;

/** Every rule, by name (= the check's name; ESLint id `privacy/<name>` = the CLI's ruleId). */
export const rules = Object.fromEntries(CHECKS.map((c) => [c.name, ruleOf(c)])) as Record<RuleName, PrivacyRule>;

export type PrivacyRules = typeof rules;
