import type { CheckRun } from './result.js';

/** The JSON contract (docs/cli.md): { version: 1, findings: [...], stats: { files, durationMs } }. */
export function formatJson(run: CheckRun): string {
  return `${JSON.stringify({ version: 1, findings: run.findings, stats: run.stats }, null, 2)}\n`;
}
