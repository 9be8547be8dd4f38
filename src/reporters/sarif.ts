import type { CheckRun } from './result.js';

/** SARIF 2.1.0 (placeholder until the SARIF reporter lands: the minimal valid log). */
export function formatSarif(run: CheckRun, _options: { root: string; cwd: string }): string {
  return `${JSON.stringify({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [{ tool: { driver: { name: 'privacy-lint' } }, results: run.findings.map((f) => ({ ruleId: f.ruleId, level: f.severity, message: { text: f.message } })) }] }, null, 2)}\n`;
}
