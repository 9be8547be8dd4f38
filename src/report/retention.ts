/**
 * Retention as the inventory shows it: for each retention rule of an item, the deletion paths that are
 * evidence for it (handlers, scheduled jobs, TTLs), or why there is none. The judgement reuses
 * require-retention's own `matches` and `deletesBefore`, so the report and `check` cannot disagree.
 */
import { deletesBefore, deletionsByStore, matches } from '../../rules/require-retention/require-retention.js';
import type { Policy } from '../checks/policy.js';
import type { Deletion, Model, Store } from '../engine/model.js';
import type { Retention } from '../manifest/schema.js';
import { cmp, comparePlaces, place, placeKey, uniqueSorted } from './places.js';
import type { EvidenceStatus, RetentionView } from './types.js';
import { durationWords, periodWords } from './words.js';

type Evidence = RetentionView['evidence'][number];

export function retentionViews(item: string, holding: readonly Store[], model: Model, policy: Policy, cwd: string): RetentionView[] {
  if (!policy.item(item)) {
    return [{ period: 'not declared', status: 'unspecified', evidence: [], note: 'privacy.yaml does not declare this item, so no retention rule applies to it.' }];
  }
  const rules = (policy.m.retention ?? []).filter((r) => r.items.includes(item));
  const handling = policy.handling(item);
  const storeNames = holding.map((s) => s.name).join(', ');
  if (rules.length === 0) {
    if (holding.length === 0) {
      const why = handling === 'stored' ? 'No store in the code holds it' : `It is handled ${handling === 'never' ? 'never' : 'in transit only'} and no store in the code holds it`;
      return [{ period: 'no retention rule', status: 'not-stored', evidence: [], note: `${why}, so there is nothing to delete.` }];
    }
    return [{ period: 'no retention rule', status: 'unspecified', evidence: [], note: `privacy.yaml has no retention rule for it, but ${storeNames} ${holding.length === 1 ? 'holds' : 'hold'} it.` }];
  }
  // A statutory minimum binds an item that no other concrete rule governs (require-retention, PIPA Art 21(3)).
  const governedElsewhere = new Set(rules.filter((r) => r.end !== 'unspecified' && !r.mustRetainUntilEnd).flatMap((r) => r.items));
  return rules.map((rule) => view(rule, item, holding, model, cwd, rule.mustRetainUntilEnd === true && !governedElsewhere.has(item)));
}

function view(rule: Retention, item: string, holding: readonly Store[], model: Model, cwd: string, binding: boolean): RetentionView {
  const period = periodWords(rule.end);
  const base = { rule: rule.id, period };
  if (rule.end === 'unspecified') {
    return { ...base, status: 'unspecified', evidence: [], note: `Retention "${rule.id}" has end: unspecified, so nothing can show that \`${item}\` is ever deleted.` };
  }
  if (holding.length === 0) {
    return { ...base, status: 'not-stored', evidence: [], note: 'No store in the code holds it, so there is nothing to delete.' };
  }
  // The same lists require-retention judges: deletions proper, and soft deletes (the row stays).
  const byStore = deletionsByStore(model);
  const ordered = (ds: Deletion[]) => ds.sort((a, b) => comparePlaces(place(a.location, cwd), place(b.location, cwd)) || cmp(a.store, b.store));
  const deletions = ordered(holding.flatMap((s) => byStore.get(s.id)?.deletions ?? []));
  const softDeletes = ordered(holding.flatMap((s) => byStore.get(s.id)?.softDeletes ?? []));
  const soft = softDeletes.map((d) => ({ store: d.store, at: place(d.location, cwd) }));
  const softNote = soft.length === 0 ? '' : ` ${[...new Set(softDeletes.map((d) => storeName(d.store, model)))].sort().join(', ')} ${softDeletes.length === 1 ? 'is' : 'are'} only soft-deleted (${soft.map((x) => `${x.at.file}:${x.at.line}`).join(', ')}): the row stays, flagged as deleted, with its personal data; a soft delete is not a deletion.`;
  const early = binding ? deletions.find((d) => deletesBefore(d, rule)) : undefined;
  const matching = deletions.filter((d) => matches(d, rule));
  const evidence = uniqueSorted(
    matching.flatMap((d) => evidenceOf(d, cwd)),
    (e) => `${placeKey(e.at)}|${e.kind}|${e.name}|${e.store}|${(e.path ?? []).join('\n')}`,
    (a, b) => comparePlaces(a.at, b.at) || cmp(a.store, b.store) || cmp(a.name, b.name) || cmp((a.path ?? []).join('\n'), (b.path ?? []).join('\n')),
  );
  let status: EvidenceStatus;
  let note: string;
  if (early) {
    const at = place(early.location, cwd);
    status = 'contradicted';
    note = `${storeName(early.store, model)} is deleted ${early.duration ? `after ${durationWords(early.duration)}` : 'at an event'} (${at.file}:${at.line}), before the ${period} that "${rule.id}" requires it to be kept.`;
  } else if (evidence.length > 0) {
    status = 'evidenced';
    const anonymised = evidence.every((e) => e.deletion === 'anonymise');
    note = `${anonymised ? 'Anonymised (its personal columns cleared) in' : 'Deleted from'} ${[...new Set(evidence.map((e) => storeName(e.store, model)))].sort().join(', ')} by ${[...new Set(evidence.map(describe))].join(', ')}.`;
  } else {
    status = 'no-evidence';
    const bare = holding.filter((s) => !deletions.some((d) => d.store === s.id) && !softDeletes.some((d) => d.store === s.id)).map((s) => s.name);
    const unmatched = deletions.map((d) => place(d.location, cwd)).map((p) => `${p.file}:${p.line}`);
    const why = [
      ...(unmatched.length > 0 ? [`its deletions at ${unmatched.join(', ')} are reached by none of them`] : []),
      ...(bare.length > 0 ? [`nothing ever deletes ${[...bare].sort().join(', ')}`] : []),
    ];
    note = `No evidence: no handler of its event, scheduled purge with its period or TTL deletes it${why.length > 0 ? ` (${why.join('; ')})` : ''}.`;
  }
  return { ...base, status, evidence, ...(soft.length > 0 ? { softDeletes: soft } : {}), note: `${note}${softNote}` };
}

