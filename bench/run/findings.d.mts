// Types of findings.mjs for the TypeScript tests.
export interface Located {
  ruleId: string;
  file: string;
  line: number;
}
export interface Comparison {
  expected: number;
  actual: number;
  matched: number;
  missing: string[];
  extra: string[];
  ok: boolean;
}
export function compareFindings(expected: readonly Located[], actual: readonly Located[]): Comparison;
export function describeComparison(c: Comparison | undefined | null): string;
