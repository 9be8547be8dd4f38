import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { brandDeclared } from '../../src/engine/brand.js';

const sf = (name: string, text: string) => ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
const program = (...files: ts.SourceFile[]) => ({ getSourceFiles: () => files }) as unknown as ts.Program;
const plain = sf('/p/src/a.ts', "export const personalEmail = 'x';\nexport function send(to: string) { return to; }");

describe('brandDeclared', () => {
  it('is false when no file declares a symbol named personal', () => {
    expect(brandDeclared(program(plain, sf('/p/src/b.ts', '/** @personal email */\nexport interface U { email: string }')))).toBe(false);
  });

  it("is true with privacy-lint's declaration file in the Program", () => {
    const dts = sf('/p/node_modules/privacy-lint/dist/index.d.ts', 'declare const personal: unique symbol;\nexport type Personal<T, Id extends string = string> = T & { readonly [personal]?: Id };');
    expect(brandDeclared(program(plain, dts))).toBe(true);
  });

  it("is true for a project's own brand, annotated or inferred from Symbol()", () => {
    expect(brandDeclared(program(plain, sf('/p/src/brand.ts', 'declare const personal: unique symbol;')))).toBe(true);
    expect(brandDeclared(program(plain, sf('/p/src/brand.ts', "const personal = Symbol('personal');\nexport type P<T> = T & { [personal]?: string };")))).toBe(true);
  });

  it('does not take a word that merely contains "personal" for the symbol', () => {
    expect(brandDeclared(program(sf('/p/src/c.ts', "const personalData = Symbol('x'); declare const k: unique symbol;")))).toBe(false);
  });
});
