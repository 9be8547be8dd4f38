/**
 * A finding's fingerprint: what identifies it across runs when the code around it moves. SARIF's
 * partialFingerprints, the baseline file (baseline.ts) and the ESLint plugin's baseline filter all use this one
 * function, so an entry written by `check --update-baseline` matches in the editor and in code scanning alike.
 *
 * The hash covers the rule, the file (relative to a root: the repository's for SARIF, the baseline file's folder
 * for a baseline) and the message with its line numbers blanked. No line or column goes in, so edits above a
 * finding, and edits elsewhere in its file, keep its fingerprint; a second finding with the same hash in the same
 * file gets the next occurrence number (`<hash>:2`), counted in the findings' order (by position).
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../checks/check.js';
import { posixRelative } from '../paths.js';

/** The fingerprints of `findings` (in the same order), files relative to `root`. */
export function fingerprints(findings: readonly Finding[], root: string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const hash = fingerprintHash(f, root);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

/** The line-insensitive hash of one finding (32 hex digits), without its occurrence number. */
export function fingerprintHash(f: Finding, root: string): string {
  const text = `${f.ruleId}\0${posixRelative(root, f.location.file)}\0${withoutLines(f.message)}`;
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** "deleted earlier (line 12)", "<file>:22:5" -> line numbers blanked, so a moved line keeps the text. */
function withoutLines(message: string): string {
  return message.replace(/\blines? \d+(?:, \d+)*/g, 'line #').replace(/:\d+(?::\d+)?\b/g, ':#');
}
