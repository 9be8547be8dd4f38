/**
 * The exports an officer edits and files (`report --format xlsx|csv|docx`, docs/report.md):
 * - xlsx: the record of processing (one row per purpose and item, src/report/record.ts), and sheets for the
 *   findings and the policy gaps (ExcelJS);
 * - csv: the record's rows (csv-stringify), a header row first, UTF-8 with a BOM so spreadsheet programs read
 *   Korean text;
 * - docx: the policy draft in the chosen language (the `docx` package), its Markdown read line by line:
 *   headings, the legend, numbered and bulleted lines, **bold** and `code`.
 * Every value comes from the Report (and the draft from formatPolicy), so the files match the JSON report.
 */
import { stringify } from 'csv-stringify/sync';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import type { ManifestData } from '../manifest/schema.js';
import { RECORD_COLUMNS, recordRows } from '../report/record.js';
import type { RecordRow, Report } from '../report/types.js';
import { formatPolicy, type PolicyLang } from './policy.js';

/** The record's rows: the Report's own (buildReport), or built from it for a hand-made Report. */
export function recordOf(report: Report, manifest: ManifestData): RecordRow[] {
  return report.record ?? recordRows(manifest, report.inventory, report.gaps);
}

export const FINDING_COLUMNS: ReadonlyArray<[string, string]> = [
  ['ruleId', 'Rule'], ['severity', 'Severity'], ['file', 'File'], ['line', 'Line'], ['column', 'Column'], ['dataItems', 'Items'], ['message', 'Message'], ['docs', 'Docs'],
];
export const GAP_COLUMNS: ReadonlyArray<[string, string]> = [
  ['code', 'Code'], ['path', 'Manifest key'], ['file', 'File'], ['line', 'Line'], ['column', 'Column'], ['article', 'Article'], ['message', 'Message'],
];

export function formatCsv(report: Report, manifest: ManifestData): string {
  const rows = recordOf(report, manifest);
  const body = stringify([RECORD_COLUMNS.map(([, h]) => h), ...rows.map((r) => RECORD_COLUMNS.map(([k]) => r[k]))], { record_delimiter: '\r\n' });
  return `\ufeff${body}`;
}

export async function formatXlsx(report: Report, manifest: ManifestData): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = report.tool.name;
  // A fixed date: the same Report gives the same workbook properties.
  wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));
  const sheet = (name: string, columns: ReadonlyArray<readonly [string, string]>, rows: ReadonlyArray<Record<string, unknown>>) => {
    const ws = wb.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    // Each column as wide as its longest value (up to 60 characters), so rows read on one line.
    const width = (k: string, header: string) => Math.min(60, Math.max(8, header.length, ...rows.map((r) => String(cell(r[k])).length)) + 2);
    ws.columns = columns.map(([key, header]) => ({ key, header, width: width(key, header) }));
    ws.getRow(1).font = { bold: true };
    for (const r of rows) ws.addRow(Object.fromEntries(columns.map(([k]) => [k, cell(r[k])])));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    ws.eachRow((row) => (row.alignment = { vertical: 'top' }));
  };
  sheet('Record of processing', RECORD_COLUMNS, recordOf(report, manifest) as unknown as Array<Record<string, unknown>>);
  sheet('Findings', FINDING_COLUMNS, report.findings as unknown as Array<Record<string, unknown>>);
  sheet('Gaps', GAP_COLUMNS, report.gaps as unknown as Array<Record<string, unknown>>);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A cell's value: lists joined with ", ", numbers kept as numbers, nothing as an empty cell. */
export function cell(v: unknown): string | number {
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'number') return v;
  return v === undefined || v === null ? '' : String(v);
}

export async function formatDocx(report: Report, manifest: ManifestData, lang: PolicyLang): Promise<Uint8Array> {
  const md = formatPolicy(report, manifest, lang);
  const doc = new Document({
    creator: report.tool.name,
    title: md.split('\n')[0]!.replace(/^#\s*/, ''),
    styles: { default: { document: { run: { font: lang === 'ko' ? 'Malgun Gothic' : 'Calibri', size: 21 } } } },
    sections: [{ children: md.split('\n').flatMap(paragraph) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** One Markdown line of the draft as a Word paragraph (blank lines end paragraphs, so they are dropped). */
function paragraph(line: string): Paragraph[] {
  if (line.trim() === '') return [];
  const heading = /^(#{1,3}) (.*)$/.exec(line);
  if (heading) {
    const level = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2][heading[1]!.length - 1]!;
    return [new Paragraph({ heading: level, children: runs(heading[2]!) })];
  }
  if (line.startsWith('>')) {
    const text = line.replace(/^>\s?/, '');
    return text === '' ? [] : [new Paragraph({ children: runs(text, true), indent: { left: 360 }, alignment: AlignmentType.LEFT })];
  }
  const bullet = /^(\s*)- (.*)$/.exec(line);
  if (bullet) return [new Paragraph({ children: runs(bullet[2]!), bullet: { level: Math.min(3, Math.floor(bullet[1]!.length / 3)) } })];
  const numbered = /^(\s*)(\d+\. .*)$/.exec(line);
  if (numbered) return [new Paragraph({ children: runs(numbered[2]!), indent: { left: 360 + 360 * Math.floor(numbered[1]!.length / 3), hanging: 360 } })];
  return [new Paragraph({ children: runs(line) })];
}

/** **bold**, *italic* and `code` spans as runs; the Markdown marks themselves are not written. */
function runs(text: string, italics = false, bold = false): TextRun[] {
  const out: TextRun[] = [];
  const re = /\*\*(.+?)\*\*(?!\*)|`([^`]+)`|\*([^*\s][^*]*?)\*/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push(new TextRun({ text: text.slice(last, m.index), italics, bold }));
    if (m[1] !== undefined) out.push(...runs(m[1], italics, true));
    else if (m[2] !== undefined) out.push(new TextRun({ text: m[2], font: 'Consolas', italics, bold }));
    else out.push(...runs(m[3]!, true, bold));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(new TextRun({ text: text.slice(last), italics, bold }));
  return out;
}
