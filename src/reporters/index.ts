/**
 * Every output format, by the name the CLI takes (`--format`): what `check` writes of a CheckRun, and what
 * `report` writes of a Report with the file it goes to. The commands take their format lists, help and
 * did-you-mean from here, so a format is added in one place (as knip's reporters/index.ts does).
 */
import type { ManifestData } from '../manifest/schema.js';
import type { Report } from '../report/types.js';
import type { CheckRun } from '../results/result.js';
import { formatCodeQuality } from './codequality.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatPolicy, type PolicyLang } from './policy.js';
import { formatReportJson } from './report-json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export interface CheckFormatOptions {
  /** ANSI colours (a terminal, not a file). */
  colour: boolean;
}

/** `privacy-lint check --format`: a run's findings as a text. */
export const CHECK_FORMATS = {
  text: (run, options) => formatText(run, options),
  json: (run) => formatJson(run),
  sarif: (run) => formatSarif(run),
  codequality: (run) => formatCodeQuality(run),
} satisfies Record<string, (run: CheckRun, options: CheckFormatOptions) => string>;

export type CheckFormat = keyof typeof CHECK_FORMATS;

export interface ReportFormat {
  /** The file name written into `--output DIR`. */
  file(lang: PolicyLang): string;
  /** A text, or the bytes of a binary file (xlsx, docx: written with --output only). */
  render(report: Report, manifest: ManifestData, lang: PolicyLang): string | Promise<string | Uint8Array>;
  /** Whether the format takes --lang (the policy draft and its Word document). */
  lang?: boolean;
}

/** `privacy-lint report --format`: the review report (one Report, several renderings), the policy draft and the officer's exports. */
export const REPORT_FORMATS = {
  html: { file: () => 'privacy-report.html', render: (r) => formatHtml(r) },
  md: { file: () => 'privacy-report.md', render: (r) => formatMarkdown(r) },
  json: { file: () => 'privacy-report.json', render: (r) => formatReportJson(r) },
  policy: { file: (lang) => `privacy-policy.${lang}.md`, render: (r, manifest, lang) => formatPolicy(r, manifest, lang), lang: true },
  xlsx: { file: () => 'privacy-record.xlsx', render: async (r, manifest) => (await officerExports()).formatXlsx(r, manifest) },
  csv: { file: () => 'privacy-record.csv', render: async (r, manifest) => (await officerExports()).formatCsv(r, manifest) },
  docx: { file: (lang) => `privacy-policy.${lang}.docx`, render: async (r, manifest, lang) => (await officerExports()).formatDocx(r, manifest, lang), lang: true },
} satisfies Record<string, ReportFormat>;

/**
 * The officer's exports, loaded when one is asked for: exceljs and docx take longer to load than a small project
 * takes to check (0.5–0.8 s of every `check` run, editor start-up included, before they were loaded lazily).
 */
function officerExports(): Promise<typeof import('./export.js')> {
  return import('./export.js');
}

export type ReportFormatName = keyof typeof REPORT_FORMATS;

/** The names of a format table, in its order ("text, json or sarif" in messages). */
export function formatNames<T extends object>(table: T): Array<keyof T & string> {
  return Object.keys(table) as Array<keyof T & string>;
}
