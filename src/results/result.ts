/**
 * What a `check` run hands the reporters: the findings as the engine locates them (absolute paths), the run's
 * stats, and the two folders paths are shown relative to: the working directory (text, JSON) and the repository's
 * root (SARIF's %SRCROOT%). Each reporter makes its paths relative once; reporters are pure functions of this.
 */
import type { Finding } from '../checks/check.js';
import type { Location, Step } from '../engine/model.js';
import { posixRelative } from '../paths.js';

/** One step of a finding's data flow: where the value was, and what happened to it there. */
export interface ReportedStep {
  file: string;
  line: number;
  column: number;
  note: string;
}

/**
 * A finding as `check` reports it in text and JSON, paths relative to the working directory. The review report's ReportFinding
 * (src/report/types.ts) extends it, so the fields both JSON forms share are declared here only.
 */
export interface ReportedFinding {
  /** "privacy/<rule>". */
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  /** Where the finding is: the path relative to the working directory, lines and columns 1-based. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The personal data items involved, sorted by id. */
  dataItems: string[];
  /** The sink the data reaches (absent for findings without one). */
  sink?: { kind: string; name: string };
  /** The flow steps, from where the data entered the program to the sink. */
  flow: ReportedStep[];
}

/** What a run analysed, and what it did not (text, JSON `stats`, SARIF and the report say it; docs/cli.md). */
export interface RunStats {
  /** Files analysed. */
  files: number;
  durationMs: number;
  /** The tsconfigs analysed, relative to the working directory, references first. */
  projects: string[];
  /** Files not analysed, or not completely, with why; paths relative to the working directory, sorted. */
  notAnalysed: Array<{ file: string; reason: string }>;
  /** Project files left out as tests (check --include-tests analyses them); present only when some were. */
  testFiles?: number;
}

export interface CheckRun {
  findings: Finding[];
  stats: RunStats;
  /** The working directory: text and JSON show paths relative to it. */
  cwd: string;
  /**
   * The repository's root (the nearest folder with .git above the project; the working directory outside a
   * repository): SARIF's URIs are relative to it.
   */
  root: string;
  /** The analysed tsconfig.json (absolute): SARIF's automationDetails.id names its folder. */
  tsconfig?: string;
  /** With `--baseline`: the findings above are those the baseline does not know; what it knew and what went stale. */
  baseline?: BaselineSummary;
  /** With `--changed-since`: the findings above are those touching the lines changed since this git ref. */
  changedSince?: string;
}

/** What a baseline did to a run (JSON's `baseline`, and the text format's last lines). */
export interface BaselineSummary {
  /** The baseline file, relative to the working directory. */
  file: string;
  /** How many findings the baseline knew (not reported). */
  known: number;
  /** Entries that matched no finding of this run: fixed, or changed beyond recognition. */
  stale: Array<{ fingerprint: string; rule: string; file: string; message: string }>;
}

export function toReported(f: Finding, cwd: string): ReportedFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...where(f.location, cwd),
    dataItems: [...f.dataItems].sort(),
    ...(f.sink ? { sink: f.sink } : {}),
    flow: f.flow.map((s: Step) => ({ file: posixRelative(cwd, s.location.file), line: s.location.line, column: s.location.column, note: s.note })),
  };
}

function where(l: Location, cwd: string) {
  return { file: posixRelative(cwd, l.file), line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn };
}
