/**
 * Markdown and JSON of the demo app's report, held as file snapshots (test/report/__snapshots__/):
 * paths are relative to the repository, nothing depends on the machine or the clock. The tool version is
 * pinned so that a release does not rewrite the snapshots. `vitest run -u` updates them after a reviewed change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatReportJson } from '../../src/report/json.js';
import type { Report } from '../../src/report/types.js';
import { formatMarkdown } from '../../src/reporters/markdown.js';
import { ROOT, analyseDemo } from './demo.js';

let report: Report;

beforeAll(() => {
  const r = analyseDemo().report;
  report = { ...r, tool: { ...r.tool, version: '0.0.0-snapshot' } };
});

describe('report snapshots of fixtures/demo-app', () => {
  it('JSON', async () => {
    const json = formatReportJson(report);
    expect(json).not.toContain(ROOT);
    expect(json).not.toMatch(/durationMs|"ms"|\d{4}-\d\d-\d\dT/);
    await expect(json).toMatchFileSnapshot('__snapshots__/demo-app.report.json');
  });

  it('Markdown', async () => {
    const md = formatMarkdown(report);
    expect(md).not.toContain(ROOT);
    expect(md.startsWith('# Privacy review: Seoul Public Service Reservations\n')).toBe(true);
    expect(md.indexOf('## Verdict')).toBeLessThan(md.indexOf('## Data inventory'));
    expect(md).toContain('```mermaid\nflowchart LR\n');
    await expect(md).toMatchFileSnapshot('__snapshots__/demo-app.report.md');
  });

  it('is stable: rendering twice gives the same bytes', () => {
    expect(formatMarkdown(report)).toBe(formatMarkdown(structuredClone(report)));
    expect(formatReportJson(report)).toBe(formatReportJson(structuredClone(report)));
  });
});
