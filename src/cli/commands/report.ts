/**
 * `privacy-lint report`: the review report (HTML, Markdown, JSON) or the privacy-policy draft, built from
 * the same analysis and findings as `check` (so the two cannot disagree). One format goes to stdout when stdout
 * is not a terminal; with --output DIR, or on a terminal (to ./privacy-report/), each format of --format (one
 * analysis for all: --format html,md,json) goes to DIR/privacy-report.<ext> (privacy-policy.<lang>.md);
 * progress on stderr. --cache as for check.
 * Exit codes as `check`: 0 no error-level finding, 1 error-level findings, 2 usage, configuration or
 * manifest error.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { didYouMean } from '../../manifest/suggest.js';
import { buildReport } from '../../report/build.js';
import { formatNames, REPORT_FORMATS, type ReportFormat } from '../../reporters/index.js';
import { POLICY_LANGS } from '../../reporters/policy.js';
import { listOf } from '../../words.js';
import { analyse, notes } from '../analyse.js';
import { commandFlags } from '../args.js';
import { cacheDir } from './check.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { displayPath } from '../paths.js';

/** Where the report goes without --output when stdout is a terminal (56 kB of HTML is no use there). */
export const DEFAULT_REPORT_DIR = 'privacy-report';
/** Formats whose file is binary: written into a folder, never to stdout. */
const BINARY = new Set(['xlsx', 'docx']);

export const reportHelp = `Usage: privacy-lint report [--project tsconfig.json ...] [--manifest privacy.yaml]
                           [--format html|md|json|policy|xlsx|csv|docx[,…]] [--lang en|ko] [--output DIR]
                           [--cache [--cache-location DIR]] [--debug]

Writes the privacy review report: verdict, data inventory, recipients and processors, the data-flow
picture, every finding with its code and flow, the policy's gaps and drift (docs/report.md).
  --project FILE   a tsconfig.json (or its folder) to analyse, repeatable; its references are followed. Default:
                   ./tsconfig.json, or without one the workspace packages that have a tsconfig.json
  --manifest FILE  the privacy manifest, for every package (default ./privacy.yaml)
  --format F       html (default: one self-contained file), md (Markdown), json (docs/report.md),
                   policy (a privacy-policy draft from the manifest, marked as backed by the code or not),
                   xlsx (the record of processing, findings and gaps as a workbook), csv (the record's rows),
                   or docx (the policy draft as a Word document); several, comma-separated
                   (--format html,md,json), from one analysis: needs a folder
  --lang L         the policy draft's language: en (default) or ko; only with --format policy or docx
  --output DIR     create DIR and write privacy-report.html|md|json, privacy-policy.<lang>.md|docx or
                   privacy-record.xlsx|csv there (default: on a terminal, the folder ${DEFAULT_REPORT_DIR}/;
                   otherwise one text format to stdout; xlsx and docx need a folder)
  --cache          reuse check's per-file cache (only changed files and their importers are analysed again)
  --cache-location DIR  the cache folder (default as for check)
Exit code: 0 no error-level finding, 1 error-level findings, 2 usage, configuration or manifest error,
3 internal error (a bug: please report it).
`;

const FORMATS = formatNames(REPORT_FORMATS);

