import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CHECKS, RULE_NAMES, checkModel, type RuleName } from '../../results/run.js';
import { analyzeProject } from '../../engine/project.js';
import { didYouMean } from '../../manifest/suggest.js';
import { posixRelative, repositoryRoot } from '../../paths.js';
import { CHECK_FORMATS, type CheckFormat, formatNames } from '../../reporters/index.js';
import { applyBaseline, readBaseline, updatedBaseline, writeBaseline, type Baseline } from '../../results/baseline.js';
import { inChange, manifestChanges } from '../../results/changed.js';
import type { CheckRun } from '../../results/result.js';
import { listOf, plural } from '../../words.js';
import { commandFlags } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import { changedLines } from '../git.js';
import type { Io } from '../io.js';
import { commandManifest } from '../manifest.js';
import { projectPath } from '../paths.js';

export const checkHelp = `Usage: privacy-lint check [--project tsconfig.json] [--manifest privacy.yaml] [--format text|json|sarif|codequality]
                          [--output FILE] [--rule ID ...] [--quiet] [--cache [--cache-location DIR]]
                          [--baseline FILE [--update-baseline] [--fail-on-stale]] [--changed-since REF]
                          [--include-tests]

Analyses the project and reports where its code breaks the privacy manifest.
  --project FILE   the tsconfig.json to analyse (default ./tsconfig.json)
  --manifest FILE  the privacy manifest (default ./privacy.yaml)
  --format F       text (default), json, sarif (2.1.0, for GitHub code scanning) or codequality (GitLab)
  --output FILE    write the results there instead of stdout
  --rule ID        only this rule (repeatable), e.g. --rule privacy/no-personal-data-in-logs
  --quiet          report errors only
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
Exit code: 0 no error-level finding, 1 error-level findings (or stale entries with --fail-on-stale),
2 usage, configuration or manifest error.
`;

const FORMATS = formatNames(CHECK_FORMATS);
export const DEFAULT_BASELINE = 'privacy-baseline.json';

export async function check(argv: string[], io: Io): Promise<number> {
  const values = commandFlags('check', argv, {
    project: { type: 'string' },
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
  const only = values.rule ? new Set(values.rule.map((r) => ruleName(r))) : undefined;
  const tsconfig = projectPath(io.cwd, values.project);
  const manifest = commandManifest(io.cwd, values.manifest);
  const baselineFile = values.baseline !== undefined || values['update-baseline'] ? resolve(io.cwd, values.baseline ?? DEFAULT_BASELINE) : undefined;
  // Read before the analysis, so a broken baseline fails fast (exit 2); an update may start from nothing.
  let baseline: Baseline | undefined;
  if (baselineFile && !(values['update-baseline'] && !existsSync(baselineFile))) baseline = readBaseline(baselineFile, posixRelative(io.cwd, baselineFile));
  const changes = changedSince !== undefined ? changedLines(dirname(tsconfig), changedSince) : undefined;

  const started = performance.now();
  io.err(`privacy-lint: analysing ${posixRelative(io.cwd, tsconfig)} against ${posixRelative(io.cwd, resolve(manifest.file))}…\n`);
  const warn = (m: string) => io.err(`privacy-lint: warning: ${m}\n`);
  const cache = useCache ? { dir: cacheDir(io.cwd, values['cache-location']), warn } : undefined;
  const { model, cache: used } = analyzeProject(tsconfig, manifest.data, { ...(cache ? { cache } : {}), includeTests: values['include-tests'] === true });
  if (used) io.err(`privacy-lint: cache: analysed ${used.analysed} of ${used.files} files${used.fullReason ? ` (${used.fullReason})` : ''}\n`);
  for (const s of model.skipped) warn(`${posixRelative(io.cwd, s.file)}: ${s.reason}`);
  if (model.unresolvedPackages.length > 0) {
    io.err(`privacy-lint: note: types not found for ${model.unresolvedPackages.join(', ')}: their calls are recognised by import name only (run npm install for full precision)\n`);
  }
  const tests = model.testFiles?.length ?? 0;
  if (tests > 0) {
    const by = manifest.data.tests ? "the manifest's tests globs" : 'test file conventions';
    io.err(`privacy-lint: note: ${tests} test file${tests === 1 ? '' : 's'} left out (${by}); --include-tests analyses them\n`);
  }
  const result = checkModel(model, manifest.data, only ? { only } : {});
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

  const notAnalysed = model.skipped.map((s) => ({ file: posixRelative(io.cwd, s.file), reason: s.reason }));
  const run: CheckRun = {
    findings,
    stats: { files: model.files.length, durationMs: Math.round(performance.now() - started), ...(notAnalysed.length > 0 ? { notAnalysed } : {}), ...(tests > 0 ? { testFiles: tests } : {}) },
    cwd: io.cwd,
    root: sourceRoot(io.cwd, tsconfig),
    tsconfig,
    ...(summary ? { baseline: summary } : {}),
    ...(changedSince !== undefined ? { changedSince } : {}),
  };

  const text = CHECK_FORMATS[format as CheckFormat](run, { colour: io.colour && !values.output });
  if (values.output) {
    writeFileSync(resolve(io.cwd, values.output), text);
    io.err(`privacy-lint: wrote ${values.output} (${findings.length} findings)\n`);
  } else io.out(text);
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
