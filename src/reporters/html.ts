/**
 * The review report as one self-contained HTML file (inline style, script and SVG; nothing fetched), so a
 * privacy officer can open it offline, filter it and print it. A pure function of the Report: the same
 * report gives the same bytes. This first version renders the verdict; the rest of the sections follow.
 */
import type { Report } from '../report/types.js';

export function formatHtml(report: Report): string {
  const title = `Privacy review: ${report.project.service ?? report.project.controller}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body><main id="main">',
    `<h1>${escapeHtml(title)}</h1>`,
    '<h2 id="verdict">Verdict</h2>',
    `<p>${escapeHtml(report.verdict.status)}: ${escapeHtml(report.verdict.summary)}</p>`,
    '</main></body></html>',
    '',
  ].join('\n');
}

/** Escapes text for element content and double-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
