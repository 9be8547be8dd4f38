/**
 * The rule docs (docs/rules/<name>.md) kept in step with the checks, after typescript-eslint's
 * tests/docs.test.mts: one doc per check and none for a rule that does not exist, the check's description
 * as the first paragraph, the house sections, every manifest key the check reads, an index that links
 * every rule, and code samples that parse (TypeScript and JavaScript) or validate (manifest excerpts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/results/run.js';
import { ManifestSchema } from '../src/manifest/schema.js';

const DOCS = new URL('../docs/rules/', import.meta.url);
const docPath = (name: string) => new URL(`${name}.md`, DOCS);

/** The h2 sections every rule doc has, in this order (others may sit between them). */
const SECTIONS = ['Why', 'Examples', 'Manifest keys', 'Options', 'Suppressing a reviewed exception', 'When not to use it'];

interface Heading {
  depth: number;
  text: string;
  line: number;
}
interface CodeBlock {
  lang: string;
  text: string;
  line: number;
}
interface ParsedDoc {
  lines: string[];
  headings: Heading[];
  blocks: CodeBlock[];
}

/** Headings and fenced code blocks, enough of Markdown for these checks (no dependency on a parser). */
function parseDoc(text: string): ParsedDoc {
  const lines = text.split('\n');
  const headings: Heading[] = [];
  const blocks: CodeBlock[] = [];
  let open: { lang: string; line: number; indent: string; body: string[] } | undefined;
  lines.forEach((line, i) => {
    const fence = /^(\s*)```(\S*)\s*$/.exec(line);
    if (open) {
      if (fence && fence[1] === open.indent && fence[2] === '') {
        blocks.push({ lang: open.lang, text: open.body.join('\n'), line: open.line + 1 });
        open = undefined;
      } else open.body.push(line.startsWith(open.indent) ? line.slice(open.indent.length) : line);
      return;
    }
    if (fence) {
      open = { lang: fence[2]!, line: i, indent: fence[1]!, body: [] };
      return;
    }
    const h = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (h) headings.push({ depth: h[1]!.length, text: h[2]!, line: i });
  });
  if (open) throw new Error(`code block opened on line ${open.line + 1} is never closed`);
  return { lines, headings, blocks };
}

/** The lines of the section under `heading` (up to the next heading of the same or a higher level). */
function section(doc: ParsedDoc, depth: number, text: string, within?: { from: number; to: number }): { from: number; to: number } | undefined {
  const from = within?.from ?? 0;
  const to = within?.to ?? doc.lines.length;
  const h = doc.headings.find((x) => x.depth === depth && x.text === text && x.line >= from && x.line < to);
  if (!h) return undefined;
  const next = doc.headings.find((x) => x.line > h.line && x.depth <= depth);
  return { from: h.line + 1, to: Math.min(next?.line ?? doc.lines.length, to) };
}

const textOf = (doc: ParsedDoc, s: { from: number; to: number }) => doc.lines.slice(s.from, s.to).join('\n');
const blocksIn = (doc: ParsedDoc, s: { from: number; to: number }) => doc.blocks.filter((b) => b.line > s.from && b.line <= s.to);

/** Syntax errors of a code sample, as TypeScript's parser reports them ("3:5 ';' expected."). */
function syntaxErrors(code: string, fileName: string): string[] {
  const out = ts.transpileModule(code, { fileName, reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, allowJs: true } });
  return (out.diagnostics ?? []).map((d) => {
    const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    return `${pos ? `${pos.line + 1}:${pos.character + 1} ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

describe('docs/rules', () => {
  const names = CHECKS.map((c) => c.name);

  it('has a doc for every check and none for a rule that does not exist', () => {
    const docs = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
    expect(docs.filter((d) => !(names as readonly string[]).includes(d)), 'docs without a check in CHECKS').toEqual([]);
    expect(names.filter((n) => !docs.includes(n)), 'checks without docs/rules/<name>.md').toEqual([]);
  });

  describe('README.md (the index)', () => {
    const readme = existsSync(docPath('README')) ? readFileSync(docPath('README'), 'utf8') : '';

    it.each(names)('links privacy/%s', (name) => {
      expect(readme).toContain(`[privacy/${name}](./${name}.md)`);
    });

    it('links no rule that does not exist', () => {
      const linked = [...readme.matchAll(/\]\(\.\/([\w-]+)\.md\)/g)].map((m) => m[1]!);
      expect(linked.filter((l) => !(names as readonly string[]).includes(l))).toEqual([]);
    });
  });

  for (const check of CHECKS) {
    describe(`${check.name}.md`, () => {
      const path = docPath(check.name);
      const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
      const doc = parseDoc(text);

      it('exists', () => {
        expect(existsSync(path), `write docs/rules/${check.name}.md`).toBe(true);
      });

      it('starts with the title and, as its first paragraph, the check description verbatim', () => {
        expect(doc.lines[0]).toBe(`# privacy/${check.name}`);
        expect(doc.headings.filter((h) => h.depth === 1)).toHaveLength(1);
        const start = doc.lines.findIndex((l, i) => i > 0 && l.trim() !== '');
        const end = doc.lines.findIndex((l, i) => i > start && l.trim() === '');
        const paragraph = doc.lines.slice(start, end === -1 ? undefined : end).join(' ').trim();
        expect(paragraph).toBe(check.description);
      });

      it(`states the severity (${check.severity})`, () => {
        expect(text).toContain(`Severity: ${check.severity}.`);
      });

      it(`has the sections ${SECTIONS.join(', ')}, in this order`, () => {
        const h2 = doc.headings.filter((h) => h.depth === 2).map((h) => h.text);
        expect(h2.filter((h) => SECTIONS.includes(h))).toEqual(SECTIONS);
      });

      it('has Incorrect and Correct examples, the Incorrect ones showing the finding', () => {
        const examples = section(doc, 2, 'Examples');
        expect(examples, '## Examples').toBeDefined();
        const incorrect = section(doc, 3, 'Incorrect', examples);
        const correct = section(doc, 3, 'Correct', examples);
        expect(incorrect, '### Incorrect under ## Examples').toBeDefined();
        expect(correct, '### Correct under ## Examples').toBeDefined();
        const bad = blocksIn(doc, incorrect!).filter((b) => b.lang === 'ts');
        expect(bad.length, 'TypeScript blocks under ### Incorrect').toBeGreaterThan(0);
        for (const b of bad) expect(b.text, `the block on line ${b.line} shows no finding (a "// ✗ <message>" comment)`).toMatch(/\/\/ ✗ \S/);
        expect(blocksIn(doc, correct!).length, 'code blocks under ### Correct').toBeGreaterThan(0);
      });

      it.each(check.manifestKeys)('explains the manifest key %s', (key) => {
        const keys = section(doc, 2, 'Manifest keys');
        expect(keys, '## Manifest keys').toBeDefined();
        expect(textOf(doc, keys!)).toContain(`\`${key}\``);
      });

      it('gives the CLI and ESLint options', () => {
        const options = section(doc, 2, 'Options');
        expect(options, '## Options').toBeDefined();
        const body = textOf(doc, options!);
        expect(body).toContain(`--rule privacy/${check.name}`);
        expect(body).toContain(`'privacy/${check.name}': ['error', { manifest:`);
      });

      it('shows a reviewed exception with a reason', () => {
        const s = section(doc, 2, 'Suppressing a reviewed exception');
        expect(s, '## Suppressing a reviewed exception').toBeDefined();
        expect(textOf(doc, s!)).toMatch(new RegExp(`// privacy-lint-disable-next-line privacy/${check.name} -- \\S`));
      });

      it('has TypeScript and JavaScript samples that parse', () => {
        for (const b of doc.blocks.filter((x) => ['ts', 'js'].includes(x.lang))) {
          expect(syntaxErrors(b.text, `sample.${b.lang}`), `${check.name}.md line ${b.line}`).toEqual([]);
        }
      });

      it('has manifest excerpts that the manifest schema accepts', () => {
        const schema = ManifestSchema.partial();
        for (const b of doc.blocks.filter((x) => x.lang === 'yaml')) {
          const result = schema.safeParse(parse(b.text));
          expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), `${check.name}.md line ${b.line}`).toEqual([]);
        }
      });
    });
  }
});
