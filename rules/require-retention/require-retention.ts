/**
 * require-retention: a store holding personal items must have a deletion path that matches the
 * manifest's retention for them: a handler of the rule's event, a scheduled purge with the rule's period,
 * or a TTL. A purge shorter than a mustRetainUntilEnd period is itself a finding.
 */
import { durationInDays } from '../../src/manifest/duration.js';
import type { Retention, RetentionEnd } from '../../src/manifest/schema.js';
import type { Deletion, Model, Store } from '../../src/engine/model.js';
import { type CheckFinding, defineCheck, projectPlace } from '../../src/checks/check.js';
import { listOf } from '../../src/words.js';

export const requireRetention = defineCheck({
  name: 'require-retention',
  category: 'retention',
  description: 'Every store of personal data needs a deletion path (event handler, scheduled purge or TTL) matching the retention rules of its items.',
  severity: 'error',
  securitySeverity: 4.0,
  manifestKeys: ['retention', 'events', 'retention[].mustRetainUntilEnd'],
  run(model, policy) {
    const findings: CheckFinding[] = [];
    const rules = policy.m.retention ?? [];
    const byStore = deletionsByStore(model);
    const at = (d: Deletion) => projectPlace(d.location, model.files);
    for (const store of model.stores) {
      const personal = store.items.filter((i) => policy.item(i) && policy.handling(i) === 'stored');
      if (personal.length === 0) continue;
      const base = { location: store.location, dataItems: personal, flow: [] };
      const applicable = rules.filter((r) => r.items.some((i) => personal.includes(i)));
      const { deletions, softDeletes } = byStore.get(store.id) ?? { deletions: [], softDeletes: [] };
      const unruled = personal.filter((i) => !applicable.some((r) => r.items.includes(i)));
      if (applicable.length === 0) {
        findings.push({ ...base, message: `${store.name} (${store.kind}) holds ${quote(personal)}, but privacy.yaml has no retention rule for them. Add a retention rule${policy.citeAfter('retentionRule')} and a deletion path: an event handler, a scheduled purge or a TTL.` });
        continue;
      }
      const concrete = applicable.filter((r) => r.end !== 'unspecified');
      if (concrete.length === 0) {
        findings.push({ ...base, message: `${store.name} (${store.kind}) holds ${quote(personal)}, whose retention ${listOf(applicable.map((r) => `"${r.id}"`))} is end: unspecified, so nothing can show it is ever deleted. State the period or event in privacy.yaml and delete accordingly.` });
        continue;
      }
      // A statutory minimum binds a store that keeps items for that statute alone (the payment records), not
      // one whose items another rule governs (the members table, deleted at withdrawal; PIPA Art 21(3)).
      const governedElsewhere = new Set(concrete.filter((x) => !x.mustRetainUntilEnd).flatMap((x) => x.items));
      const binding = concrete.filter((x) => x.mustRetainUntilEnd && x.items.some((i) => personal.includes(i) && !governedElsewhere.has(i)));
      for (const r of binding) {
        const early = deletions.find((d) => deletesBefore(d, r));
        if (early) {
          findings.push({ ...base, message: `${store.name} (${store.kind}) holds ${quote(r.items.filter((i) => personal.includes(i)))}, which retention "${r.id}" says must be kept until ${endText(r.end)}${r.statute ? ` (${r.statute})` : ''}, but it is deleted earlier (${at(early)}${early.duration ? `, after ${early.duration}` : ''}). Keep these records separately until the period ends.` });
        }
      }
      if (deletions.some((d) => concrete.some((r) => matches(d, r)))) {
        if (unruled.length > 0) continue; // an item with no rule in a compliant store is a collection question
        continue;
      }
      const soft = softDeletes.length === 0 ? '' : `${deletions.length === 0 ? 'it is only soft-deleted' : 'elsewhere it is only soft-deleted'} (${softDeletes.map(at).join(', ')}): the row stays, flagged as deleted, which is not a deletion`;
      const found = deletions.length === 0 ? (soft || 'no deletion of it was found') : `its deletions (${deletions.map(at).join(', ')}) are reached by no handler or job of these rules${soft ? `, and ${soft}` : ''}`;
      findings.push({ ...base, message: `${store.name} (${store.kind}) holds ${quote(personal)} and privacy.yaml says ${listOf(concrete.map((r) => `"${r.id}" ends ${endText(r.end)}`))}, but ${found}. Delete or anonymise its rows from the event's handler, a scheduled purge with that period, or a TTL.` });
    }
    return findings;
  },
});

/**
 * Each store's deletions, once (a filter per store was stores x deletions: 750 x 1,700 at 5,000 files): the
 * ones that remove or anonymise rows or expire them, and the soft deletes, which only flag a row (the row and
 * its personal data stay). The report's retention views read the same lists, so the two cannot disagree.
 */
export function deletionsByStore(model: Model): Map<string, { deletions: Deletion[]; softDeletes: Deletion[] }> {
  const byStore = new Map<string, { deletions: Deletion[]; softDeletes: Deletion[] }>();
  for (const d of model.deletions) {
    let entry = byStore.get(d.store);
    if (!entry) byStore.set(d.store, (entry = { deletions: [], softDeletes: [] }));
    (d.kind === 'soft-delete' ? entry.softDeletes : entry.deletions).push(d);
  }
  return byStore;
}

const quote = (items: string[]) => listOf(items.map((i) => `\`${i}\``));

function endText(end: RetentionEnd): string {
  if (end === 'unspecified') return 'an unspecified time';
  if ('firstOf' in end) return end.firstOf.map(endText).join(' or ');
  if ('event' in end) return end.after ? `${end.after} after ${end.event}` : `at ${end.event}`;
  return `${end.after} after ${end.since}`;
}

/** Whether a deletion is evidence for a rule: its event's handler, a job with the rule's period, a TTL, or a @retention tag. */
export function matches(d: Deletion, r: Retention): boolean {
  if (d.reachedFrom.some((t) => t.retention?.includes(r.id))) return true;
  return endMatches(d, r.end);
}

function endMatches(d: Deletion, end: RetentionEnd): boolean {
  if (end === 'unspecified') return false;
  if ('firstOf' in end) return end.firstOf.some((e) => endMatches(d, e));
  if ('event' in end && !end.after) return d.reachedFrom.some((t) => t.kind === 'event' && t.name === end.event);
  const after = 'after' in end ? end.after : undefined;
  const periodic = d.kind === 'ttl' || d.reachedFrom.some((t) => t.kind === 'job' || t.kind === 'ttl');
  if (!periodic) return false;
  return after === undefined || d.duration === undefined || Math.abs(durationInDays(d.duration) - durationInDays(after)) <= 1;
}

/** Whether a deletion removes rows before a rule's period has run (a mustRetainUntilEnd breach). */
export function deletesBefore(d: Deletion, r: Retention): boolean {
  const end = r.end;
  if (end === 'unspecified' || 'firstOf' in end) return false;
  const after = 'after' in end ? end.after : undefined;
  if (!after) return false;
  if (d.duration !== undefined) return durationInDays(d.duration) + 1 < durationInDays(after);
  return d.reachedFrom.some((t) => t.kind === 'event'); // deleted at an event, with a period still to run
}

export type { Store };

export default requireRetention;