function evidenceOf(d: Deletion, cwd: string): Evidence[] {
  const common = { store: d.store, deletion: d.kind, ...(d.duration ? { duration: d.duration } : {}) };
  if (d.reachedFrom.length === 0) {
    return [{ kind: 'ttl', name: d.duration ? durationWords(d.duration) : 'TTL', ...common, at: place(d.location, cwd) }];
  }
  return d.reachedFrom.map((t) => ({
    kind: t.kind, name: t.name, ...common, at: place(t.location, cwd),
    ...(t.path.length > 0 ? { path: t.path.map((s) => s.note) } : {}),
  }));
}

function describe(e: Evidence): string {
  switch (e.kind) {
    case 'event':
      return `the '${e.name}' handler (${e.at.file}:${e.at.line})`;
    case 'job':
      return `the job scheduled "${e.name}" (${e.at.file}:${e.at.line})`;
    case 'ttl':
      return `a TTL${e.duration ? ` of ${durationWords(e.duration)}` : ''} (${e.at.file}:${e.at.line})`;
    case 'call':
      return `${e.name}() (${e.at.file}:${e.at.line})`;
  }
}

const storeName = (id: string, model: Model): string => model.stores.find((s) => s.id === id)?.name ?? id;

/**
 * require-retention's per-store judgement: contradicted by a deletion before a statutory minimum, else
 * evidenced by a deletion path matching a concrete retention rule of its items.
 */
export function storeRetention(store: Store, model: Model, policy: Policy): EvidenceStatus {
  const personal = store.items.filter((i) => policy.item(i) && policy.handling(i) === 'stored');
  if (personal.length === 0) return 'not-stored';
  const concrete = (policy.m.retention ?? []).filter((r) => r.end !== 'unspecified' && r.items.some((i) => personal.includes(i)));
  if (concrete.length === 0) return 'unspecified';
  const deletions = model.deletions.filter((d) => d.store === store.id && d.kind !== 'soft-delete');
  const governedElsewhere = new Set(concrete.filter((r) => !r.mustRetainUntilEnd).flatMap((r) => r.items));
  const binding = concrete.filter((r) => r.mustRetainUntilEnd && r.items.some((i) => personal.includes(i) && !governedElsewhere.has(i)));
  if (binding.some((r) => deletions.some((d) => deletesBefore(d, r)))) return 'contradicted';
  return deletions.some((d) => concrete.some((r) => matches(d, r))) ? 'evidenced' : 'no-evidence';
}
