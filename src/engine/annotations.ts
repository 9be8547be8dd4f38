/**
 * Privacy annotations in the project's JSDoc: `@personal`, `@privacyEvent`, `@retention`, with the
 * position of each tag, for valid-annotations and for the reports.
 */
import type * as TS from 'typescript';
import { tagIds, tagText } from './tags.js';
import type { Annotation } from './model.js';
import { walk } from './syntax.js';

const TAGS = new Set(['personal', 'privacyEvent', 'retention']);

export function collectAnnotations(ts: typeof TS, files: readonly TS.SourceFile[]): Annotation[] {
  const out: Annotation[] = [];
  for (const sf of files) {
    // A cheap text test first: most files carry no privacy tag at all.
    if (!/@(personal|privacyEvent|retention)\b/.test(sf.text)) continue;
    const visit = (node: TS.Node): void => {
      for (const doc of (node as { jsDoc?: TS.JSDoc[] }).jsDoc ?? []) {
        for (const tag of doc.tags ?? []) {
          if (!TAGS.has(tag.tagName.text)) continue;
          const start = sf.getLineAndCharacterOfPosition(tag.getStart(sf));
          const end = sf.getLineAndCharacterOfPosition(tag.getEnd());
          const ids = tagIds(tagText(ts, tag));
          out.push({
            tag: tag.tagName.text as Annotation['tag'],
            ids,
            location: { file: sf.fileName, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
          });
        }
      }
    };
    walk(ts, sf, visit);
  }
  return out;
}
