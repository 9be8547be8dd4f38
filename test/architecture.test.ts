/**
 * The layers of src/ (docs/architecture.md): no import circle anywhere, type-only imports included, and the
 * arrows that must never exist. Imports are read with TypeScript's own pre-processor (static, dynamic and
 * `import type`), so a new circle fails here before a reader has to untangle it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const DIRS = ['src', 'rules'];

function sources(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

/** Names comments use as examples of a user's files, not as references to ours. */
const EXAMPLE_NAMES = new Set(['path/to/file.ts', 'users.service.ts', 'src/users/users.service.ts', 'src/a.ts', 'lib.ts', 'index.d.ts', '.d.ts', 'file.ts', 'options.ts', 'this.ts', 'privacy-report.md']);

/** Every file of the repository (relative paths), without dependencies, build output and scratch folders. */
function allFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (['node_modules', '.git', 'dist', 'test-output', 'projects'].includes(e.name)) return [];
    const path = join(dir, e.name);
    return e.isDirectory() ? allFiles(path, base) : [relative(base, path)];
  });
}

/** File (relative to the repository) -> the repository files it imports. */
function importGraph(): Map<string, string[]> {
  const files = DIRS.flatMap((d) => sources(join(ROOT, d)));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((f) => f.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolve(dirname(file), spec).replace(/\.js$/, '.ts'))
      .filter((target) => known.has(target));
    graph.set(relative(ROOT, file), [...new Set(targets.map((t) => relative(ROOT, t)))]);
  }
  return graph;
}

/** Tarjan's strongly connected components of more than one file (or a file importing itself). */
function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** The imports from files under `from` to files under `to`, as "a -> b". */
function arrows(graph: Map<string, string[]>, from: string, to: string): string[] {
  return [...graph].flatMap(([file, targets]) => (file.startsWith(from) ? targets.filter((t) => t.startsWith(to)).map((t) => `${file} -> ${t}`) : []));
}

describe('the layers of src/', () => {
  const graph = importGraph();

  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/engine/incremental.ts')).toContain('src/engine/analysis.ts');
  });

  it('has no import circle (type-only imports count)', () => {
    expect(circles(graph)).toEqual([]);
  });

  it.each([
    ['src/catalog/', 'src/engine/'],
    ['src/catalog/', 'src/manifest/'],
    ['src/manifest/', 'src/engine/'],
    ['src/engine/flow/', 'src/engine/stores/'],
    ['src/engine/stores/', 'src/engine/flow/'],
    ['src/report/', 'src/reporters/'],
    ['src/engine/', 'src/cli/'],
    ['src/engine/', 'src/eslint/'],
    ['src/engine/', 'src/reporters/'],
    ['src/engine/', 'src/report/'],
  ])('%s imports nothing from %s', (from, to) => {
    expect(arrows(graph, from, to)).toEqual([]);
  });

  it('every file a comment names exists (by its path or the end of it)', () => {
    const repo = allFiles(ROOT);
    const exists = (p: string) => repo.some((f) => f === p || f.endsWith(`/${p}`));
    const missing: string[] = [];
    for (const file of graph.keys()) {
      for (const comment of readFileSync(join(ROOT, file), 'utf8').match(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g) ?? []) {
        for (const [, p] of comment.matchAll(/(?<![\w.])((?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)*\.(?:ts|mjs|md))\b/g)) {
          if (!EXAMPLE_NAMES.has(p!) && !/^(?:\w+\.)*cx\.ts$/.test(p!) && !exists(p!)) missing.push(`${file}: ${p}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds a circle when there is one (the check can fail)', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(circles(g)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
