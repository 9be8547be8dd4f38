/**
 * The analysis `check` and `report` share: the projects to analyse (projects.ts), the manifest that applies to
 * each (the root one, or a package's own privacy.yaml for `check`), the engine run per manifest, the checks, and
 * the manifest's names for code checked against the project (manifest/code-names.ts). Everything a run did not
 * analyse is collected with its reason, paths absolute (the reporters make them relative).
 */
import { dirname, resolve } from 'node:path';
import { analyzeProjects, type ProjectAnalysis } from '../engine/project.js';
import type { Skipped } from '../engine/model.js';
import { codeNameDiagnostics } from '../manifest/code-names.js';
import { ManifestError, type ManifestDiagnostic } from '../manifest/diagnostics.js';
import { loadManifest, type Manifest } from '../manifest/load.js';
import { posixRelative } from '../paths.js';
import { checkModel, type CheckResult, type RuleName } from '../results/run.js';
import type { Io } from './io.js';
import { manifestPath } from './paths.js';
import { progress as progressLine } from './progress.js';
import { manifestFor, projectEntry, projectsOf } from './projects.js';

export interface Group {
  manifest: Manifest;
  /** The tsconfigs this manifest applies to (absolute). */
  projects: string[];
  analysis: ProjectAnalysis;
  result: CheckResult;
}

export interface CliAnalysis {
  groups: Group[];
  /** Every tsconfig analysed (absolute), references first. */
  projects: string[];
  /** How many files were analysed. */
  files: number;
  /** Files not analysed, or not completely, with why (absolute paths where there is one), sorted. */
  notAnalysed: Skipped[];
  unresolvedPackages: string[];
  /** Source files read for their types only (outside the project). */
  outside: string[];
  cache?: { analysed: number; files: number; fullReason?: string };
  /** The root manifest. */
  manifest: Manifest;
  /** Project files left out as tests (absolute), sorted; --include-tests analyses them. */
  testFiles: string[];
}

export interface AnalyseFlags {
  project?: string[] | undefined;
  manifest?: string | undefined;
  only?: ReadonlySet<RuleName> | undefined;
  quiet?: boolean | undefined;
  cache?: { dir: string; warn: (message: string) => void } | undefined;
  /** A package's own privacy.yaml applies to its projects (check), rather than the root one only (report). */
  packageManifests?: boolean;
  /** Analyse test files too (check --include-tests). */
  includeTests?: boolean;
}

export function analyse(io: Io, flags: AnalyseFlags): CliAnalysis {
  const entry = projectEntry(io.cwd, flags.project);
  const rootFile = manifestPath(io.cwd, flags.manifest);
  const manifest = loadManifest(rootFile);
  const loaded = projectsOf(io.cwd, entry);
  io.err(`privacy-lint: analysing ${entry.said} against ${posixRelative(io.cwd, resolve(manifest.file))}…\n`);

  // Which manifest applies to which project: with --manifest, that one for all.
  const byManifest = new Map<string, string[]>();
  for (const p of loaded.projects) {
    const file = flags.packageManifests && flags.manifest === undefined ? manifestFor(p.tsconfig, dirname(resolve(rootFile)), resolve(rootFile)) : resolve(rootFile);
    byManifest.set(file, [...(byManifest.get(file) ?? []), p.tsconfig]);
  }
  const line = progressLine(io, !!io.progress && !flags.quiet);
  const owners = new Map<string, string>();
  const groups: Group[] = [];
  const problems: ManifestDiagnostic[] = [];
  try {
    for (const [file, projects] of byManifest) {
      const m = file === resolve(rootFile) ? manifest : loadManifest(file);
      if (m !== manifest) io.err(`privacy-lint: ${projects.map((p) => posixRelative(io.cwd, p)).join(', ')}: checked against ${posixRelative(io.cwd, file)} (the package's own manifest)\n`);
      const analysis = analyzeProjects(loaded, m.data, { only: new Set(projects), owners, progress: (e) => line.update(e), ...(flags.cache ? { cache: flags.cache } : {}), ...(flags.includeTests ? { includeTests: true } : {}) });
      problems.push(...codeNameDiagnostics(m, analysis.functions, analysis.eventCodes, dirname(resolve(m.file))));
      groups.push({ manifest: m, projects, analysis, result: checkModel(analysis.model, m.data, flags.only ? { only: flags.only } : {}) });
    }
  } finally {
    line.clear();
  }
  if (problems.length > 0) throw new ManifestError(problems);

  const notAnalysed = groups.flatMap((g) => [...g.analysis.notAnalysed, ...g.analysis.model.skipped]);
  const seen = new Set<string>();
  const unique = notAnalysed.filter((s) => (seen.has(`${s.file}\0${s.reason}`) ? false : (seen.add(`${s.file}\0${s.reason}`), true)));
  unique.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  const caches = groups.map((g) => g.analysis.cache).filter((c) => c !== undefined);
  const reasons = [...new Set(caches.flatMap((c) => (c.fullReason ? [c.fullReason] : [])))];
  return {
    groups,
    projects: groups.flatMap((g) => g.analysis.projects),
    files: groups.reduce((n, g) => n + g.analysis.model.files.length, 0),
    notAnalysed: unique,
    unresolvedPackages: [...new Set(groups.flatMap((g) => g.analysis.model.unresolvedPackages))].sort(),
    outside: [...new Set(groups.flatMap((g) => g.analysis.outside))].sort(),
    ...(caches.length > 0 ? { cache: { analysed: caches.reduce((n, c) => n + c.analysed, 0), files: caches.reduce((n, c) => n + c.files, 0), ...(reasons.length > 0 ? { fullReason: reasons.join('; ') } : {}) } } : {}),
    manifest,
    testFiles: [...new Set(groups.flatMap((g) => g.analysis.model.testFiles ?? []))].sort(),
  };
}

/** The lines stderr gets after an analysis: the cache, packages without types, sources read for their types only. */
export function notes(io: Io, a: CliAnalysis): void {
  if (a.cache) io.err(`privacy-lint: cache: analysed ${a.cache.analysed} of ${a.cache.files} files${a.cache.fullReason ? ` (${a.cache.fullReason})` : ''}\n`);
  if (a.unresolvedPackages.length > 0) {
    io.err(`privacy-lint: note: types not found for ${a.unresolvedPackages.join(', ')}: their calls are recognised by import name only (run npm install for full precision)\n`);
  }
  if (a.testFiles.length > 0) {
    const n = a.testFiles.length;
    const by = a.manifest.data.tests ? "the manifest's tests globs" : 'test file conventions';
    io.err(`privacy-lint: note: ${n} test file${n === 1 ? '' : 's'} left out (${by}); --include-tests analyses them\n`);
  }
  if (a.outside.length > 0) {
    const first = posixRelative(io.cwd, a.outside[0]!);
    io.err(`privacy-lint: note: ${a.outside.length === 1 ? `${first} is` : `${a.outside.length} source files (${first}, …) are`} outside the project (reached through an import or a path alias, outside the workspace): read for their types, not analysed\n`);
  }
}
