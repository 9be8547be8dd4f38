import { type CheckRun, toReported } from '../results/result.js';

/**
 * The JSON contract (docs/cli.md): { version: 1, findings: [...], stats: { files, durationMs, projects, notAnalysed } },
 * paths relative to the working directory; with --baseline also `baseline: { file, known, stale }`, with
 * --changed-since `changedSince`.
 */
export function formatJson(run: CheckRun): string {
  const findings = run.findings.map((f) => toReported(f, run.cwd));
  const extra = { ...(run.baseline ? { baseline: run.baseline } : {}), ...(run.changedSince !== undefined ? { changedSince: run.changedSince } : {}) };
  return `${JSON.stringify({ version: 1, findings, stats: run.stats, ...extra }, null, 2)}\n`;
}
