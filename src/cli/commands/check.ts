import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CHECKS, RULE_NAMES, type RuleName } from '../../results/run.js';
import { didYouMean } from '../../manifest/suggest.js';
import { posixRelative, repositoryRoot } from '../../paths.js';
import { CHECK_FORMATS, type CheckFormat, formatNames } from '../../reporters/index.js';
import { applyBaseline, readBaseline, updatedBaseline, writeBaseline, type Baseline } from '../../results/baseline.js';
import { inChange, manifestChanges } from '../../results/changed.js';
import type { CheckResult } from '../../results/run.js';
import type { CheckRun, RunStats } from '../../results/result.js';
import { listOf, plural } from '../../words.js';
import { analyse, type CliAnalysis, notes } from '../analyse.js';
import { commandFlags } from '../args.js';
import { ConfigError, EXIT, UsageError } from '../errors.js';
import { changedLines } from '../git.js';
import type { Io } from '../io.js';
import { displayPath } from '../paths.js';

export const checkHelp = `Usage: privacy-lint check [--project tsconfig.json ...] [--manifest privacy.yaml] [--format text|json|sarif|codequality]
                          [--output FILE] [--rule ID ...] [--quiet] [--cache [--cache-location DIR]]
                          [--baseline FILE [--update-baseline] [--fail-on-stale]] [--changed-since REF]
                          [--include-tests] [--fail-on-incomplete] [--debug]

Analyses the project and reports where its code breaks the privacy manifest.
  --project FILE   a tsconfig.json (or its folder) to analyse, repeatable; its references are followed. Default:
                   ./tsconfig.json, or without one the workspace packages (package.json "workspaces",
                   pnpm-workspace.yaml) that have a tsconfig.json
  --manifest FILE  the privacy manifest for every package (default ./privacy.yaml, and a package's own
                   privacy.yaml for that package)
  --format F       text (default), json, sarif (2.1.0, for GitHub code scanning) or codequality (GitLab)
  --output FILE    write the results there instead of stdout (missing folders are created)
  --rule ID        only this rule (repeatable), e.g. --rule privacy/no-personal-data-in-logs
  --quiet          report errors only, and no progress line
  --cache          keep per-file facts between runs; only changed files and their importers are analysed again
  --include-tests  analyse test files too (by default *.test.ts, *.spec.ts, stories, __tests__/, test/,
                   e2e/ ... or the manifest's tests globs are left out: they are not the product)
  --cache-location DIR  the cache folder (default node_modules/.cache/privacy-lint, or .privacy-lint-cache
                   when the current folder has no node_modules)
  --baseline FILE  report only findings FILE does not list (known findings, e.g. privacy-baseline.json);
                   its entries that match nothing any more are reported as stale (a warning)
  --update-baseline  write every current finding to the baseline (default ./privacy-baseline.json), keeping
                   the author and reason of entries that still match; the run then passes
  --fail-on-stale  exit 1 when the baseline has stale entries
  --changed-since REF  report only findings touching lines changed since git REF (its merge base with HEAD),
                   or about manifest entries changed since; implies --cache
  --fail-on-incomplete  exit 2 when a file could not be analysed completely (they are listed either way)
  --debug          an internal error's stack trace
Exit code: 0 no error-level finding, 1 error-level findings (or stale entries with --fail-on-stale), 2 usage,
configuration or manifest error (or, with --fail-on-incomplete, files not analysed), 3 internal error (a bug:
please report it).
`;

