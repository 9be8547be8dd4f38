/**
 * Code excerpts for findings: the finding's lines (up to four of a long call) with two lines of context
 * either side. Each file is read once per report; an unreadable file gives an empty excerpt rather than
 * a failed report.
 */
import { readFileSync } from 'node:fs';

export type ReadSource = (file: string) => string | undefined;

export const CONTEXT = 2;
const MAX_SPAN = 4;

export function fileReader(): ReadSource {
  const cache = new Map<string, string[] | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, [readFileSync(file, 'utf8')]);
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file)?.[0];
  };
}

/** Lines `line - 2` to `min(endLine, line + 3) + 2` of the text, 1-based, trailing blanks trimmed. */
export function excerpt(text: string | undefined, line: number, endLine: number): Array<{ line: number; text: string }> {
  if (text === undefined) return [];
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - CONTEXT);
  const last = Math.min(lines.length, Math.min(Math.max(endLine, line), line + MAX_SPAN - 1) + CONTEXT);
  const out: Array<{ line: number; text: string }> = [];
  for (let n = first; n <= last; n++) out.push({ line: n, text: lines[n - 1]!.replace(/\s+$/, '') });
  return out;
}
