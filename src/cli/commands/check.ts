import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RULE_NAMES, checkModel, type RuleName } from '../../results/run.js';
import { analyzeProject } from '../../engine/project.js';
import { loadManifest } from '../../manifest/load.js';
import { didYouMean } from '../../manifest/suggest.js';
import { posixRelative } from '../../paths.js';
import { CHECK_FORMATS, type CheckFormat, formatNames } from '../../reporters/index.js';
import type { CheckRun } from '../../results/result.js';
import { listOf } from '../../words.js';
import { commandFlags } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { manifestPath, projectPath } from '../paths.js';

export const checkHelp = `Usage: privacy-lint check [--project tsconfig.json] [--manifest privacy.yaml] [--format text|json|sarif]
                          [--output FILE] [--rule ID ...] [--quiet] [--cache [--cache-location DIR]]
                          [--include-tests]

Analyses the project and reports where its code breaks the privacy manifest.
  --project FILE   the tsconfig.json to analyse (default ./tsconfig.json)
  --manifest FILE  the privacy manifest (default ./privacy.yaml)
  --format F       text (default), json or sarif (2.1.0)
  --output FILE    write the results there instead of stdout
  --rule ID        only this rule (repeatable), e.g. --rule privacy/no-personal-data-in-logs
  --quiet          report errors only
  --cache          keep per-file facts between runs; only changed files and their importers are analysed again
  --include-tests  analyse test files too (by default *.test.ts, *.spec.ts, stories, __tests__/, test/,
                   e2e/ ... or the manifest's tests globs are left out: they are not the product)
  --cache-location DIR  the cache folder (default node_modules/.cache/privacy-lint, or .privacy-lint-cache
                   when the current folder has no node_modules)
Exit code: 0 no error-level finding, 1 error-level findings, 2 usage, configuration or manifest error.
`;

const FORMATS = formatNames(CHECK_FORMATS);

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
  }, checkHelp, io);
  if (!values) return EXIT.ok;
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`privacy-lint check: unknown format "${format}"${didYouMean(format, FORMATS)}; use ${listOf(FORMATS, 'or')}`);
  }
  if (values['cache-location'] !== undefined && !values.cache) {
    throw new UsageError('privacy-lint check: --cache-location needs --cache');
  }
  const only = values.rule ? new Set(values.rule.map((r) => ruleName(r))) : undefined;
  const tsconfig = projectPath(io.cwd, values.project);
  const manifest = loadManifest(manifestPath(io.cwd, values.manifest));

  const started = performance.now();
  io.err(`privacy-lint: analysing ${posixRelative(io.cwd, tsconfig)} against ${posixRelative(io.cwd, resolve(manifest.file))}…\n`);
  const cache = values.cache ? { dir: cacheDir(io.cwd, values['cache-location']), warn: (m: string) => io.err(`privacy-lint: warning: ${m}\n`) } : undefined;
  const { model, cache: used } = analyzeProject(tsconfig, manifest.data, { ...(cache ? { cache } : {}), includeTests: values['include-tests'] === true });
  if (used) io.err(`privacy-lint: cache: analysed ${used.analysed} of ${used.files} files${used.fullReason ? ` (${used.fullReason})` : ''}\n`);
  for (const s of model.skipped) io.err(`privacy-lint: warning: ${posixRelative(io.cwd, s.file)}: ${s.reason}\n`);
  if (model.unresolvedPackages.length > 0) {
    io.err(`privacy-lint: note: types not found for ${model.unresolvedPackages.join(', ')}: their calls are recognised by import name only (run npm install for full precision)\n`);
  }
  const tests = model.testFiles?.length ?? 0;
  if (tests > 0) {
    const by = manifest.data.tests ? "the manifest's tests globs" : 'test file conventions';
    io.err(`privacy-lint: note: ${tests} test file${tests === 1 ? '' : 's'} left out (${by}); --include-tests analyses them\n`);
  }
  const result = checkModel(model, manifest.data, only);
  const findings = result.findings.filter((f) => !values.quiet || f.severity === 'error');
  const run: CheckRun = { findings, stats: { files: model.files.length, durationMs: Math.round(performance.now() - started), ...(tests > 0 ? { testFiles: tests } : {}) }, cwd: io.cwd, root: dirname(tsconfig) };

  const text = CHECK_FORMATS[format as CheckFormat](run, { colour: io.colour && !values.output });
  if (values.output) {
    writeFileSync(resolve(io.cwd, values.output), text);
    io.err(`privacy-lint: wrote ${values.output} (${findings.length} findings)\n`);
  } else io.out(text);
  return findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
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