export async function report(argv: string[], io: Io): Promise<number> {
  const values = commandFlags('report', argv, {
    project: { type: 'string', multiple: true },
    manifest: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    output: { type: 'string' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
  }, reportHelp, io);
  if (!values) return EXIT.ok;
  const formats = [...new Set((values.format ?? 'html').split(',').map((f) => f.trim()).map((f) => oneOf('format', f === 'markdown' ? 'md' : f, FORMATS, `use ${listOf(FORMATS, 'or')} (several: comma-separated)`)))];
  if (values.lang !== undefined && !formats.some((f) => (REPORT_FORMATS[f] as ReportFormat).lang)) {
    throw new UsageError(`privacy-lint report: --lang applies to the policy draft only; add --format policy (or docx), or drop --lang`);
  }
  const lang = oneOf('language', values.lang ?? 'en', POLICY_LANGS, `use ${listOf(POLICY_LANGS, 'or')}`);
  const fileNames = formats.map((f) => REPORT_FORMATS[f].file(lang));
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('privacy-lint report: --cache-location needs --cache');
  if (values.output === '') throw new UsageError(`privacy-lint report: --output needs a folder, e.g. --output ${DEFAULT_REPORT_DIR}`);
  const binary = formats.find((f) => BINARY.has(f));
  if (binary && values.output === undefined && !io.tty) {
    throw new UsageError(`privacy-lint report: --format ${binary} writes a binary file; add --output DIR to write ${REPORT_FORMATS[binary].file(lang)} there`);
  }
  if (values.output !== undefined && existsSync(resolve(io.cwd, values.output)) && !statSync(resolve(io.cwd, values.output)).isDirectory()) {
    throw new UsageError(`privacy-lint report: --output ${values.output} is a file; --output names a folder (created if missing) to write ${listOf(fileNames, 'and')} into`);
  }
  // A terminal gets files, not a document; a pipe or a file gets the one document, as before.
  const output = values.output ?? (io.tty ? DEFAULT_REPORT_DIR : undefined);
  if (output === undefined && formats.length > 1) {
    throw new UsageError(`privacy-lint report: ${formats.length} formats are ${fileNames.length} files; add --output DIR to write them there`);
  }
  const started = performance.now();
  // One manifest for the whole report: the root one (a package's own privacy.yaml applies in `check` only).
  const cache = values.cache ? { dir: cacheDir(io.cwd, values['cache-location']), warn: (m: string) => io.err(`privacy-lint: warning: ${m}\n`) } : undefined;
  const a = analyse(io, { project: values.project, manifest: values.manifest, cache });
  notes(io, a);
  for (const s of a.notAnalysed) io.err(`privacy-lint: warning: ${s.file.startsWith('(') ? s.file : displayPath(io.cwd, s.file)}: ${s.reason}\n`);
  const { manifest, analysis, result } = a.groups[0]!;
  const { findings, suppressed } = result;
  const model = analysis.model;
  const built = buildReport({ model, findings, suppressed, manifest: manifest.data, gaps: manifest.warnings, cwd: io.cwd, tsconfig: a.projects[0]!, projects: a.projects, notAnalysed: analysis.notAnalysed, manifestFile: manifest.file });
  const texts = await Promise.all(formats.map((f) => (REPORT_FORMATS[f] as ReportFormat).render(built, manifest.data, lang)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  if (output !== undefined) {
    const dir = resolve(io.cwd, output);
    formats.forEach((_, i) => {
      const file = join(dir, fileNames[i]!);
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, texts[i]!);
      } catch (e) {
        throw new UsageError(`privacy-lint report: cannot write ${displayPath(io.cwd, file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; choose another --output folder`);
      }
      const t = texts[i]!;
      io.err(`privacy-lint: wrote ${displayPath(io.cwd, file)} (${size(typeof t === 'string' ? Buffer.byteLength(t) : t.byteLength)}, ${built.verdict.summary.replace(/\.$/, '')}) in ${seconds} s\n`);
    });
    if (values.output === undefined) io.err(`privacy-lint: stdout is a terminal, so the report went to ${output}/ (--output DIR to choose the folder; pipe or redirect stdout to get one document there)\n`);
  } else if (typeof texts[0] === 'string') {
    io.out(texts[0]);
    io.err(`privacy-lint: ${built.verdict.summary.replace(/\.$/, '')} (${seconds} s)\n`);
  }
  return built.verdict.errors > 0 ? EXIT.findings : EXIT.ok;
}

function oneOf<T extends string>(what: string, value: string, allowed: readonly T[], hint: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`privacy-lint report: unknown ${what} "${value}"${didYouMean(value, allowed)}; ${hint}`);
}

/** "12.3 kB", "812 B": the size said on stderr after writing. */
export function size(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}
