/**
 * Which files an edit can affect: changed = project files whose text changed (the caller says how it knows: the
 * same SourceFile object, or the same content hash); dirty = changed plus every file that imports a changed one,
 * directly or not (a file's facts depend on its own code and on what it imports: callees' summaries, constants,
 * types). A changed file is *contained* (its importers stay clean) when its outline is the same as before; the
 * driver then checks that its summaries came out the same (effects.ts).
 *
 * When unsure, everything is analysed: a file added or removed, a changed file that is not a module or declares
 * globals, a changed library or lib file, different compiler options, or a dirty file that declares stores (the
 * store registry is global: SQL names tables declared anywhere).
 */
import type * as TS from 'typescript';
import type { AnalysisMemo } from './analysis.js';
import type { IncrementalState } from './facts.js';
import type { Deletion } from './model.js';
import { fingerprint } from './effects.js';
import { walk } from './syntax.js';

/** The previous analysis of the same project and manifest, and which files are unchanged since. */
export interface Previous {
  state: IncrementalState;
  /** True when `sf` has the text the previous analysis saw. */
  unchanged: (sf: TS.SourceFile) => boolean;
  /** False when a library, lib file or the compiler options changed: everything is analysed again. */
  environmentUnchanged: boolean;
  /** The previous result's memo, when its Program shares the SourceFile objects of unchanged files (editor). */
  memo?: AnalysisMemo;
  /** The previous Model's deletions (editor): they still hold when no analysed file's retention parts changed. */
  deletions?: readonly Deletion[];
  /**
   * The SourceFile the previous analysis saw for a file (editor), or the fingerprint of its outline (cache, which
   * keeps no source text: outlineFingerprint), to tell an edit its importers cannot see.
   */
  before?: (fileName: string) => TS.SourceFile | string | undefined;
  /**
   * The Program holds only the files to analyse and what they import (check --cache): the other project files
   * are as in the state. Whatever would need the whole Program makes analyzePartial say so instead.
   */
  partial?: boolean;
}

/** The files to re-analyse: `dirty`, of which `contained` ones were edited without changing what importers see. */
export interface DirtyPlan {
  dirty: Set<string>;
  contained: Set<string>;
}

/**
 * The files to re-analyse, or why everything must be. A changed file is *contained* (its importers stay clean)
 * when the previous SourceFile is at hand (editor) and its outline is the same (outline(): its declarations
 * with the bodies of explicitly typed functions left out, at the same positions); run() then checks that its
 * functions' summaries and class fields came out the same, else its importers are analysed after all.
 */
export function dirtyFiles(ts: typeof TS, files: readonly TS.SourceFile[], prev: Previous): DirtyPlan | string {
  if (!prev.environmentUnchanged) return 'compiler options, libraries or lib files changed';
  const state = prev.state;
  const known = new Set(state.files.map((f) => f.file));
  if (files.some((sf) => !known.has(sf.fileName)) || (!prev.partial && files.length !== known.size)) return 'files were added or removed';
  return planDirty(ts, state, files.filter((sf) => !prev.unchanged(sf)), prev.before, !!prev.memo);
}

/** The dirty files for `changed` (see dirtyFiles), or why everything must be analysed. */
function planDirty(ts: typeof TS, state: IncrementalState, changed: readonly TS.SourceFile[], before: Previous['before'], memo: boolean): DirtyPlan | string {
  const globals = new Set(state.globals);
  for (const sf of changed) {
    if (globals.has(sf.fileName) || isGlobal(ts, sf)) return `${sf.fileName} is not a module or declares globals`;
  }
  const contained = new Set<string>();
  const effects = new Map(state.files.map((f) => [f.file, f.facts.effects]));
  for (const sf of changed) {
    const old = (memo || effects.get(sf.fileName)) && before?.(sf.fileName);
    if (old && (typeof old === 'string' ? old === outlineFingerprint(ts, sf) : outline(ts, old) === outline(ts, sf))) contained.add(sf.fileName);
  }
  const dirty = closure(state, changed.map((sf) => sf.fileName).filter((f) => !contained.has(f)), new Set(contained));
  const declaring = state.registry.files.find((f) => dirty.has(f) || f === '(unknown)');
  if (declaring) return `${declaring} adds to the store registry`;
  return { dirty, contained };
}

/**
 * The files a partial Program must hold for `changed` files given by their outline's fingerprint before and their
 * text after (check --cache), or why the whole Program is needed.
 */
