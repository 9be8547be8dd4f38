/**
 * GitLab's Code Quality report (`artifacts: reports: codequality`), a subset of Code Climate's issue format, so a
 * merge request shows privacy-lint's findings in its widget and diff (docs/ci.md). An array of issues, each with
 * `description`, `check_name` (the rule id), `fingerprint` (the one SARIF and the baseline use, so an issue keeps
 * its identity when lines move), `severity` (error: major, warning: minor) and `location.path` relative to the
 * repository's root (where GitLab resolves paths) with `lines.begin`. Pure and deterministic.
 */
import { fingerprints } from '../results/fingerprint.js';
import type { CheckRun } from '../results/result.js';
import { posixRelative } from '../paths.js';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end: number } };
}

export function formatCodeQuality(run: CheckRun): string {
  const prints = fingerprints(run.findings, run.root);
  const issues: CodeQualityIssue[] = run.findings.map((f, i) => ({
    description: f.message,
    check_name: f.ruleId,
    fingerprint: prints[i]!,
    severity: f.severity === 'error' ? 'major' : 'minor',
    location: { path: posixRelative(run.root, f.location.file), lines: { begin: f.location.line, end: f.location.endLine } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
