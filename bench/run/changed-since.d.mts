// Types of changed-since.mjs for the TypeScript tests.
export function leakText(text: string): string;
export function changedRanges(diff: string): Map<string, Array<[number, number]>>;
export function restrict<F extends { file: string; line: number; endLine?: number; flow: Array<{ file: string; line: number }> }>(findings: F[], ranges: Map<string, Array<[number, number]>>): F[];
export function measureChangedSince(options: { files: number; dir?: string; keep?: boolean }): {
  files: number;
  changedFile: string;
  fullMs: number;
  coldCacheMs: number;
  changedMs: number;
  full: number;
  changed: number;
  expected: number;
  equal: boolean;
  analysed: number[] | undefined;
};
