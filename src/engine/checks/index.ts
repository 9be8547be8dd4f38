/**
 * The eight checks: each reads Model facts and the manifest and returns findings. Rules, the CLI and the
 * reports call runChecks; none of them looks at code.
 */
import type { ManifestData } from '../../manifest/schema.js';
import type { Model } from '../model.js';
import { noPersonalDataInLogs } from './no-personal-data-in-logs.js';
import { noPlaintextPassword } from './no-plaintext-password.js';
import { noSensitiveCollection } from './no-sensitive-collection.js';
import { noUndeclaredCollection } from './no-undeclared-collection.js';
import { noUndeclaredTransfer } from './no-undeclared-transfer.js';
import { Policy } from './policy.js';
import { requireEncryptionAtRest } from './require-encryption-at-rest.js';
import { requireRetention } from './require-retention.js';
import type { Check, Finding, RuleName } from './types.js';
import { validAnnotations } from './valid-annotations.js';

export { RULE_NAMES, type Check, type Finding, type RuleName, type Severity } from './types.js';

export const CHECKS: readonly Check[] = [
  noSensitiveCollection,
  noUndeclaredCollection,
  noPlaintextPassword,
  requireEncryptionAtRest,
  noUndeclaredTransfer,
  requireRetention,
  noPersonalDataInLogs,
  validAnnotations,
];

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
  const all = CHECKS.filter((c) => !only || only.has(c.name)).flatMap((c) => c.run(model, policy));
  const findings: Finding[] = [];
  const suppressed: CheckResult['suppressed'] = [];
  for (const f of all) {
    const s = model.suppressions.find(
      (x) => x.reason && x.location.file === f.location.file && x.location.line + 1 === f.location.line && x.rules.includes(f.ruleId),
    );
    if (s) suppressed.push({ finding: f, reason: s.reason! });
    else findings.push(f);
  }
  if (!only || only.has('valid-annotations')) {
    for (const s of model.suppressions.filter((x) => !x.reason)) {
      findings.push({
        ruleId: 'privacy/valid-annotations',
        severity: 'error',
        location: s.location,
        dataItems: [],
        flow: [],
        message: `privacy-lint-disable-next-line needs a reason after " -- " (e.g. "-- reviewed with the privacy officer, ticket 123"): an exception without one suppresses nothing.`,
      });
    }
  }
  return { findings: findings.sort(compareFindings), suppressed };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}
