/**
 * Exceptions written in the code, read from each file's text:
 * - ours, a reviewed exception: `// privacy-lint-disable-next-line <rule>[, <rule>] -- <reason>`. The reason is
 *   required (it shows in reports); a comment without one suppresses nothing and is itself reported.
 * - ESLint's directives, so that the CLI silences what the editor silences: `eslint-disable-next-line`,
 *   `eslint-disable-line` and `/* eslint-disable *\/ … /* eslint-enable *\/` naming privacy rules, or naming no
 *   rule (every rule, ours included). They are read as ESLint reads them: -line and -next-line in a `//` comment
 *   or a one-line block comment, disable and enable in block comments only, the reason after ` -- `. Comments
 *   that name only other plugins' rules are not kept. The results layer decides what each one covers.
 */
import type * as TS from 'typescript';
import type { Suppression } from './model.js';

export type { Suppression };

const PATTERN = /\/\/\s*privacy-lint-disable-next-line\b([^\n]*)/g;
/** `// eslint-…` to the end of the line, or `/* eslint-… *\/`. */
const ESLINT = /\/\/[ \t]*(eslint-(?:disable-next-line|disable-line|disable|enable))(?=[\s]|$)([^\n]*)|\/\*\s*(eslint-(?:disable-next-line|disable-line|disable|enable))(?=[\s*]|\*\/)([\s\S]*?)\*\//g;

export function collectSuppressions(files: readonly TS.SourceFile[]): Suppression[] {
  const out: Suppression[] = [];
  for (const sf of files) {
    if (sf.text.includes('privacy-lint-disable-next-line')) out.push(...native(sf));
    if (sf.text.includes('eslint-')) out.push(...eslintDirectives(sf));
  }
  return out;
}

function native(sf: TS.SourceFile): Suppression[] {
  const out: Suppression[] = [];
  for (const m of sf.text.matchAll(PATTERN)) {
    const [rulesText, ...reasonParts] = m[1]!.split(/\s--\s?|\s--$/);
    const reason = reasonParts.join(' -- ').trim();
    const rules = (rulesText ?? '')
      .split(/[,\s]+/)
      .filter(Boolean)
      .map((r) => (r.startsWith('privacy/') ? r : `privacy/${r}`));
    out.push({ rules, ...(reason ? { reason } : {}), location: locationOf(sf, m.index!, m[0].length) });
  }
  return out;
}

function eslintDirectives(sf: TS.SourceFile): Suppression[] {
  const out: Suppression[] = [];
  for (const m of sf.text.matchAll(ESLINT)) {
    const block = m[3] !== undefined;
    const via = (m[1] ?? m[3]) as NonNullable<Suppression['via']>;
    const body = (m[2] ?? m[4] ?? '').replace(/\s+/g, ' ');
    const location = locationOf(sf, m.index!, m[0].length);
    // ESLint's own restrictions: disable/enable only as block comments, -line directives on one line.
    if (!block && (via === 'eslint-disable' || via === 'eslint-enable')) continue;
    if ((via === 'eslint-disable-line' || via === 'eslint-disable-next-line') && location.endLine !== location.line) continue;
    const [rulesText, ...reasonParts] = body.split(/\s-{2,}\s/);
    const reason = reasonParts.join(' -- ').trim();
    const named = (rulesText ?? '').split(',').map((r) => r.trim()).filter(Boolean);
    const rules = named.filter((r) => r.startsWith('privacy/'));
    // A directive naming only other rules is none of ours; naming none, it covers every rule.
    if (named.length > 0 && rules.length === 0) continue;
    out.push({ rules, ...(reason ? { reason } : {}), location, via });
  }
  return out;
}

function locationOf(sf: TS.SourceFile, start: number, length: number): Suppression['location'] {
  const a = sf.getLineAndCharacterOfPosition(start);
  const b = sf.getLineAndCharacterOfPosition(start + length);
  return { file: sf.fileName, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}
