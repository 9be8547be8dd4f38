/**
 * Whether a Program can hold a `Personal<T, 'id'>` brand at all. A brand is a property keyed by a unique
 * symbol named `personal` (privacy-lint's own declaration in its index.d.ts, or a project's copy of it), so a
 * Program none of whose files declares such a symbol has no branded type, and the engine need not ask the
 * checker for the types of variables, members and columns just to look for one. On a project without brands
 * those questions were a tenth of a cold run's checker work (files-1000: 12,000 symbol types).
 *
 * The test is textual and errs towards "yes": a file counts when its text mentions `personal` together with
 * `unique symbol` (an annotation, and every declaration file) or `Symbol(` (a const whose type is inferred).
 * Each file's answer is kept with its SourceFile, so an editor's next Program reads only the edited file.
 */
import type * as TS from 'typescript';

export function brandDeclared(program: TS.Program): boolean {
  let known = byProgram.get(program);
  if (known === undefined) {
    known = program.getSourceFiles().some(mayDeclareBrand);
    byProgram.set(program, known);
  }
  return known;
}

function mayDeclareBrand(sf: TS.SourceFile): boolean {
  let known = byFile.get(sf);
  if (known === undefined) {
    const text = sf.text;
    known = text.includes('personal') && (text.includes('unique symbol') || text.includes('Symbol(')) && /\bpersonal\b/.test(text);
    byFile.set(sf, known);
  }
  return known;
}

const byProgram = new WeakMap<TS.Program, boolean>();
const byFile = new WeakMap<TS.SourceFile, boolean>();
