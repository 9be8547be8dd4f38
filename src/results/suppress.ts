/**
 * Which exception written in the code covers a finding (the comments are read by engine/suppressions.ts):
 * - ours, `// privacy-lint-disable-next-line <rules> -- <reason>`: the next line, and only with its reason;
 * - ESLint's directives, as ESLint applies them, so `check` silences exactly what the editor silences:
 *   `eslint-disable-next-line` the line after the comment, `eslint-disable-line` the comment's line, and
 *   `/* eslint-disable *\/` everything after it up to an `/* eslint-enable *\/` of the same rules (or of all) or
 *   the end of the file. A directive naming no rule covers every rule. ESLint honours a directive without a
 *   reason; so does the CLI, and `privacy/valid-annotations` reports the missing reason in both.
 * A finding is matched by its start (line and column), as ESLint matches its messages.
 */
import type { Finding } from '../checks/check.js';
import type { Suppression } from '../engine/model.js';
import { cmp } from '../engine/labels.js';

interface Cover {
  suppression: Suppression;
  /** Empty: every rule. */
  rules: readonly string[];
  from: { line: number; column: number };
  /** Exclusive; undefined: to the end of the file. */
  to?: { line: number; column: number };
}

/** Finds the comment covering a finding; `eslint: false` leaves ESLint's directives to ESLint (the plugin's path). */
export class Suppressions {
  private readonly byFile = new Map<string, Cover[]>();

  constructor(suppressions: readonly Suppression[], options: { eslint: boolean }) {
    const files = new Map<string, Suppression[]>();
    for (const s of suppressions) {
      if (s.via !== undefined && !options.eslint) continue;
      const list = files.get(s.location.file);
      if (list) list.push(s);
      else files.set(s.location.file, [s]);
    }
    for (const [file, list] of files) this.byFile.set(file, covers(list));
  }

  /** The suppression covering `f`, if any. */
  covering(f: Finding): Suppression | undefined {
    const at = { line: f.location.line, column: f.location.column };
    return this.byFile.get(f.location.file)?.find((c) => (c.rules.length === 0 || c.rules.includes(f.ruleId)) && before(c.from, at) && (c.to === undefined || !before(c.to, at)))?.suppression;
  }
}

function covers(list: readonly Suppression[]): Cover[] {
  const out: Cover[] = [];
  const lineOnly = (s: Suppression, line: number): Cover => ({ suppression: s, rules: s.rules, from: { line, column: 1 }, to: { line: line + 1, column: 1 } });
  // disable/enable ranges, in the order of the text
  const open: Array<{ suppression: Suppression; rule: string | undefined }> = [];
  const close = (i: number, at: Suppression['location']) => {
    const { suppression, rule } = open[i]!;
    out.push({ suppression, rules: rule === undefined ? [] : [rule], from: start(suppression), to: { line: at.line, column: at.column } });
    open.splice(i, 1);
  };
  const ordered = [...list].sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column || cmp(a.via ?? '', b.via ?? ''));
  for (const s of ordered) {
    switch (s.via) {
      case undefined:
        if (s.reason) out.push(lineOnly(s, s.location.line + 1));
        break;
      case 'eslint-disable-next-line':
        out.push(lineOnly(s, s.location.endLine + 1));
        break;
      case 'eslint-disable-line':
        out.push(lineOnly(s, s.location.line));
        break;
      case 'eslint-disable':
        if (s.rules.length === 0) open.push({ suppression: s, rule: undefined });
        else for (const rule of s.rules) open.push({ suppression: s, rule });
        break;
      case 'eslint-enable':
        // An enable naming rules ends their ranges; one naming none ends every range. (A blanket disable followed
        // by an enable of one rule stays a blanket range here: ESLint would re-enable that rule alone.)
        for (let i = open.length - 1; i >= 0; i--) {
          if (s.rules.length === 0 || (open[i]!.rule !== undefined && s.rules.includes(open[i]!.rule!))) close(i, s.location);
        }
        break;
    }
  }
  for (const o of open) out.push({ suppression: o.suppression, rules: o.rule === undefined ? [] : [o.rule], from: start(o.suppression) });
  return out;
}

function start(s: Suppression) {
  return { line: s.location.line, column: s.location.column };
}

/** a at or before b. */
function before(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column);
}
