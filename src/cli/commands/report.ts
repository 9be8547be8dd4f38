/**
 * `privacy-lint report`: the review report (HTML, Markdown, JSON) or the privacy-policy draft, built from
 * the same analysis and findings as `check` (so the two cannot disagree). The document goes to stdout, or
 * with --output DIR to DIR/privacy-report.<ext> (privacy-policy.<lang>.md); progress on stderr.
 * Exit codes as `check`: 0 no error-level finding, 1 error-level findings, 2 usage, configuration or
 * manifest error.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkModel } from '../../results/run.js';
import { analyzeProject } from '../../engine/project.js';
import { loadManifest } from '../../manifest/load.js';
import { didYouMean } from '../../manifest/suggest.js';
import { buildReport } from '../../report/build.js';
import { formatNames, REPORT_FORMATS, type ReportFormat } from '../../reporters/index.js';
import { POLICY_LANGS } from '../../reporters/policy.js';
import { listOf } from '../../words.js';
import { posixRelative } from '../../paths.js';
import { commandFlags } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { displayPath, manifestPath, projectPath } from '../paths.js';

export const reportHelp = `Usage: privacy-lint report [--project tsconfig.json] [--manifest privacy.yaml]
                           [--format html|md|json|policy|xlsx|csv|docx] [--lang en|ko] [--output DIR]

Writes the privacy review report: verdict, data inventory, recipients and processors, the data-flow
picture, every finding with its code and flow, the policy's gaps and drift (docs/report.md).
  --project FILE   the tsconfig.json to analyse (default ./tsconfig.json)
  --manifest FILE  the privacy manifest (default ./privacy.yaml)
  --format F       html (default: one self-contained file), md (Markdown), json (docs/report.md),
                   policy (a privacy-policy draft from the manifest, marked as backed by the code or not),
                   xlsx (the record of processing, findings and gaps as a workbook), csv (the record's rows),
                   or docx (the policy draft as a Word document)
  --lang L         the policy draft's language: en (default) or ko; only with --format policy or docx
  --output DIR     create DIR and write privacy-report.html|md|json, privacy-policy.<lang>.md|docx or
                   privacy-record.xlsx|csv there (default: the document goes to stdout; xlsx and docx need it)
Exit code: 0 no error-level finding, 1 error-level findings, 2 usage, configuration or manifest error.
`;

const FORMATS = formatNames(REPORT_FORMATS);
/** Formats whose output is a binary file: they need --output. */
const BINARY = new Set(['xlsx', 'docx']);

export async function report(argv: string[], io: Io): Promise<number> {
  const values = commandFlags('report', argv, {
    project: { type: 'string' },
    manifest: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    output: { type: 'string' },
  }, reportHelp, io);
  if (!values) return EXIT.ok;
  const format = oneOf('format', values.format === 'markdown' ? 'md' : (values.format ?? 'html'), FORMATS, `use ${listOf(FORMATS, 'or')}`);
  const spec: ReportFormat = REPORT_FORMATS[format];
  if (values.lang !== undefined && !spec.lang) {
    throw new UsageError(`privacy-lint report: --lang applies to the policy draft only; add --format policy (or docx), or drop --lang`);
  }
  const lang = oneOf('language', values.lang ?? 'en', POLICY_LANGS, `use ${listOf(POLICY_LANGS, 'or')}`);
  const fileName = REPORT_FORMATS[format].file(lang);
  if (BINARY.has(format) && values.output === undefined) {
    throw new UsageError(`privacy-lint report: --format ${format} writes a binary file; add --output DIR to write ${fileName} there`);
  }
  if (values.output === '') throw new UsageError('privacy-lint report: --output needs a folder, e.g. --output privacy-report');
  if (values.output !== undefined && existsSync(resolve(io.cwd, values.output)) && !statSync(resolve(io.cwd, values.output)).isDirectory()) {
    throw new UsageError(`privacy-lint report: --output ${values.output} is a file; --output names a folder (created if missing) to write ${fileName} into`);
  }
  const tsconfig = projectPath(io.cwd, values.project);
  const manifest = loadManifest(manifestPath(io.cwd, values.manifest));

  const started = performance.now();
  io.err(`privacy-lint: analysing ${posixRelative(io.cwd, tsconfig)} against ${posixRelative(io.cwd, resolve(manifest.file))}…\n`);
  const { model } = analyzeProject(tsconfig, manifest.data);
  for (const s of model.skipped) io.err(`privacy-lint: warning: ${posixRelative(io.cwd, s.file)}: ${s.reason}\n`);
  if (model.unresolvedPackages.length > 0) {
    io.err(`privacy-lint: note: types not found for ${model.unresolvedPackages.join(', ')}: their calls are recognised by import name only (run npm install for full precision)\n`);
  }
  const { findings, suppressed } = checkModel(model, manifest.data);
  const built = buildReport({ model, findings, suppressed, manifest: manifest.data, gaps: manifest.warnings, cwd: io.cwd, tsconfig, manifestFile: manifest.file });
  const text = await spec.render(built, manifest.data, lang);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  if (values.output !== undefined) {
    const dir = resolve(io.cwd, values.output);
    const file = join(dir, fileName);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, text);
    } catch (e) {
      throw new UsageError(`privacy-lint report: cannot write ${displayPath(io.cwd, file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; choose another --output folder`);
    }
    io.err(`privacy-lint: wrote ${displayPath(io.cwd, file)} (${size(typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength)}, ${built.verdict.summary.replace(/\.$/, '')}) in ${seconds} s\n`);
  } else if (typeof text === 'string') {
    io.out(text);
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
