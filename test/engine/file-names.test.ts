import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { namesOfFiles } from '../../src/engine/file-names.js';

const parse = (name: string, text: string) => ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
const names = (sf: ts.SourceFile) => sf.statements.filter(ts.isFunctionDeclaration).map((f) => f.name!.text);

describe('namesOfFiles', () => {
  it('walks each SourceFile once and re-walks only a new SourceFile object', () => {
    const a = parse('/p/a.ts', 'function save() {}\nfunction load() {}');
    const b = parse('/p/b.ts', 'function send() {}\nfunction save() {}');
    const cache = new WeakMap<ts.SourceFile, readonly string[]>();
    const walked: string[] = [];
    const collect = (sf: ts.SourceFile) => (walked.push(sf.fileName), names(sf));
    expect([...namesOfFiles([a, b], cache, collect)].sort()).toEqual(['load', 'save', 'send']);
    expect(walked).toEqual(['/p/a.ts', '/p/b.ts']);

    // The editor's next Program: b edited (a new SourceFile), a shared.
    const b2 = parse('/p/b.ts', 'function send() {}\nfunction erase() {}');
    expect([...namesOfFiles([a, b2], cache, collect)].sort()).toEqual(['erase', 'load', 'save', 'send']);
    expect(walked).toEqual(['/p/a.ts', '/p/b.ts', '/p/b.ts']);
  });

  it('drops the names of a file that left the Program', () => {
    const a = parse('/p/a.ts', 'function save() {}');
    const b = parse('/p/b.ts', 'function send() {}');
    const cache = new WeakMap<ts.SourceFile, readonly string[]>();
    namesOfFiles([a, b], cache, names);
    expect([...namesOfFiles([a], cache, names)]).toEqual(['save']);
  });
});

describe('namesOfFiles: the union updated from the files that came and went', () => {
  it('keeps a name another file still declares, drops one no file declares any more, and adds new ones', () => {
    const files = Array.from({ length: 6 }, (_, i) => parse(`/p/${i}.ts`, `function shared() {}\nfunction only${i}() {}`));
    const cache = new WeakMap<ts.SourceFile, readonly string[]>();
    let walks = 0;
    const collect = (sf: ts.SourceFile) => (walks++, names(sf));
    expect(namesOfFiles(files, cache, collect).size).toBe(7);
    const edited = parse('/p/0.ts', 'function shared() {}\nfunction renamed() {}');
    const next = [edited, ...files.slice(1)];
    const union = namesOfFiles(next, cache, collect);
    expect([...union].sort()).toEqual(['only1', 'only2', 'only3', 'only4', 'only5', 'renamed', 'shared']);
    expect(walks).toBe(7);
    // The same result as a union built from scratch, and back again.
    expect([...union].sort()).toEqual([...namesOfFiles(next, new WeakMap(), names)].sort());
    expect([...namesOfFiles(files, cache, collect)].sort()).toEqual(['only0', 'only1', 'only2', 'only3', 'only4', 'only5', 'shared']);
  });
});
