// Types of args.mjs for the TypeScript tests (the benchmark runs as plain ESM, without a build).
export type Tool = 'tsc' | 'check' | 'check-cache' | 'lint' | 'lint-privacy' | 'warm';
export interface BenchOptions {
  help: boolean;
  quick: boolean;
  sizes: number[];
  runs: number;
  edits: number;
  tools: Tool[];
  out: string;
  note: string;
  /** An earlier results file to print instead of measuring ('' for none). */
  print: string;
}
export const DEFAULT_SIZES: readonly number[];
export const QUICK_SIZES: readonly number[];
export const DEFAULT_RUNS: number;
export const DEFAULT_EDITS: number;
export const TOOLS: readonly Tool[];
export const USAGE: string;
export class BenchUsageError extends Error {}
export function parseBenchArgs(argv: readonly string[]): BenchOptions;
