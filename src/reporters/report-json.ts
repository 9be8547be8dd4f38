/** The report as JSON: the Report object as is (schema: docs/report.md), two-space indented, one final newline. */
import type { Report } from '../report/types.js';

export function formatReportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
