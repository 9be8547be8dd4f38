/**
 * One reading of `@personal` (and `@privacyEvent`, `@retention`) everywhere: ids separated by commas, then an
 * optional description. The engine, `init` and the ESLint rules all use engine/tags.ts; the ESLint and CLI side
 * is held by rules/valid-annotations (a tag with a description is valid, an unknown id after a comma is not).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from 'ts-morph';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../../src/engine/analyze.js';
import { personalTagInDocs, tagIds } from '../../src/engine/tags.js';
import { scanProject } from '../../src/init/scan.js';
import { parseManifest } from '../../src/manifest/load.js';
import { ROOT } from '../cli/helpers.js';

describe('tagIds', () => {
  it.each([
    ['email', ['email']],
    ['name, phone', ['name', 'phone']],
    ['name,phone', ['name', 'phone']],
    ["email the member's contact address", ['email']],
    ['name, phone for the booking confirmation', ['name', 'phone']],
    ['name,\n   phone\n   kept for the booking', ['name', 'phone']],
    ['  email  ', ['email']],
    ['email, ', ['email']],
    ['', []],
    ['   ', []],
    ['{email}', ['{email}']],
  ])('%j -> %j', (text, ids) => {
    expect(tagIds(text)).toEqual(ids);
  });

  it('reads schema.prisma doc comments the same way', () => {
    expect(personalTagInDocs(" The member's address. @personal email the login address")).toEqual(['email']);
    expect(personalTagInDocs('@personal name, phone')).toEqual(['name', 'phone']);
    expect(personalTagInDocs('no tag here')).toBeUndefined();
  });
});

describe('a tag with a description, end to end', () => {
  const dir = join(ROOT, 'test-output/tags');
  const code = [
    'export interface SignupDto {',
    "  /** @personal email the member's contact address */",
    '  contact: string;',
    '  /** @personal name, phone for the booking confirmation */',
    '  holder: string;',
    '}',
    'export function signup(dto: SignupDto): void {',
    '  console.log(dto.contact, dto.holder);',
    '}',
    '',
  ].join('\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the engine reads the ids only: the annotations, and the items that reach the log', () => {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'signup.ts');
    writeFileSync(file, code);
    const manifest = parseManifest(
      'version: 1\ncontroller: { name: T }\ndataItems:\n  - { id: email, class: ordinary }\n  - { id: name, class: ordinary }\n  - { id: phone, class: ordinary }\n',
      'privacy.yaml',
    ).manifest!;
    const program = ts.createProgram({ rootNames: [file], options: { strict: true, types: [], lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'] } });
    const model = analyze({ program, manifest: manifest.data, ts: ts as unknown as AnalyzeOptions['ts'], rootDir: dir });
    expect(model.annotations.map((a) => a.ids)).toEqual([['email'], ['name', 'phone']]);
    expect(model.flows.flatMap((f) => f.labels.map((l) => l.item)).sort()).toEqual(['email', 'name', 'phone']);
  });

  it('init reads the same ids', () => {
    const project = new Project({ useInMemoryFileSystem: true });
    project.createSourceFile('/app/src/signup.ts', code);
    const scan = scanProject(project, '/app');
    expect(scan.sightings.filter((s) => s.tags.length > 0).map((s) => [s.label, s.tags])).toEqual([
      ['SignupDto.contact', ['email']],
      ['SignupDto.holder', ['name', 'phone']],
    ]);
  });
});
