// Types of report.mjs for the TypeScript tests.
import type { Comparison } from './findings.mjs';

export interface Sample {
  round?: number;
  wallMs: number;
  cpuMs: number;
  rssKiB: number;
  exitCode?: number;
  failed?: boolean;
  error?: string;
  editsMs?: number[];
  /** Warm loop with our rules: the ms our rules took in each re-lint (ESLint's rule timing). */
  oursMs?: number[];
  /** Warm loops: the ms of parsing in each re-lint (typescript-eslint's program update and AST). */
  parseMs?: number[];
  coldWallMs?: number;
}
export interface ToolSummary {
  runs: number;
  failures: number;
  wallMs: number;
  cpuMs: number;
  maxRssKiB: number;
  edits?: number;
  p50Ms?: number;
  p95Ms?: number;
  oursP50Ms?: number;
  oursP95Ms?: number;
  coldMs?: number;
}
export interface Ratios {
  checkTscTime: number;
  checkTscMemory: number;
  lintWithWithout: number;
  cacheSpeedup?: number;
}
export interface SizeResult {
  files: number;
  summaries: Record<string, ToolSummary>;
  ratios: Ratios;
  findings: Record<string, Comparison>;
  [key: string]: unknown;
}
export interface Growth {
  from: number;
  to: number;
  exponent: number;
}
export interface Target {
  id: string;
  text: string;
  at: number;
  value: number | null;
  limit: number;
  unit: 'x' | 'ms' | '';
  better: 'lower' | 'higher';
  status: 'PASS' | 'FAIL' | 'n/a';
}
export interface Results {
  machine: {
    os: string;
    arch: string;
    cpu: string;
    cores: number;
    memoryBytes: number;
    node: string;
    date: string;
    loadAverageStart: number[];
    loadAverageEnd?: number[];
    timer: string;
    note?: string;
  };
  options: { sizes: number[]; runs: number; edits: number; warmupEdits?: number; tools: string[] };
  sizes: SizeResult[];
  growth: Growth;
  targets: Target[];
}
export const LABELS: Record<string, string>;
export const TARGET_SIZE: number;
export const GROWTH: { from: number; to: number };
export function summariseTool(samples: readonly Sample[]): ToolSummary;
export function sizeRatios(summaries: Record<string, Partial<ToolSummary>>): Ratios;
export function checkGrowth(sizes: readonly Pick<SizeResult, 'files' | 'summaries'>[]): Growth;
export function evaluateTargets(sizes: readonly Pick<SizeResult, 'files' | 'summaries' | 'ratios'>[], growth: Growth): Target[];
export function count(n: number): string;
export function seconds(ms: number): string;
export function millis(ms: number | undefined): string;
export function mebibytes(kib: number): string;
export function times(x: number): string;
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string;
export function renderReport(results: Results): string;
