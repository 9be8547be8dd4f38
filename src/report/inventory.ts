/**
 * The data inventory: one row per item (the manifest's items in manifest order, then items the code
 * names but the manifest does not declare, by id) with how the code shows it is personal, where it
 * enters, and every store, party, log and response it reaches, and its retention with evidence.
 */
import type { Policy } from '../checks/policy.js';
import type { Model } from '../engine/model.js';
import type { Arrival } from './arrivals.js';
import { isMasked } from './arrivals.js';
import { cmp, comparePlaces, place, placeKey, sortedSet, uniqueSorted } from './places.js';
import { entries } from './entries.js';
import type { ReadSource } from './excerpt.js';
import { retentionViews, storeRetention } from './retention.js';
import type { InventoryRow, RecognisedBy } from './types.js';

const HOW_ORDER: readonly RecognisedBy[] = ['annotation', 'brand', 'type', 'pattern', 'kind'];

/** Item ids in inventory order: declared first (manifest order), then undeclared ones seen in code. */
export function itemOrder(model: Model, policy: Policy): string[] {
  const declared = policy.m.dataItems.map((i) => i.id);
  const known = new Set(declared);
  const seen = [
    ...model.annotations.filter((a) => a.tag === 'personal').flatMap((a) => a.ids),
    ...model.flows.flatMap((f) => f.labels.map((l) => l.item)),
    ...model.stores.flatMap((s) => s.items),
  ];
  return [...declared, ...sortedSet(seen.filter((id) => !known.has(id)))];
}

export function inventory(ids: readonly string[], all: readonly Arrival[], model: Model, policy: Policy, cwd: string, read?: ReadSource): InventoryRow[] {
  return ids.map((id) => row(id, all.filter((a) => a.item === id), model, policy, cwd, read));
}

function row(id: string, mine: readonly Arrival[], model: Model, policy: Policy, cwd: string, read?: ReadSource): InventoryRow {
  const item = policy.item(id);
  const holding = model.stores
    .filter((s) => s.items.includes(id) || mine.some((a) => a.dest.kind === 'store' && a.dest.id === s.id))
    .sort((a, b) => comparePlaces(place(a.location, cwd), place(b.location, cwd)) || cmp(a.id, b.id));
  const byPlace = <T extends { at: { file: string; line: number; column: number } }>(key: (x: T) => string) =>
    (list: T[]) => uniqueSorted(list, (x) => `${placeKey(x.at)}|${key(x)}`, (a, b) => comparePlaces(a.at, b.at) || cmp(key(a), key(b)));

  const stores = byPlace<InventoryRow['stores'][number]>((s) => s.store)([
    ...holding.map((s) => ({ store: s.id, name: s.name, kind: s.kind, at: place(s.location, cwd), retention: storeRetention(s, model, policy) })),
    ...mine.flatMap((a) => (a.dest.kind === 'store' && !a.dest.declared ? [{ store: a.dest.id, name: a.dest.name, kind: a.dest.storeKind, at: place(a.flow.location, cwd) }] : [])),
  ]);
  const parties = byPlace<InventoryRow['parties'][number]>((p) => `${p.party}|${p.masked ? 1 : 0}`)(
    mine.flatMap((a) => (a.dest.kind === 'party'
      ? [{ party: a.dest.id, name: a.dest.name, role: a.dest.role, via: a.flow.sink.name, at: place(a.flow.location, cwd), ...(isMasked(a.label) ? { masked: true } : {}) }]
      : [])),
  );
  const logs = byPlace<InventoryRow['logs'][number]>((l) => `${l.via}|${l.by ?? ''}`)(
    mine.flatMap((a) => (a.dest.kind === 'log'
      ? [{ via: a.flow.sink.name, at: place(a.flow.location, cwd), masked: a.label.clean !== undefined, ...(a.label.clean ? { by: a.label.clean.by } : {}) }]
      : [])),
  );
  const responses = byPlace<InventoryRow['responses'][number]>((r) => r.via)(
    mine.flatMap((a) => (a.dest.kind === 'response' ? [{ via: a.flow.sink.name, at: place(a.flow.location, cwd) }] : [])),
  );
  const collection = entries(mine, item?.class === 'auto_collected', model.files, cwd, read);
  return {
    id,
    ...(item?.label ? { label: item.label } : {}),
    ...(item ? { class: item.class } : {}),
    declared: item !== undefined,
    recognisedBy: recognised(id, mine, model, cwd),
    collectedAt: uniqueSorted(collection.collectedAt, placeKey, comparePlaces),
    entries: collection.entries,
    stores,
    parties,
    logs,
    responses,
    retention: retentionViews(id, holding, model, policy, cwd),
  };
}

/** The `@personal` tags naming the item, and the origin of every flow that was not an annotation. */
function recognised(id: string, mine: readonly Arrival[], model: Model, cwd: string): InventoryRow['recognisedBy'] {
  const tags = model.annotations
    .filter((a) => a.tag === 'personal' && a.ids.includes(id))
    .map((a) => ({ how: 'annotation' as const, detail: `@personal ${id}`, at: place(a.location, cwd) }));
  const guessed = mine.flatMap((a) => {
    const first = a.label.steps[0];
    if (a.label.how === 'annotation' || !first) return [];
    return [{ how: a.label.how, detail: first.note, at: place(first.location, cwd) }];
  });
  return uniqueSorted(
    [...tags, ...guessed],
    (r) => `${r.how}|${r.detail}|${placeKey(r.at)}`,
    (a, b) => HOW_ORDER.indexOf(a.how) - HOW_ORDER.indexOf(b.how) || comparePlaces(a.at, b.at) || cmp(a.detail, b.detail),
  );
}
