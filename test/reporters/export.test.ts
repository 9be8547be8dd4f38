/**
 * The exports of the demo open (read back by ExcelJS, csv-parse and mammoth) and match the JSON report field
 * by field: the record of processing row by row and column by column, the findings and the gaps; the Word
 * document holds the policy draft's every heading and line.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import type { RecordRow, Report } from '../../src/report/types.js';
import { RECORD_COLUMNS } from '../../src/report/record.js';
import { FINDING_COLUMNS, GAP_COLUMNS, cell, formatCsv, formatDocx, formatXlsx } from '../../src/reporters/export.js';
import { formatPolicy } from '../../src/reporters/policy.js';
import { formatReportJson } from '../../src/reporters/report-json.js';
import { ROOT, cli } from '../cli/helpers.js';
import { analyseDemo } from '../report/demo.js';

const manifest = () => loadManifest(join(ROOT, 'fixtures/demo-app/privacy.yaml')).data;
let json: Report;
let built: Report;

beforeAll(() => {
  built = analyseDemo().report;
  json = JSON.parse(formatReportJson(built)) as Report;
}, 120_000);

/** A worksheet's rows below the header, as objects keyed by the columns' keys. */
function rowsOf(ws: ExcelJS.Worksheet, columns: ReadonlyArray<readonly [string, string]>): Array<Record<string, unknown>> {
  expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map(([, h]) => h));
  const out: Array<Record<string, unknown>> = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(columns.map(([k], i) => [k, row.getCell(i + 1).value ?? ''])));
  });
  return out;
}

const expected = (rows: ReadonlyArray<object>, columns: ReadonlyArray<readonly [string, string]>) =>
  rows.map((r) => Object.fromEntries(columns.map(([k]) => [k, cell((r as Record<string, unknown>)[k])])));

describe('exports of the demo', () => {
  it('has a record of processing with one row per purpose and item, evidence as file:line', () => {
    const record = json.record!;
    const m = manifest();
    expect(record).toHaveLength((m.purposes ?? []).reduce((n, p) => n + (p.items.required ?? []).length + (p.items.optional ?? []).length, 0));
    const sentry = record.find((r) => r.purposeId === 'membership' && r.itemId === 'email')!;
    expect(sentry.overseas).toBe('Functional Software, Inc. (Sentry) (US)');
    expect(sentry.processors).toContain('Functional Software, Inc. (Sentry)');
    expect(sentry.retention).toContain("membership: until the 'membership_withdrawal' event");
    expect(sentry.storedAt).toMatch(/^fixtures\/demo-app\/src\/db\/schema\.ts:\d+/);
  });

  it('xlsx: the record, findings and gaps sheets match the JSON report cell by cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await formatXlsx(built, manifest())) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Record of processing', 'Findings', 'Gaps']);
    expect(rowsOf(wb.getWorksheet('Record of processing')!, RECORD_COLUMNS)).toEqual(expected(json.record!, RECORD_COLUMNS));
    expect(rowsOf(wb.getWorksheet('Findings')!, FINDING_COLUMNS)).toEqual(expected(json.findings, FINDING_COLUMNS));
    expect(json.findings.length).toBeGreaterThan(0);
    expect(rowsOf(wb.getWorksheet('Gaps')!, GAP_COLUMNS)).toEqual(expected(json.gaps, GAP_COLUMNS));
  });

  it('csv: the same rows as the record, with a header, read back field by field', () => {
    const text = formatCsv(built, manifest());
    expect(text.startsWith('\ufeffPurpose,Purpose id,Legal basis')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    const byHeading = (r: RecordRow) => Object.fromEntries(RECORD_COLUMNS.map(([k, h]) => [h, r[k]]));
    expect(rows).toEqual(json.record!.map(byHeading));
  });

  it('docx: the policy draft, every heading and line, in Korean and English', async () => {
    for (const lang of ['ko', 'en'] as const) {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await formatDocx(built, manifest(), lang)) });
      const draft = formatPolicy(built, manifest(), lang);
      const plain = (l: string) => l.replace(/^#+ |^>\s?|^\s*- /, '').replace(/\*\*|`/g, '').replace(/\*([^*\s][^*]*?)\*/g, '$1').trim();
      const paragraphs = value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      const lines = draft.split('\n').map(plain).filter((l) => l !== '');
      expect(paragraphs).toEqual(lines);
      expect(value).toContain(lang === 'ko' ? '제1조(개인정보의 처리 목적)' : 'Article 1 (Purposes of processing personal information)');
    }
  });
});

describe('report --format xlsx|csv|docx', () => {
  it('writes the files into --output, and asks for --output for a binary format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-export-'));
    const args = ['--project', 'fixtures/demo-app/tsconfig.json', '--manifest', 'fixtures/demo-app/privacy.yaml'];
    const noOutput = await cli(['report', ...args, '--format', 'xlsx'], ROOT);
    expect(noOutput.code).toBe(2);
    expect(noOutput.err).toContain('--format xlsx writes a binary file; add --output DIR to write privacy-record.xlsx there');
    const docx = await cli(['report', ...args, '--format', 'docx', '--lang', 'ko', '--output', dir], ROOT);
    expect(docx.code).toBe(1);
    expect(readFileSync(join(dir, 'privacy-policy.ko.docx')).subarray(0, 2).toString()).toBe('PK');
    const lang = await cli(['report', ...args, '--format', 'csv', '--lang', 'ko'], ROOT);
    expect(lang.code).toBe(2);
  }, 120_000);
});
