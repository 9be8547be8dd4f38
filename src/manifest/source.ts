/**
 * The manifest text as parsed YAML, kept so every diagnostic and finding can point at a line and column.
 * JSON manifests go through the same parser (JSON is YAML 1.2).
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node, type Pair } from 'yaml';
import type { KeyPath } from './diagnostics.js';

export interface Position {
  line: number;
  column: number;
}

export class ManifestSource {
  readonly file: string;
  readonly text: string;
  readonly document: Document.Parsed;
  private readonly lines: LineCounter;

  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
    this.lines = new LineCounter();
    this.document = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
  }

  positionOfOffset(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** Where the value at `path` starts; for a path that does not exist, its deepest existing ancestor. */
  positionOf(path: KeyPath): Position {
    const { node } = this.walk(path);
    return this.positionOfOffset(node?.range?.[0] ?? 0);
  }

  /** Where the key at the end of `path` is written (for unknown keys); falls back to positionOf. */
  positionOfKey(path: KeyPath): Position {
    const { pair, complete } = this.walk(path);
    const key = pair?.key as Node | undefined;
    if (complete && key?.range) return this.positionOfOffset(key.range[0]);
    return this.positionOf(path);
  }

  private walk(path: KeyPath): { node: Node | undefined; pair: Pair | undefined; complete: boolean } {
    let node = this.document.contents as Node | null;
    let pair: Pair | undefined;
    for (const part of path) {
      let next: Node | undefined;
      if (isMap(node)) {
        pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(part));
        next = (pair?.value as Node | null) ?? undefined;
        if (pair && !next) return { node: (pair.key as Node) ?? node, pair, complete: true };
      } else if (isSeq(node) && typeof part === 'number') {
        pair = undefined;
        next = (node.items[part] as Node | undefined) ?? undefined;
      }
      if (!next) return { node: node ?? undefined, pair: undefined, complete: false };
      node = next;
    }
    return { node: node ?? undefined, pair, complete: true };
  }
}
