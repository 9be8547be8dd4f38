/**
 * Hints for the one question `init` must not answer itself: which law the service is under. The draft leaves
 * `controller.jurisdictions: unspecified` with a TODO, and these clues from the code's string literals go
 * into that TODO's comment so the person answering sees why a law is suggested: Korean text, won amounts,
 * Korean phone numbers (KR); euro amounts, GDPR or cookie-consent wording (EU); CCPA/CPRA wording (US-CA).
 * Syntax only, like the scan: string literals and template texts of the project's own files.
 */
import { type Project, ts } from 'ts-morph';
import type * as TS from 'typescript';
import { walk } from '../engine/syntax.js';
import type { Jurisdiction } from '../law/articles.js';

export interface Hint {
  jurisdiction: Jurisdiction;
  /** What was seen, e.g. "Korean text", with the number of files it was seen in. */
  clue: string;
  files: number;
}

const CLUES: ReadonlyArray<{ jurisdiction: Jurisdiction; clue: string; test: RegExp }> = [
  { jurisdiction: 'KR', clue: 'Korean text', test: /[\uac00-\ud7a3]/ },
  { jurisdiction: 'KR', clue: 'won amounts (KRW, ₩, 원)', test: /₩|\bKRW\b|(?:\d|\})\s*원/ },
  { jurisdiction: 'KR', clue: 'Korean phone numbers', test: /(?:\+82[- ]?|\b0)1[016789][- ]?\d{3,4}[- ]?\d{4}\b/ },
  { jurisdiction: 'EU', clue: 'euro amounts (EUR, €)', test: /€|\bEUR\b/ },
  { jurisdiction: 'EU', clue: 'GDPR wording', test: /\bGDPR\b|\bDSGVO\b|\bRGPD\b/ },
  { jurisdiction: 'US-CA', clue: 'CCPA/CPRA wording', test: /\bCCPA\b|\bCPRA\b|Do Not Sell/ },
];

/** The clues found, by jurisdiction then clue, each with the number of files showing it. */
export function jurisdictionHints(project: Project): Hint[] {
  const tsc = ts as unknown as typeof TS;
  const counts = new Map<number, number>();
  for (const sf of project.getSourceFiles()) {
    if (sf.isDeclarationFile() || sf.isInNodeModules()) continue;
    const texts: string[] = [];
    // the compiler's nodes with an explicit stack: a file nested thousands of levels deep cannot overflow the call stack
    const compiled = sf.compilerNode as unknown as TS.SourceFile;
    walk(tsc, compiled, (n) => {
      if (tsc.isStringLiteral(n) || tsc.isNoSubstitutionTemplateLiteral(n)) texts.push(n.text);
      else if (tsc.isTemplateHead(n) || tsc.isTemplateMiddle(n) || tsc.isTemplateTail(n) || tsc.isJsxText(n)) texts.push(n.getText(compiled));
    });
    const all = texts.join('\n');
    CLUES.forEach((c, i) => {
      if (c.test.test(all)) counts.set(i, (counts.get(i) ?? 0) + 1);
    });
  }
  return CLUES.flatMap((c, i) => (counts.has(i) ? [{ jurisdiction: c.jurisdiction, clue: c.clue, files: counts.get(i)! }] : []));
}

/** "the code suggests KR: Korean text in 3 files, won amounts (KRW, ₩, 원) in 1 file" or that it shows no clue. */
export function hintText(hints: readonly Hint[]): string {
  if (hints.length === 0) return 'the code shows no clue (no Korean text, currency or phone format)';
  const by = new Map<Jurisdiction, Hint[]>();
  for (const h of hints) by.set(h.jurisdiction, [...(by.get(h.jurisdiction) ?? []), h]);
  return `the code suggests ${[...by].map(([j, hs]) => `${j} (${hs.map((h) => `${h.clue} in ${h.files} file${h.files === 1 ? '' : 's'}`).join(', ')})`).join(' and ')}`;
}
