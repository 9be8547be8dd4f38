import type { Label, Location, Model, SinkKind, Step } from '../model.js';
import type { Policy } from './policy.js';

export const RULE_NAMES = [
  'no-sensitive-collection',
  'no-undeclared-collection',
  'no-plaintext-password',
  'require-encryption-at-rest',
  'no-undeclared-transfer',
  'require-retention',
  'no-personal-data-in-logs',
  'valid-annotations',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];
export type Severity = 'error' | 'warning';

/** A finding, as the JSON contract shows it (paths are made relative by the reporters). */
export interface Finding {
  ruleId: `privacy/${RuleName}`;
  severity: Severity;
  message: string;
  location: Location;
  dataItems: string[];
  sink?: { kind: SinkKind; name: string };
  flow: Step[];
}

export interface Check {
  name: RuleName;
  /** One line for rule meta and docs. */
  description: string;
  severity: Severity;
  /** The manifest keys the check reads (docs and rule meta). */
  manifestKeys: string[];
  run(model: Model, policy: Policy): Finding[];
}

/** "`phone` (Participant.phone, annotated @personal phone)" */
export function describeLabel(l: Label): string {
  const origin = l.steps[0]?.note.replace(/ \((.*)\)$/, ', $1');
  return origin ? `\`${l.item}\` (${origin})` : `\`${l.item}\``;
}

export function listOf(parts: string[], conjunction: 'and' | 'or' = 'and'): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts[parts.length - 1]}`;
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
    case 'response':
      return `returned in a response via ${name}`;
  }
}
