/**
 * Running the rules: every check (rules/, in reading order) on the Model, at the level the manifest's `rules:`
 * section gives it, the exceptions written in the code applied, findings sorted. The CLI, the ESLint rules and
 * the reports all call checkModel; none of them looks at code.
 */
import { CHECKS, RULE_NAMES, type RuleName } from '../../rules/index.js';
import type { Check, Finding } from '../checks/check.js';
import { Policy } from '../checks/policy.js';
import type { Model } from '../engine/model.js';
import { cmp, comparePlaces } from '../engine/labels.js';
import type { ManifestData } from '../manifest/schema.js';
import { ruleLevels, severityUnder } from './levels.js';
import { Suppressions } from './suppress.js';

export { CHECKS, RULE_NAMES, type RuleName };
export type { Check, Finding, Severity } from '../checks/check.js';

export function checkByName(name: string): Check | undefined {
  return CHECKS.find((c) => c.name === name || `privacy/${c.name}` === name);
}

export interface CheckResult {
  findings: Finding[];
  /** Findings an exception in the code covers, with its reason (for reports). */
  suppressed: Array<{ finding: Finding; reason: string }>;
}

export interface CheckOptions {
  /** Only these rules (`check --rule`); the manifest's `off` still wins. */
  only?: ReadonlySet<RuleName>;
  /**
   * Whether ESLint's disable directives are applied here (true, the default: the CLI and the reports) or left to
   * ESLint's linter, which applies them to the plugin's reports itself (the ESLint rules pass false).
   */
  eslintDirectives?: boolean;
}

/** What a reviewer reads for an exception that gave no reason (ESLint's directives do not require one). */
export const NO_REASON = 'no reason given (an eslint-disable comment)';

/** Every finding of the selected checks (all by default), sorted by file, line, column, rule. */
export function runChecks(model: Model, manifest: ManifestData, options: CheckOptions = {}): Finding[] {
  return checkModel(model, manifest, options).findings;
}

export function checkModel(model: Model, manifest: ManifestData, options: CheckOptions = {}): CheckResult {
  const policy = new Policy(manifest);
  const levels = ruleLevels(manifest);
  const all: Finding[] = CHECKS.flatMap((c) => {
    const severity = severityUnder(levels, c.name, c.severity);
    if (!severity || (options.only && !options.only.has(c.name))) return [];
    return c.run(model, policy).map((f) => ({ ruleId: `privacy/${c.name}` as const, severity, ...f }));
  });
  const suppressions = new Suppressions(model.suppressions, { eslint: options.eslintDirectives ?? true });
  const findings: Finding[] = [];
  const suppressed: CheckResult['suppressed'] = [];
  for (const f of all) {
    const s = suppressions.covering(f);
    if (s) suppressed.push({ finding: f, reason: s.reason ?? NO_REASON });
    else findings.push(f);
  }
  return { findings: findings.sort(compareFindings), suppressed };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    comparePlaces(a.location, b.location) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message)
  );
}
