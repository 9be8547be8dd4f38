/**
 * `privacy-lint report`: the review report (HTML, Markdown, JSON) or the privacy-policy draft, built from
 * the same analysis and findings as `check` (so the two cannot disagree). The document goes to stdout, or
 * with --output DIR to DIR/privacy-report.<ext> (privacy-policy.<lang>.md); progress on stderr.
 * Exit codes as `check`: 0 no error-level finding, 1 error-level findings, 2 usage, configuration or
 * manifest error.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { didYouMean } from '../../manifest/suggest.js';
import { buildReport } from '../../report/build.js';
import { formatNames, REPORT_FORMATS } from '../../reporters/index.js';
import { POLICY_LANGS } from '../../reporters/policy.js';
import { listOf } from '../../words.js';
import { analyse, notes } from '../analyse.js';
import { commandFlags } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { displayPath } from '../paths.js';

export const reportHelp = `Usage: privacy-lint report [--project tsconfig.json ...] [--manifest privacy.yaml] [--format html|md|json|policy]
                           [--lang en|ko] [--output DIR] [--debug]

Writes the privacy review report: verdict, data inventory, recipients and processors, the data-flow
picture, every finding with its code and flow, the policy's gaps and drift (docs/report.md).
  --project FILE   a tsconfig.json (or its folder) to analyse, repeatable; its references are followed. Default:
                   ./tsconfig.json, or without one the workspace packages that have a tsconfig.json
  --manifest FILE  the privacy manifest, for every package (default ./privacy.yaml)
  --format F       html (default: one self-contained file), md (Markdown), json (docs/report.md),
                   or policy (a privacy-policy draft from the manifest, marked as backed by the code or not)
  --lang L         the policy draft's language: en (default) or ko; only with --format policy
  --output DIR     create DIR and write privacy-report.html|md|json or privacy-policy.<lang>.md there
                   (default: the document goes to stdout)
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
  }, reportHelp, io);
  if (!values) return EXIT.ok;
  const format = oneOf('format', values.format === 'markdown' ? 'md' : (values.format ?? 'html'), FORMATS, `use ${listOf(FORMATS, 'or')}`);
  if (values.lang !== undefined && format !== 'policy') {
    throw new UsageError(`privacy-lint report: --lang applies to the policy draft only; add --format policy, or drop --lang`);
  }
  const lang = oneOf('language', values.lang ?? 'en', POLICY_LANGS, `use ${listOf(POLICY_LANGS, 'or')}`);
  const fileName = REPORT_FORMATS[format].file(lang);
  if (values.output === '') throw new UsageError('privacy-lint report: --output needs a folder, e.g. --output privacy-report');
  if (values.output !== undefined && existsSync(resolve(io.cwd, values.output)) && !statSync(resolve(io.cwd, values.output)).isDirectory()) {
    throw new UsageError(`privacy-lint report: --output ${values.output} is a file; --output names a folder (created if missing) to write ${fileName} into`);
  }
  const started = performance.now();
  // One manifest for the whole report: the root one (a package's own privacy.yaml applies in `check` only).
  const a = analyse(io, { project: values.project, manifest: values.manifest });
  notes(io, a);
  for (const s of a.notAnalysed) io.err(`privacy-lint: warning: ${s.file.startsWith('(') ? s.file : displayPath(io.cwd, s.file)}: ${s.reason}\n`);
  const { manifest, analysis, result } = a.groups[0]!;
  const { findings, suppressed } = result;
  const model = analysis.model;
  const built = buildReport({ model, findings, suppressed, manifest: manifest.data, gaps: manifest.warnings, cwd: io.cwd, tsconfig: a.projects[0]!, projects: a.projects, notAnalysed: analysis.notAnalysed, manifestFile: manifest.file });
  const text = REPORT_FORMATS[format].render(built, manifest.data, lang);
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
    io.err(`privacy-lint: wrote ${displayPath(io.cwd, file)} (${size(Buffer.byteLength(text))}, ${built.verdict.summary.replace(/\.$/, '')}) in ${seconds} s\n`);
  } else {
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
