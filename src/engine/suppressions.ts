/**
 * Reviewed exceptions: `// privacy-lint-disable-next-line <rule>[, <rule>] -- <reason>`. The reason is
 * required (it shows in reports); a comment without one suppresses nothing and is itself reported.
 */
import type * as TS from 'typescript';
import type { Suppression } from './model.js';

export type { Suppression };

const PATTERN = /\/\/\s*privacy-lint-disable-next-line\b([^\n]*)/g;

export function collectSuppressions(files: readonly TS.SourceFile[]): Suppression[] {
  const out: Suppression[] = [];
  for (const sf of files) {
    if (!sf.text.includes('privacy-lint-disable-next-line')) continue;
    for (const m of sf.text.matchAll(PATTERN)) {
      const [rulesText, ...reasonParts] = m[1]!.split(/\s--\s?|\s--$/);
      const reason = reasonParts.join(' -- ').trim();
      const rules = (rulesText ?? '')
        .split(/[,\s]+/)
        .filter(Boolean)
        .map((r) => (r.startsWith('privacy/') ? r : `privacy/${r}`));
      const start = sf.getLineAndCharacterOfPosition(m.index!);
      const end = sf.getLineAndCharacterOfPosition(m.index! + m[0].length);
      out.push({
        rules,
        ...(reason ? { reason } : {}),
        location: { file: sf.fileName, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
      });
    }
  }
  return out;
}
