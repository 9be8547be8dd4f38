/**
 * What a rule's check is made of (rules/<name>/<name>.ts import it): the Check and Finding shapes, and the
 * phrases every message is built from. The checks read Model facts and the Policy; none of them looks at code.
 */
import type { Flow, Label, Location, Model, SinkKind, Step } from '../engine/model.js';
import type { Policy } from './policy.js';

export type Severity = 'error' | 'warning';

/**
 * What a rule protects, in the order a reader meets the rules (docs, SARIF, reports): what is collected, how it
 * is secured, who receives it, how long it is kept, what reaches the logs, and the annotations themselves.
 */
export const CATEGORIES = ['collection', 'security', 'transfer', 'retention', 'logging', 'annotations'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A finding, as the JSON contract shows it (paths are made relative by the reporters). */
export interface Finding {
  ruleId: `privacy/${string}`;
  severity: Severity;
  message: string;
  location: Location;
  dataItems: string[];
  sink?: { kind: SinkKind; name: string };
  flow: Step[];
}

/**
 * A rule's check (rules/<name>/<name>.ts): its meta, and which facts of the Model make a finding, with the message.
 * The ESLint rule, the CLI's rule list, SARIF's rules and the docs index are derived from these.
 */
export interface Check<Name extends string = string> {
  /** The rule's id without the `privacy/` prefix; also its folder's, file's and doc page's name. */
  name: Name;
  /** One line for rule meta and docs. */
  description: string;
  severity: Severity;
  /**
   * How grave a finding is for code-scanning dashboards: SARIF's `security-severity`, a CVSS-like score from 0.1
   * to 10.0 that GitHub shows as low (below 4), medium (4 to 6.9), high (7 to 8.9) or critical (9 and above).
   */
  securitySeverity: number;
  category: Category;
  /** The manifest keys the check reads (docs and rule meta). */
  manifestKeys: string[];
  /** The findings, without the rule id and severity: checkModel adds the check's own. */
  run(model: Model, policy: Policy): CheckFinding[];
}

/** What a check reports; the rule id and the severity are the check's. */
export type CheckFinding = Omit<Finding, 'ruleId' | 'severity'>;

/** A finding at a flow's sink call about some of its labels: the items they carry and the paths they took. */
export function atSink(flow: Flow, labels: readonly Label[], message: string): CheckFinding {
  return { location: flow.location, sink: { kind: flow.sink.kind, name: flow.sink.name }, dataItems: [...new Set(labels.map((l) => l.item))], flow: flowSteps(labels), message };
}

/** A check, with its name kept as a literal type (so the rule names are a union type). */
export function defineCheck<const Name extends string>(check: Check<Name>): Check<Name> {
  return check;
}

/** Checks in reading order: by category, then by name. */
export function inReadingOrder<C extends Check>(checks: readonly C[]): C[] {
  return [...checks].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** "`phone` (Participant.phone, annotated @personal phone)" */
export function describeLabel(l: Label): string {
  const origin = l.steps[0]?.note.replace(/ \((.*)\)$/, ', $1');
  return origin ? `\`${l.item}\` (${origin})` : `\`${l.item}\``;
}

/** The flow's steps for one finding: each label's path, in order, without repeats. */
export function flowSteps(labels: readonly Label[]): Step[] {
  const seen = new Set<string>();
  const out: Step[] = [];
  for (const l of labels) {
    for (const s of l.steps) {
      const key = `${s.location.file}:${s.location.line}:${s.location.column}:${s.note}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(s);
      }
    }
  }
  return out;
}

const roots = new WeakMap<readonly string[], string>();

/** The folder that holds all the analysed files ('' when they share none), cached per file list. */
export function commonDir(files: readonly string[]): string {
  let root = roots.get(files);
  if (root === undefined) {
    const dirs = files.map((f) => f.split('/').slice(0, -1));
    const first = dirs[0] ?? [];
    let n = first.length;
    for (const d of dirs) {
      let i = 0;
      while (i < n && i < d.length && d[i] === first[i]) i++;
      n = i;
    }
    root = first.slice(0, n).join('/');
    roots.set(files, root);
  }
  return root;
}

/**
 * "jobs/purge.ts:20": a place for a finding's message, its file relative to the folder that holds all the
 * analysed files (messages are not rewritten per working directory, and must not carry absolute paths).
 */
export function projectPlace(l: Location, files: readonly string[]): string {
  const root = commonDir(files);
  const file = root !== '' && l.file.startsWith(`${root}/`) ? l.file.slice(root.length + 1) : l.file.split('/').pop()!;
  return `${file}:${l.line}`;
}

export function sinkPhrase(kind: SinkKind, name: string, where?: string): string {
  switch (kind) {
    case 'storage':
      return `stored via ${name}`;
    case 'client-storage':
      return `stored in the browser via ${name}`;
    case 'log':
      return `logged via ${name}`;
    case 'transfer':
      return `sent to ${where ?? 'a third party'} via ${name}`;
    case 'hash':
      return `hashed via ${name}`;
    case 'response':
      return `returned in a response via ${name}`;
  }
}
