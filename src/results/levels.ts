/**
 * The manifest's `rules:` section: each rule's level (error, warn, off), read by the CLI (checkModel) and by the
 * ESLint configs (plugin.ts), so both paths run the same rules at the same severity. Rule names are checked here,
 * not in the manifest's schema, because the manifest layer sits below the rules: an unknown name is a
 * diagnostic at its key, with a did-you-mean, which `validate`, `check`, `report` and the ESLint rules show.
 */
import type { ManifestDiagnostic } from '../manifest/diagnostics.js';
import type { Manifest } from '../manifest/load.js';
import type { ManifestData, RuleLevel } from '../manifest/schema.js';
import { didYouMean } from '../manifest/suggest.js';
import type { Severity } from '../checks/check.js';
import { RULE_NAMES, type RuleName } from '../../rules/index.js';

export type { RuleLevel };

/** The levels the manifest sets, by rule name (unknown names left out: ruleLevelDiagnostics reports them). */
export function ruleLevels(manifest: ManifestData): Map<RuleName, RuleLevel> {
  const out = new Map<RuleName, RuleLevel>();
  for (const [key, level] of Object.entries(manifest.rules ?? {})) {
    const name = key.replace(/^privacy\//, '');
    if ((RULE_NAMES as readonly string[]).includes(name)) out.set(name as RuleName, level);
  }
  return out;
}

/** A rule's severity under the manifest: its level there, else its default; undefined when the manifest turns it off. */
export function severityUnder(levels: ReadonlyMap<RuleName, RuleLevel>, rule: RuleName, fallback: Severity): Severity | undefined {
  const level = levels.get(rule);
  if (level === undefined) return fallback;
  return level === 'off' ? undefined : level === 'warn' ? 'warning' : 'error';
}

/** Errors for `rules:` keys naming no rule (a typo would otherwise leave the rule at its default silently). */
export function ruleLevelDiagnostics(manifest: Manifest): ManifestDiagnostic[] {
  const out: ManifestDiagnostic[] = [];
  for (const key of Object.keys(manifest.data.rules ?? {})) {
    const name = key.replace(/^privacy\//, '');
    if ((RULE_NAMES as readonly string[]).includes(name)) continue;
    const { line, column } = manifest.source.positionOfKey(['rules', key]);
    out.push({
      severity: 'error',
      file: manifest.file,
      line,
      column,
      path: ['rules', key],
      message: `unknown rule "${key}"${didYouMean(name, RULE_NAMES)}; the rules are listed in docs/rules/`,
      code: 'unknown-rule',
    });
  }
  return out;
}
