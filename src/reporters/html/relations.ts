/**
 * What each part of the HTML report is about (items, parties, rules), so the page's filters can show
 * the inventory rows, party rows, findings and diagram nodes and edges that concern the chosen item,
 * party or rule. Computed here, once, from the Report alone; the page's script only compares strings.
 * A finding concerns a party when it sits on a call that sends to that party; an edge concerns a rule
 * when a finding of that rule sits on one of the calls (or the store declaration) behind the edge.
 */
import type { FlowGraph, InventoryRow, PartyRow, Place, Report, ReportFinding } from '../../report/types.js';

/** An absent dimension means the filter on it does not apply to the element. */
export interface Tags {
  items?: string[];
  parties?: string[];
  rules?: string[];
}

export interface Relations {
  row(r: InventoryRow): Tags;
  party(p: PartyRow): Tags;
  finding(f: ReportFinding): Tags;
  node(n: FlowGraph['nodes'][number]): Tags;
  edge(e: FlowGraph['edges'][number]): Tags;
}

const ITEM = 'item:';
const PARTY = 'party:';

export function relations(report: Report): Relations {
  const key = (p: Pick<Place, 'file' | 'line'>) => `${p.file}:${p.line}`;
  const partiesAt = new Map<string, Set<string>>();
  for (const p of report.parties) for (const c of p.at) add(partiesAt, key(c), p.id);
  for (const r of report.inventory) for (const x of r.parties) add(partiesAt, key(x.at), x.party);

  const rulesOfItem = new Map<string, Set<string>>();
  for (const f of report.findings) for (const i of f.dataItems) add(rulesOfItem, i, f.ruleId);

  // item -> destination node -> the places behind that edge
  const places = new Map<string, Set<string>>();
  for (const r of report.inventory) {
    const at = (node: string, p: Place) => add(places, `${ITEM}${r.id}\0${node}`, key(p));
    for (const s of r.stores) at(`store:${s.store}`, s.at);
    for (const x of r.parties) at(`${PARTY}${x.party}`, x.at);
    for (const l of r.logs) at(`log:${l.via.split('.')[0]}`, l.at);
    for (const x of r.responses) at(`response:${x.via}`, x.at);
  }
  const findingsAt = new Map<string, ReportFinding[]>();
  for (const f of report.findings) findingsAt.set(key(f), [...(findingsAt.get(key(f)) ?? []), f]);

  const edgeTags = new Map<string, Tags>();
  for (const e of report.graph.edges) {
    const item = e.from.startsWith(ITEM) ? e.from.slice(ITEM.length) : e.from;
    const rules = new Set<string>();
    for (const k of places.get(`${e.from}\0${e.to}`) ?? []) {
      for (const f of findingsAt.get(k) ?? []) if (f.dataItems.includes(item)) rules.add(f.ruleId);
    }
    // The edge is marked but no finding sits on a place we know of: the item's rules, rather than none.
    if (e.finding && rules.size === 0) for (const r of rulesOfItem.get(item) ?? []) rules.add(r);
    edgeTags.set(`${e.from}\0${e.to}`, { items: [item], parties: e.to.startsWith(PARTY) ? [e.to.slice(PARTY.length)] : [], rules: sorted(rules) });
  }
  const incident = new Map<string, Tags[]>();
  for (const e of report.graph.edges) {
    const t = edgeTags.get(`${e.from}\0${e.to}`)!;
    for (const id of [e.from, e.to]) incident.set(id, [...(incident.get(id) ?? []), t]);
  }

  const rowTags = (r: InventoryRow): Tags => ({
    items: [r.id],
    parties: sorted(new Set(r.parties.map((x) => x.party))),
    rules: sorted(rulesOfItem.get(r.id) ?? new Set()),
  });
  const rows = new Map(report.inventory.map((r) => [`${ITEM}${r.id}`, r]));

  return {
    row: rowTags,
    party: (p) => ({
      items: sorted(new Set([...p.declaredItems, ...p.observedItems])),
      parties: [p.id],
      rules: sorted(new Set(p.at.flatMap((c) => (findingsAt.get(key(c)) ?? []).map((f) => f.ruleId)))),
    }),
    finding: (f) => ({ items: [...f.dataItems], parties: sorted(partiesAt.get(key(f)) ?? new Set()), rules: [f.ruleId] }),
    node: (n) => {
      const row = rows.get(n.id);
      if (n.kind === 'item' && row) return rowTags(row);
      const ts = incident.get(n.id) ?? [];
      const union = (k: keyof Tags) => sorted(new Set(ts.flatMap((t) => t[k] ?? [])));
      const parties = n.id.startsWith(PARTY) ? [n.id.slice(PARTY.length)] : union('parties');
      return { items: n.kind === 'item' ? [n.id.replace(ITEM, '')] : union('items'), parties, rules: union('rules') };
    },
    edge: (e) => edgeTags.get(`${e.from}\0${e.to}`) ?? { items: [], parties: [], rules: [] },
  };
}

function add(m: Map<string, Set<string>>, k: string, v: string): void {
  const s = m.get(k) ?? new Set<string>();
  s.add(v);
  m.set(k, s);
}

function sorted(s: Iterable<string>): string[] {
  return [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
