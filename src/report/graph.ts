/**
 * The data-flow picture as nodes and edges: each item -> the stores, parties, logs and responses it
 * reaches. An edge counts the sink calls behind it and is marked when one of them is a finding; a store
 * also holds the items its declaration has (count 0 when no write was traced). Nodes are ordered items
 * (inventory order), stores, parties, logs, responses; edges by item, then destination.
 */
import type { Finding } from '../results/run.js';
import type { Location, Model } from '../engine/model.js';
import type { Arrival } from './arrivals.js';
import type { FlowGraph } from './types.js';

type Node = FlowGraph['nodes'][number];
const KIND_ORDER: readonly Node['kind'][] = ['item', 'store', 'party', 'log', 'response'];

export function flowGraph(ids: readonly string[], all: readonly Arrival[], model: Model, findings: readonly Finding[]): FlowGraph {
  const at = (l: Location) => `${l.file}:${l.line}:${l.column}`;
  const flagged = new Set(findings.flatMap((f) => f.dataItems.map((i) => `${at(f.location)}|${i}`)));
  const nodes = new Map<string, Node>();
  const edges = new Map<string, { from: string; to: string; count: number; finding: boolean }>();
  const edge = (item: string, to: string, count: number, finding: boolean) => {
    const from = `item:${item}`;
    const key = `${from}\0${to}`;
    const e = edges.get(key) ?? { from, to, count: 0, finding: false };
    edges.set(key, { from, to, count: e.count + count, finding: e.finding || finding });
    if (!nodes.has(from)) nodes.set(from, { id: from, kind: 'item', label: item });
  };
  for (const a of all) {
    const d = a.dest;
    const id = d.kind === 'store' ? `store:${d.id}` : d.kind === 'party' ? `party:${d.id}` : d.id;
    const label = d.kind === 'log' ? `${d.name} (log)` : d.kind === 'response' ? `${d.name} (response)` : d.name;
    if (!nodes.has(id)) nodes.set(id, { id, kind: d.kind === 'store' ? 'store' : d.kind, label });
    edge(a.item, id, 1, flagged.has(`${at(a.flow.location)}|${a.item}`));
    if (d.kind === 'party' && d.role === 'undeclared') nodes.set(id, { ...nodes.get(id)!, warn: true });
  }
  for (const s of model.stores) {
    const id = `store:${s.id}`;
    const retention = findings.filter((f) => f.ruleId === 'privacy/require-retention' && at(f.location) === at(s.location));
    for (const item of s.items) edge(item, id, 0, retention.some((f) => f.dataItems.includes(item)));
    if (!nodes.has(id) && s.items.length > 0) nodes.set(id, { id, kind: 'store', label: s.name });
    if (retention.length > 0 && nodes.has(id)) nodes.set(id, { ...nodes.get(id)!, warn: true });
  }
  const sortedEdges = [...edges.values()];
  for (const e of sortedEdges) {
    if (e.finding) {
      nodes.set(e.from, { ...nodes.get(e.from)!, warn: true });
      nodes.set(e.to, { ...nodes.get(e.to)!, warn: true });
    }
  }
  const order = (id: string) => {
    const i = ids.indexOf(id.replace(/^item:/, ''));
    return i < 0 ? ids.length : i;
  };
  const nodeCompare = (a: Node, b: Node) =>
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.kind === 'item' ? order(a.id) - order(b.id) : 0) || cmp(a.id, b.id);
  const list = [...nodes.values()].sort(nodeCompare);
  const index = new Map(list.map((n, i) => [n.id, i]));
  return {
    nodes: list,
    edges: sortedEdges.sort((a, b) => index.get(a.from)! - index.get(b.from)! || index.get(a.to)! - index.get(b.to)!),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
