import { type CheckRun, toReported } from '../results/result.js';

/** The JSON contract (docs/cli.md): { version: 1, findings: [...], stats: { files, durationMs, projects, notAnalysed } }, paths relative to the working directory. */
export function formatJson(run: CheckRun): string {
  const findings = run.findings.map((f) => toReported(f, run.cwd));
  return `${JSON.stringify({ version: 1, findings, stats: run.stats }, null, 2)}\n`;
}
