// Types of measure.mjs for the TypeScript tests.
export interface TimeOutput {
  wallS: number;
  userS: number;
  sysS: number;
  maxRssKiB: number;
}
export interface Measured {
  wallMs: number;
  cpuMs: number;
  rssKiB: number;
  exitCode: number;
  signal: string | null;
  stdout: string;
  stderr: string;
}
export type Timer = 'time' | 'wrapper';
export function parseTimeOutput(text: string): TimeOutput | undefined;
export function detectTimer(env?: Record<string, string | undefined>): Timer;
export function measure(options: { timer: Timer; script: string; args: readonly string[]; cwd: string; usageFile: string; env?: Record<string, string> }): Measured;
export function round1(x: number): number;
export function usagePath(dir: string): string;
