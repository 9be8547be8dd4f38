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
import { checkModel } from '../../results/run.js';
import { analyzeProject } from '../../engine/project.js';
import { loadManifest } from '../../manifest/load.js';
import { didYouMean } from '../../manifest/suggest.js';
import { buildReport } from '../../report/build.js';
import { formatNames, REPORT_FORMATS } from '../../reporters/index.js';
import { POLICY_LANGS } from '../../reporters/policy.js';
import { listOf } from '../../words.js';
import { posixRelative } from '../../paths.js';
import { commandFlags } from '../args.js';
import { cacheDir } from './check.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { displayPath, manifestPath, projectPath } from '../paths.js';

/** Where the report goes without --output when stdout is a terminal (56 kB of HTML is no use there). */
export const DEFAULT_REPORT_DIR = 'privacy-report';

export const reportHelp = `Usage: privacy-lint report [--project tsconfig.json] [--manifest privacy.yaml] [--format html|md|json|policy[,…]]
                           [--lang en|ko] [--output DIR] [--cache [--cache-location DIR]]

Writes the privacy review report: verdict, data inventory, recipients and processors, the data-flow
picture, every finding with its code and flow, the policy's gaps and drift (docs/report.md).
  --project FILE   the tsconfig.json to analyse (default ./tsconfig.json)
  --manifest FILE  the privacy manifest (default ./privacy.yaml)
  --format F       html (default: one self-contained file), md (Markdown), json (docs/report.md),
                   or policy (a privacy-policy draft from the manifest, marked as backed by the code or not);
                   several, comma-separated (--format html,md,json), from one analysis: needs a folder
  --lang L         the policy draft's language: en (default) or ko; only with --format policy
  --output DIR     create DIR and write privacy-report.html|md|json or privacy-policy.<lang>.md there
                   (default: on a terminal, the folder ${DEFAULT_REPORT_DIR}/; otherwise one format to stdout)
  --cache          reuse check's per-file cache (only changed files and their importers are analysed again)
  --cache-location DIR  the cache folder (default as for check)
Exit code: 0 no error-level finding, 1 error-level findings, 2 usage, configuration or manifest error.
`;

const FORMATS = formatNames(REPORT_FORMATS);

export async function report(argv: string[], io: Io): Promise<number> {
  const values = commandFlags('report', argv, {
    project: { type: 'string' },
    manifest: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    output: { type: 'string' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
  }, reportHelp, io);
  if (!values) return EXIT.ok;
  const formats = [...new Set((values.format ?? 'html').split(',').map((f) => f.trim()).map((f) => oneOf('format', f === 'markdown' ? 'md' : f, FORMATS, `use ${listOf(FORMATS, 'or')} (several: comma-separated)`)))];
  if (values.lang !== undefined && !formats.includes('policy')) {
    throw new UsageError(`privacy-lint report: --lang applies to the policy draft only; add --format policy, or drop --lang`);
  }
  const lang = oneOf('language', values.lang ?? 'en', POLICY_LANGS, `use ${listOf(POLICY_LANGS, 'or')}`);
  const fileNames = formats.map((f) => REPORT_FORMATS[f].file(lang));
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('privacy-lint report: --cache-location needs --cache');
  if (values.output === '') throw new UsageError(`privacy-lint report: --output needs a folder, e.g. --output ${DEFAULT_REPORT_DIR}`);
  if (values.output !== undefined && existsSync(resolve(io.cwd, values.output)) && !statSync(resolve(io.cwd, values.output)).isDirectory()) {
    throw new UsageError(`privacy-lint report: --output ${values.output} is a file; --output names a folder (created if missing) to write ${listOf(fileNames, 'and')} into`);
  }
  // A terminal gets files, not a document; a pipe or a file gets the one document, as before.
  const output = values.output ?? (io.tty ? DEFAULT_REPORT_DIR : undefined);
  if (output === undefined && formats.length > 1) {
    throw new UsageError(`privacy-lint report: ${formats.length} formats are ${fileNames.length} files; add --output DIR to write them there`);
  }
  const tsconfig = projectPath(io.cwd, values.project);
  const manifest = loadManifest(manifestPath(io.cwd, values.manifest));

  const started = performance.now();
  io.err(`privacy-lint: analysing ${posixRelative(io.cwd, tsconfig)} against ${posixRelative(io.cwd, resolve(manifest.file))}…\n`);
  const cache = values.cache ? { dir: cacheDir(io.cwd, values['cache-location']), warn: (m: string) => io.err(`privacy-lint: warning: ${m}\n`) } : undefined;
  const { model, cache: used } = analyzeProject(tsconfig, manifest.data, cache ? { cache } : {});
  if (used) io.err(`privacy-lint: cache: analysed ${used.analysed} of ${used.files} files${used.fullReason ? ` (${used.fullReason})` : ''}\n`);
  for (const s of model.skipped) io.err(`privacy-lint: warning: ${posixRelative(io.cwd, s.file)}: ${s.reason}\n`);
  if (model.unresolvedPackages.length > 0) {
    io.err(`privacy-lint: note: types not found for ${model.unresolvedPackages.join(', ')}: their calls are recognised by import name only (run npm install for full precision)\n`);
  }
  const { findings, suppressed } = checkModel(model, manifest.data);
  const built = buildReport({ model, findings, suppressed, manifest: manifest.data, gaps: manifest.warnings, cwd: io.cwd, tsconfig, manifestFile: manifest.file });
  const texts = formats.map((f) => REPORT_FORMATS[f].render(built, manifest.data, lang));
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
      io.err(`privacy-lint: wrote ${displayPath(io.cwd, file)} (${size(Buffer.byteLength(texts[i]!))}, ${built.verdict.summary.replace(/\.$/, '')}) in ${seconds} s\n`);
    });
    if (values.output === undefined) io.err(`privacy-lint: stdout is a terminal, so the report went to ${output}/ (--output DIR to choose the folder; pipe or redirect stdout to get one document there)\n`);
  } else {
    io.out(texts[0]!);
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
