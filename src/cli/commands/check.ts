import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RULE_NAMES, type RuleName } from '../../results/run.js';
import { didYouMean } from '../../manifest/suggest.js';
import { posixRelative } from '../../paths.js';
import { CHECK_FORMATS, type CheckFormat, formatNames } from '../../reporters/index.js';
import type { CheckRun, RunStats } from '../../results/result.js';
import { listOf, plural } from '../../words.js';
import { analyse, type CliAnalysis, notes } from '../analyse.js';
import { commandFlags } from '../args.js';
import { ConfigError, EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { displayPath } from '../paths.js';

export const checkHelp = `Usage: privacy-lint check [--project tsconfig.json ...] [--manifest privacy.yaml] [--format text|json|sarif]
                          [--output FILE] [--rule ID ...] [--quiet] [--cache [--cache-location DIR]]
                          [--fail-on-incomplete] [--debug]

Analyses the project and reports where its code breaks the privacy manifest.
  --project FILE   a tsconfig.json (or its folder) to analyse, repeatable; its references are followed. Default:
                   ./tsconfig.json, or without one the workspace packages (package.json "workspaces",
                   pnpm-workspace.yaml) that have a tsconfig.json
  --manifest FILE  the privacy manifest for every package (default ./privacy.yaml, and a package's own
                   privacy.yaml for that package)
  --format F       text (default), json or sarif (2.1.0)
  --output FILE    write the results there instead of stdout (missing folders are created)
  --rule ID        only this rule (repeatable), e.g. --rule privacy/no-personal-data-in-logs
  --quiet          report errors only, and no progress line
  --cache          keep per-file facts between runs; only changed files and their importers are analysed again
  --cache-location DIR  the cache folder (default node_modules/.cache/privacy-lint, or .privacy-lint-cache
                   when the current folder has no node_modules)
  --fail-on-incomplete  exit 2 when a file could not be analysed completely (they are listed either way)
  --debug          an internal error's stack trace
Exit code: 0 no error-level finding, 1 error-level findings, 2 usage, configuration or manifest error (or,
with --fail-on-incomplete, files not analysed), 3 internal error (a bug: please report it).
`;

const FORMATS = formatNames(CHECK_FORMATS);

export async function check(argv: string[], io: Io): Promise<number> {
  const values = commandFlags('check', argv, {
    project: { type: 'string', multiple: true },
    manifest: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    rule: { type: 'string', multiple: true },
    quiet: { type: 'boolean' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
    'fail-on-incomplete': { type: 'boolean' },
  }, checkHelp, io);
  if (!values) return EXIT.ok;
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`privacy-lint check: unknown format "${format}"${didYouMean(format, FORMATS)}; use ${listOf(FORMATS, 'or')}`);
  }
  if (values['cache-location'] !== undefined && !values.cache) {
    throw new UsageError('privacy-lint check: --cache-location needs --cache');
  }
  if (values.output === '') throw new UsageError('privacy-lint check: --output needs a file name, e.g. --output privacy-lint.sarif');
  const only = values.rule ? new Set(values.rule.map((r) => ruleName(r))) : undefined;

  const started = performance.now();
  const cache = values.cache ? { dir: cacheDir(io.cwd, values['cache-location']), warn: (m: string) => io.err(`privacy-lint: warning: ${m}\n`) } : undefined;
  const a = analyse(io, { project: values.project, manifest: values.manifest, only, quiet: values.quiet, cache, packageManifests: true });
  notes(io, a);
  // Text lists what was not analysed in its summary; the other formats' readers see it on stderr too.
  if (format !== 'text') for (const s of a.notAnalysed) io.err(`privacy-lint: warning: ${shown(io.cwd, s.file)}: ${s.reason}\n`);
  const findings = a.groups.flatMap((g) => g.result.findings).filter((f) => !values.quiet || f.severity === 'error');
  const run: CheckRun = { findings, stats: stats(io.cwd, a, performance.now() - started), cwd: io.cwd, root: dirname(a.projects[0] ?? join(io.cwd, 'tsconfig.json')) };

  const text = CHECK_FORMATS[format as CheckFormat](run, { colour: io.colour && !values.output });
  if (values.output) {
    const file = resolve(io.cwd, values.output);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    } catch (e) {
      throw new ConfigError([`privacy-lint check: cannot write ${displayPath(io.cwd, file)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); pass --output FILE in a writable folder with free space`]);
    }
    io.err(`privacy-lint: wrote ${values.output} (${findings.length} findings)\n`);
  } else io.out(text);
  if (values['fail-on-incomplete'] && a.notAnalysed.length > 0) {
    io.err(`privacy-lint: ${plural(a.notAnalysed.length, 'file')} not analysed completely (listed above); exit code 2 because of --fail-on-incomplete\n`);
    return EXIT.usage;
  }
  return findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}

/** The run's stats, paths relative to the working directory. */
export function stats(cwd: string, a: CliAnalysis, durationMs: number): RunStats {
  return {
    files: a.files,
    durationMs: Math.round(durationMs),
    projects: a.projects.map((p) => posixRelative(cwd, p)),
    notAnalysed: a.notAnalysed.map((s) => ({ file: shown(cwd, s.file), reason: s.reason })).sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0)),
  };
}

/** A file relative to the working directory; a name in parentheses ("(stores)") stays as it is. */
function shown(cwd: string, file: string): string {
  return file.startsWith('(') ? file : displayPath(cwd, file);
}

/** ESLint users' convention for tool caches: node_modules/.cache/<tool>; a folder without node_modules gets a dot folder. */
function cacheDir(cwd: string, location: string | undefined): string {
  if (location !== undefined) return resolve(cwd, location);
  return existsSync(join(cwd, 'node_modules')) ? join(cwd, 'node_modules', '.cache', 'privacy-lint') : join(cwd, '.privacy-lint-cache');
}

function ruleName(id: string): RuleName {
  const name = id.replace(/^privacy\//, '');
  if (!(RULE_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`privacy-lint check: unknown rule "${id}"${didYouMean(name, RULE_NAMES)}; the rules are listed in docs/rules/`);
  }
  return name as RuleName;
}
