/**
 * Running the rules: every check (rules/, in reading order) on the Model, the reviewed exceptions applied,
 * findings sorted. The CLI, the ESLint rules and the reports all call checkModel; none of them looks at code.
 */
import { CHECKS, RULE_NAMES, type RuleName } from '../../rules/index.js';
import type { Check, Finding } from '../checks/check.js';
import { Policy } from '../checks/policy.js';
import type { Model } from '../engine/model.js';
import { cmp, comparePlaces } from '../engine/labels.js';
import type { ManifestData } from '../manifest/schema.js';

export { CHECKS, RULE_NAMES, type RuleName };
export type { Check, Finding, Severity } from '../checks/check.js';

export function checkByName(name: string): Check | undefined {
  return CHECKS.find((c) => c.name === name || `privacy/${c.name}` === name);
}

export interface CheckResult {
  findings: Finding[];
  /** Findings a `privacy-lint-disable-next-line` comment with a reason covers (for reports). */
  suppressed: Array<{ finding: Finding; reason: string }>;
}

/** Every finding of the selected checks (all by default), sorted by file, line, column, rule. */
export function runChecks(model: Model, manifest: ManifestData, only?: ReadonlySet<RuleName>): Finding[] {
  return checkModel(model, manifest, only).findings;
}

export function checkModel(model: Model, manifest: ManifestData, only?: ReadonlySet<RuleName>): CheckResult {
  const policy = new Policy(manifest);
  const all: Finding[] = CHECKS.filter((c) => !only || only.has(c.name)).flatMap((c) =>
    c.run(model, policy).map((f) => ({ ruleId: `privacy/${c.name}` as const, severity: c.severity, ...f })),
  );
  const findings: Finding[] = [];
  const suppressed: CheckResult['suppressed'] = [];
  for (const f of all) {
    const s = model.suppressions.find(
      (x) => x.reason && x.location.file === f.location.file && x.location.line + 1 === f.location.line && x.rules.includes(f.ruleId),
    );
    if (s) suppressed.push({ finding: f, reason: s.reason! });
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
