/**
 * What a `check` run hands the reporters: findings with paths already relative to the working directory
 * (with "/"), and the run's stats. Reporters are pure functions of this.
 */
import { relative } from 'node:path';
import type { Finding } from '../engine/checks/index.js';
import type { Location, Step } from '../engine/model.js';

/** One step of a finding's data flow: where the value was, and what happened to it there. */
export interface ReportedStep {
  file: string;
  line: number;
  column: number;
  note: string;
}

/**
 * A finding as `check` reports it (text, JSON, SARIF). The review report's ReportFinding
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

export interface CheckRun {
  findings: ReportedFinding[];
  stats: { files: number; durationMs: number };
}

export function toReported(f: Finding, cwd: string): ReportedFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...where(f.location, cwd),
    dataItems: [...f.dataItems].sort(),
    ...(f.sink ? { sink: f.sink } : {}),
    flow: f.flow.map((s: Step) => ({ file: rel(s.location.file, cwd), line: s.location.line, column: s.location.column, note: s.note })),
  };
}

function where(l: Location, cwd: string) {
  return { file: rel(l.file, cwd), line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn };
}

export function rel(file: string, cwd: string): string {
  return relative(cwd, file).split('\\').join('/');
}
