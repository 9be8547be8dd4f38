/**
 * The questions a manifest still leaves open: every `TODO` mark on an entry (a `# TODO: …` comment above or
 * after it, or a value that starts with "TODO"), with the key path it concerns and the line it is written
 * on. `privacy-lint init` writes one for each question only a person can answer; `validate` reports each as
 * a policy gap until a person answers it and deletes the mark; reports and the policy draft never state an
 * entry under a TODO as a fact. The file's own header comment (before the first key) is not an entry.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { KeyPath } from './diagnostics.js';
import type { ManifestSource } from './source.js';

export interface Todo {
  /** The entry the mark concerns: a comment above a key concerns that key's value. */
  path: KeyPath;
  line: number;
  column: number;
  /** The question, without the leading "TODO:". */
  text: string;
}

const MARK = /\bTODO\b:?\s*/;

/** Every TODO mark in document order (by line, then column). */
export function manifestTodos(source: ManifestSource): Todo[] {
  const lines = source.text.split(/\r?\n/);
  const out: Todo[] = [];
  const seen = new Set<string>();
  const add = (path: KeyPath, line: number, text: string) => {
    const raw = lines[line - 1] ?? '';
    const at = raw.search(MARK);
    if (at < 0 || seen.has(`${line}:${at}`)) return;
    seen.add(`${line}:${at}`);
    out.push({ path, line, column: at + 1, text: text.replace(MARK, '').trim() });
  };
  const lineOf = (offset: number) => source.positionOfOffset(offset).line;

  /** The comment lines written just above `node` (its commentBefore), each with its TODO. */
  const before = (node: Node, path: KeyPath) => {
    if (!node.commentBefore || !MARK.test(node.commentBefore) || !node.range) return;
    for (let l = lineOf(node.range[0]) - 1; l >= 1; l--) {
      const text = (lines[l - 1] ?? '').trim();
      if (text === '') continue;
      if (!text.startsWith('#')) break;
      if (MARK.test(text)) add(path, l, text.slice(1));
    }
  };
  /** A comment after the value on its last line (its `comment`). */
  const after = (node: Node, path: KeyPath) => {
    if (!node.comment || !MARK.test(node.comment) || !node.range) return;
    const start = lineOf(node.range[0]);
    const end = lineOf(Math.max(node.range[0], node.range[1] - 1));
    for (let l = start; l <= Math.min(end + 1, lines.length); l++) {
      const raw = lines[l - 1] ?? '';
      const hash = raw.indexOf('#');
      if (hash >= 0 && MARK.test(raw.slice(hash))) add(path, l, raw.slice(hash + 1).trim());
    }
  };

  const walk = (node: unknown, path: KeyPath): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (path.length > 0) before(n, path);
    if (isScalar(n)) {
      if (typeof n.value === 'string' && /^\s*TODO\b/.test(n.value) && n.range) {
        const { line } = source.positionOfOffset(n.range[0]);
        add(path, line, n.value);
      }
    } else if (isMap(n)) {
      for (const pair of n.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyPath = [...path, key];
        if (isScalar(pair.key)) before(pair.key, keyPath);
        walk(pair.value, keyPath);
        if (isScalar(pair.key)) after(pair.key, keyPath);
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => walk(item, [...path, i]));
    }
    if (path.length > 0) after(n, path);
  };
  walk(source.document.contents, []);
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Whether an entry is under a TODO: the mark is on the entry itself or on a section that contains it. */
export function isUnder(todoPath: KeyPath, path: KeyPath): boolean {
  return todoPath.length <= path.length && todoPath.every((part, i) => String(part) === String(path[i]));
}