export function planFromTexts(ts: typeof TS, state: IncrementalState, changed: ReadonlyArray<{ file: string; before?: string; after: string }>): string[] | string {
  const parse = (file: string, text: string) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const olds = new Map(changed.flatMap((c) => (c.before === undefined ? [] : [[c.file, c.before] as const])));
  const plan = planDirty(ts, state, changed.map((c) => parse(c.file, c.after)), (f) => olds.get(f), false);
  return typeof plan === 'string' ? plan : [...plan.dirty];
}

/** `from` plus every file importing one of them, directly or not, added to `into`. */
export function closure(state: IncrementalState, from: readonly string[], into: Set<string>): Set<string> {
  const dirty = new Set(into);
  if (from.length === 0) return dirty; // an edit contained in its file: no importer to look for
  const importers = new Map<string, string[]>();
  for (const [f, tos] of Object.entries(state.imports)) {
    for (const to of tos) {
      const list = importers.get(to);
      if (list) list.push(f);
      else importers.set(to, [f]);
    }
  }
  const queue = [...from];
  for (const f of from) dirty.add(f);
  while (queue.length > 0) {
    for (const f of importers.get(queue.shift()!) ?? []) if (!dirty.has(f)) (dirty.add(f), queue.push(f));
  }
  return dirty;
}

/**
 * What other files can see of a file without calling into it: every top-level statement but expression
 * statements, with its position, the bodies of functions, methods and constructors that declare their
 * return type (or need none) left out (their effect is in their summaries, compared after the analysis),
 * and the positions of all functions (call-graph facts of other files name functions by position).
 */
export function outline(ts: typeof TS, sf: TS.SourceFile): string {
  const out: string[] = [];
  const cut: Array<[number, number]> = [];
  const visit = (n: TS.Node): void => {
    if (ts.isFunctionLike(n)) {
      out.push(`fn@${n.pos}`);
      const body = (n as { body?: TS.Node }).body;
      if (body && (n.type !== undefined || ts.isConstructorDeclaration(n) || ts.isSetAccessor(n))) cut.push([body.getStart(sf), body.end]);
    }
  };
  if (/\.[cm]?jsx?$/.test(sf.fileName)) return sf.text; // JavaScript: bodies declare class members; no outline
  for (const st of sf.statements) {
    if (ts.isExpressionStatement(st)) continue;
    walk(ts, st, visit);
    const start = st.getStart(sf);
    let text = '';
    let at = start;
    for (const [a, b] of cut.filter(([a, b]) => a >= start && b <= st.end)) {
      if (a < at) continue;
      text += `${sf.text.slice(at, a)}{…}`;
      at = b;
    }
    text += sf.text.slice(at, st.end);
    const p = sf.getLineAndCharacterOfPosition(start);
    out.push(`${p.line}:${p.character}:${text}`);
  }
  return out.join('\n');
}

/** The outline's fingerprint (what the cache keeps instead of a file's text). */
export function outlineFingerprint(ts: typeof TS, sf: TS.SourceFile): string {
  return fingerprint(outline(ts, sf));
}

/** The project files a file imports or re-exports (import, export from, import x = require, import(), require(), import types). */
export function importsOf(ts: typeof TS, checker: TS.TypeChecker, sf: TS.SourceFile, isProjectFile: (sf: TS.SourceFile) => boolean): string[] {
  const out = new Set<string>();
  const resolve = (spec: TS.Node | undefined) => {
    if (!spec || !ts.isStringLiteralLike(spec)) return;
    const sym = checker.getSymbolAtLocation(spec);
    for (const d of sym?.declarations ?? []) {
      const file = d.getSourceFile();
      if (file !== sf && isProjectFile(file)) out.add(file.fileName);
    }
  };
  const visit = (node: TS.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) resolve(node.moduleSpecifier);
    else if (ts.isExternalModuleReference(node)) resolve(node.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) resolve(node.argument.literal);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) resolve(node.arguments[0]);
  };
  walk(ts, sf, visit);
  return [...out].sort();
}

/** A script (no import or export) or a file declaring globals or ambient modules: any file may depend on it. */
export function isGlobal(ts: typeof TS, sf: TS.SourceFile): boolean {
  if (!ts.isExternalModule(sf)) return true;
  return sf.statements.some((s) => ts.isModuleDeclaration(s) && (ts.isStringLiteral(s.name) || (s.flags & ts.NodeFlags.GlobalAugmentation) !== 0));
}
