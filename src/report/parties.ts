/**
 * Per recipient and processor: the items the manifest declares against the items the code sends there.
 * Over-shared means sent unmasked but not declared (no-undeclared-transfer's "beyond"); stale means
 * declared but sent by no code. Declared parties come first (recipients, then processors, in manifest
 * order), then undeclared destinations by id.
 */
import type { Policy } from '../checks/policy.js';
import type { Arrival } from './arrivals.js';
import { isMasked } from './arrivals.js';
import { cmp, comparePlaces, place, placeKey, sortedSet, uniqueSorted } from './places.js';
import type { PartyRow } from './types.js';

export function partyRows(all: readonly Arrival[], policy: Policy, cwd: string): PartyRow[] {
  const sent = all.filter((a) => a.dest.kind === 'party');
  const list = <T>(x: T[] | 'unspecified' | undefined): T[] => (Array.isArray(x) ? x : []);
  const declared = [
    ...list(policy.m.recipients).map((p) => ({ p, role: 'recipient' as const })),
    ...list(policy.m.processors).map((p) => ({ p, role: 'processor' as const })),
  ];
  const rows: PartyRow[] = declared.map(({ p, role }) => {
    const mine = sent.filter((a) => a.dest.id === p.id && a.dest.kind === 'party' && a.dest.role !== 'undeclared');
    const observed = sortedSet(mine.map((a) => a.item));
    const party = { ...p, section: role === 'recipient' ? ('recipients' as const) : ('processors' as const) };
    const abroad = sortedSet(mine.filter((a) => !isMasked(a.label) && p.items.includes(a.item) && !policy.overseasCovered(party, a.item)).map((a) => a.item));
    return {
      id: p.id,
      name: p.name,
      role,
      ...(p.country ? { country: p.country } : {}),
      declaredItems: [...p.items],
      observedItems: observed,
      overShared: sortedSet(mine.filter((a) => !isMasked(a.label) && !p.items.includes(a.item)).map((a) => a.item)),
      stale: p.items.filter((i) => !observed.includes(i)),
      ...(abroad.length > 0 ? { overseasUndeclared: abroad } : {}),
      at: calls(mine, cwd),
    };
  });
  const undeclared = new Map<string, Arrival[]>();
  for (const a of sent) if (a.dest.kind === 'party' && a.dest.role === 'undeclared') undeclared.set(a.dest.id, [...(undeclared.get(a.dest.id) ?? []), a]);
  for (const id of sortedSet(undeclared.keys())) {
    const mine = undeclared.get(id)!;
    const dest = mine[0]!.dest;
    if (dest.kind !== 'party') continue;
    rows.push({
      id,
      name: dest.name,
      role: 'undeclared',
      ...(dest.country ? { country: dest.country } : {}),
      declaredItems: [],
      observedItems: sortedSet(mine.map((a) => a.item)),
      overShared: sortedSet(mine.filter((a) => !isMasked(a.label)).map((a) => a.item)),
      stale: [],
      at: calls(mine, cwd),
    });
  }
  return rows;
}

function calls(mine: readonly Arrival[], cwd: string): PartyRow['at'] {
  return uniqueSorted(
    mine.map((a) => ({ ...place(a.flow.location, cwd), via: a.flow.sink.name })),
    (c) => `${placeKey(c)}|${c.via}`,
    (a, b) => comparePlaces(a, b) || cmp(a.via, b.via),
  );
}
