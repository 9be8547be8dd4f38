/**
 * Arrivals: one (item, destination) pair per label of every Model flow, the common ground of the
 * inventory, the party table and the graph. Destinations are resolved once here, with the checks' own
 * Policy, so the report names the same party for a call as `no-undeclared-transfer` does.
 */
import type { Policy } from '../checks/policy.js';
import type { Flow, Label, Model } from '../engine/model.js';
import type { PartyRole } from './types.js';

/** What receives a label in the report: a store, a party (recipient or processor), a log, a response. */
export type Receiver =
  | { kind: 'store'; id: string; name: string; storeKind: string; declared: boolean }
  | { kind: 'party'; id: string; name: string; role: PartyRole; country?: string; declaredItems?: string[] }
  | { kind: 'log'; id: string; name: string }
  | { kind: 'response'; id: string; name: string };

export interface Arrival {
  item: string;
  label: Label;
  flow: Flow;
  dest: Receiver;
}

/** Every label of every flow at each place it arrives (an error tracker is both a log and a party). */
export function arrivals(model: Model, policy: Policy): Arrival[] {
  const out: Arrival[] = [];
  for (const flow of model.flows) {
    for (const dest of destinations(flow, model, policy)) {
      for (const label of flow.labels) out.push({ item: label.item, label, flow, dest });
    }
  }
  return out;
}

function destinations(flow: Flow, model: Model, policy: Policy): Receiver[] {
  const s = flow.sink;
  switch (s.kind) {
    case 'storage': {
      const store = s.store ? model.stores.find((x) => x.id === s.store) : undefined;
      return [store
        ? { kind: 'store', id: store.id, name: store.name, storeKind: store.kind, declared: true }
        : { kind: 'store', id: `storage:${s.name}`, name: s.name, storeKind: 'storage', declared: false }];
    }
    case 'client-storage':
      return [{ kind: 'store', id: `client-storage:${s.name}`, name: s.name, storeKind: 'client-storage', declared: false }];
    case 'log': {
      const log: Receiver = { kind: 'log', id: `log:${s.name.split('.')[0]}`, name: s.name.split('.')[0]! };
      return s.thirdParty ? [log, party(flow, policy)] : [log];
    }
    case 'transfer':
      return s.firstParty ? [] : [party(flow, policy)];
    case 'response':
      return [{ kind: 'response', id: `response:${s.name}`, name: s.name }];
    case 'hash':
      return []; // a hash computed in the service keeps the data there: no receiver
  }
}

/**
 * The declared recipient or processor a call reaches; else the catalog's vendor (one row for all its
 * hosts), else the host, `$ENV_VAR` or package it goes to.
 */
function party(flow: Flow, policy: Policy): Receiver {
  const d = policy.destination(flow.sink);
  if (d.declared) {
    return {
      kind: 'party', id: d.declared.id, name: d.declared.name,
      role: d.declared.section === 'recipients' ? 'recipient' : 'processor',
      ...(d.declared.country ? { country: d.declared.country } : {}),
      declaredItems: d.declared.items,
    };
  }
  const s = flow.sink;
  const id = d.known?.id ?? s.host ?? (s.env ? `$${s.env}` : s.package) ?? 'unresolved';
  const name = d.known ? d.known.name : d.unresolved ? 'an unresolved destination' : d.label;
  return { kind: 'party', id, name, role: 'undeclared', ...(d.known ? { country: d.known.country } : {}) };
}

/** Masked on the way (a declared masker): what no-undeclared-transfer does not count. */
export const isMasked = (l: Label): boolean => l.clean?.kind === 'mask';
