/**
 * Markdown and JSON of the demo app's report, held as file snapshots (test/report/__snapshots__/):
 * paths are relative to the repository, nothing depends on the machine or the clock. The tool version is
 * pinned so that a release does not rewrite the snapshots. `vitest run -u` updates them after a reviewed change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatReportJson } from '../../src/reporters/report-json.js';
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

  it('Markdown structure: every table row has its header\'s cells; every Mermaid edge joins declared nodes', () => {
    const lines = formatMarkdown(report).split('\n');
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    let header: number | undefined;
    let rows = 0;
    for (const l of lines) {
      if (!l.startsWith('|')) {
        header = undefined;
        continue;
      }
      if (header === undefined) header = cells(l);
      else {
        expect(cells(l), l).toBe(header);
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(report.inventory.length + report.parties.length);
    const blocks = formatMarkdown(report).split('```mermaid\n').slice(1).map((b) => b.slice(0, b.indexOf('```')));
    expect(blocks.length).toBe(1 + report.inventory.filter((r) => r.stores.length + r.parties.length + r.logs.length + r.responses.length > 0).length);
    for (const block of blocks) {
      const declared = new Set([...block.matchAll(/^ {4}(n\d+)[[({>]/gm)].map((m) => m[1]));
      const used = [...block.matchAll(/^ {2}(n\d+) \S+(?: \S+)? (n\d+)$/gm)].flatMap((m) => [m[1], m[2]]);
      expect(used.length).toBeGreaterThan(0);
      expect(used.filter((id) => !declared.has(id))).toEqual([]);
    }
  });

  it('is stable: rendering twice gives the same bytes', () => {
    expect(formatMarkdown(report)).toBe(formatMarkdown(structuredClone(report)));
    expect(formatReportJson(report)).toBe(formatReportJson(structuredClone(report)));
  });
});