const FORMATS = formatNames(CHECK_FORMATS);
export const DEFAULT_BASELINE = 'privacy-baseline.json';

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
    'include-tests': { type: 'boolean' },
    baseline: { type: 'string' },
    'update-baseline': { type: 'boolean' },
    'fail-on-stale': { type: 'boolean' },
    'changed-since': { type: 'string' },
    'fail-on-incomplete': { type: 'boolean' },
  }, checkHelp, io);
  if (!values) return EXIT.ok;
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`privacy-lint check: unknown format "${format}"${didYouMean(format, FORMATS)}; use ${listOf(FORMATS, 'or')}`);
  }
  const changedSince = values['changed-since'];
  const useCache = values.cache || changedSince !== undefined;
  if (values['cache-location'] !== undefined && !useCache) {
    throw new UsageError('privacy-lint check: --cache-location needs --cache');
  }
  if (changedSince === '') throw new UsageError('privacy-lint check: --changed-since needs a git ref, e.g. --changed-since origin/main');
  if (values['update-baseline'] && changedSince !== undefined) {
    throw new UsageError('privacy-lint check: --update-baseline writes every finding of the project; run it without --changed-since');
  }
  if (values['fail-on-stale'] && values.baseline === undefined) {
    throw new UsageError('privacy-lint check: --fail-on-stale needs --baseline FILE');
  }
  if (values.output === '') throw new UsageError('privacy-lint check: --output needs a file name, e.g. --output privacy-lint.sarif');
  const only = values.rule ? new Set(values.rule.map((r) => ruleName(r))) : undefined;
  const baselineFile = values.baseline !== undefined || values['update-baseline'] ? resolve(io.cwd, values.baseline ?? DEFAULT_BASELINE) : undefined;
  // Read before the analysis, so a broken baseline fails fast (exit 2); an update may start from nothing.
  let baseline: Baseline | undefined;
  if (baselineFile && !(values['update-baseline'] && !existsSync(baselineFile))) baseline = readBaseline(baselineFile, posixRelative(io.cwd, baselineFile));
  // Read before the analysis too: outside a repository or with an unknown ref, say so at once (exit 2)
  const firstProject = values.project?.[0] !== undefined ? resolve(io.cwd, values.project[0]) : io.cwd;
  const changes = changedSince !== undefined ? changedLines(existsSync(firstProject) && statSync(firstProject).isDirectory() ? firstProject : dirname(firstProject), changedSince) : undefined;

  const started = performance.now();
  const warn = (m: string) => io.err(`privacy-lint: warning: ${m}\n`);
  const cache = useCache ? { dir: cacheDir(io.cwd, values['cache-location']), warn } : undefined;
  const a = analyse(io, { project: values.project, manifest: values.manifest, only, quiet: values.quiet, cache, packageManifests: true, includeTests: values['include-tests'] === true });
  notes(io, a);
  // Text lists what was not analysed in its summary; the other formats' readers see it on stderr too.
  if (format !== 'text') for (const s of a.notAnalysed) warn(`${shown(io.cwd, s.file)}: ${s.reason}`);
  const tsconfig = a.projects[0] ?? join(io.cwd, 'tsconfig.json');
  const manifest = a.manifest;
  const result: CheckResult = { findings: a.groups.flatMap((g) => g.result.findings), suppressed: a.groups.flatMap((g) => g.result.suppressed) };
  const ran = new Set(CHECKS.filter((c) => !only || only.has(c.name)).map((c) => `privacy/${c.name}`));

  let findings = result.findings;
  let summary: CheckRun['baseline'];
  if (baselineFile) {
    const display = posixRelative(io.cwd, baselineFile);
    if (values['update-baseline']) {
      const next = updatedBaseline(baseline, baselineFile, result, ran);
      writeBaseline(baselineFile, next);
      io.err(`privacy-lint: wrote ${display} (${plural(next.findings.length, 'finding')}${baseline ? `; was ${baseline.entries.length}` : ''})\n`);
      baseline = { file: baselineFile, entries: next.findings };
    }
    const outcome = applyBaseline(baseline!, result, ran);
    findings = outcome.fresh;
    summary = { file: display, known: outcome.known, stale: outcome.stale.map((e) => ({ fingerprint: e.fingerprint, rule: e.rule, file: e.file, message: e.message })) };
    for (const e of outcome.stale) warn(`${display}: stale entry (no such finding any more: fixed, or changed): ${e.file} ${e.rule}: ${e.message} [${e.fingerprint}]`);
    if (outcome.stale.length > 0) {
      io.err(`privacy-lint: ${display}: ${plural(outcome.stale.length, 'stale entry', 'stale entries')}; remove ${outcome.stale.length === 1 ? 'it' : 'them'} with --update-baseline\n`);
    }
  }
  if (changes) {
    const manifestFile = resolve(manifest.file);
    const manifestLines = changes.changes.get(manifestFile) ?? [];
    findings = inChange(findings, changes.changes, manifestChanges(manifest, manifestLines), CHECKS);
    io.err(`privacy-lint: changed since ${changedSince} (merge base ${changes.base.slice(0, 12)}): ${plural(changes.changes.size, 'file')} changed\n`);
  }
  if (values.quiet) findings = findings.filter((f) => f.severity === 'error');

  const run: CheckRun = {
    findings,
    stats: stats(io.cwd, a, performance.now() - started),
    cwd: io.cwd,
    root: sourceRoot(io.cwd, tsconfig),
    tsconfig,
    ...(summary ? { baseline: summary } : {}),
    ...(changedSince !== undefined ? { changedSince } : {}),
  };

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
  if (findings.some((f) => f.severity === 'error')) return EXIT.findings;
  return values['fail-on-stale'] && (summary?.stale.length ?? 0) > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * SARIF's %SRCROOT%: the repository holding the project (code scanning resolves paths from the repository's root),
 * else the working directory when the project is inside it, else the project's folder.
 */
export function sourceRoot(cwd: string, tsconfig: string): string {
  const project = dirname(tsconfig);
  const repository = repositoryRoot(project);
  if (repository) return repository;
  return posixRelative(cwd, project).startsWith('..') ? project : cwd;
}

/** The run's stats, paths relative to the working directory. */
export function stats(cwd: string, a: CliAnalysis, durationMs: number): RunStats {
  return {
    files: a.files,
    durationMs: Math.round(durationMs),
    projects: a.projects.map((p) => posixRelative(cwd, p)),
    notAnalysed: a.notAnalysed.map((s) => ({ file: shown(cwd, s.file), reason: s.reason })).sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0)),
    ...(a.testFiles.length > 0 ? { testFiles: a.testFiles.length } : {}),
  };
}

/** A file relative to the working directory; a name in parentheses ("(stores)") stays as it is. */
function shown(cwd: string, file: string): string {
  return file.startsWith('(') ? file : displayPath(cwd, file);
}

/** ESLint users' convention for tool caches: node_modules/.cache/<tool>; a folder without node_modules gets a dot folder. */
export function cacheDir(cwd: string, location: string | undefined): string {
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
