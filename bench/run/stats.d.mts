// Types of stats.mjs for the TypeScript tests (the benchmark runs as plain ESM, without a build).
export function percentile(values: readonly number[], p: number): number;
export function median(values: readonly number[]): number;
export function max(values: readonly number[]): number;
export function ratio(a: number, b: number): number;
export function growthExponent(t1: number, t2: number, n1: number, n2: number): number;
