/**
 * Where each node of the data-flow picture goes, as a pure function of the graph, so the HTML report's
 * SVG is readable for 30+ items and byte-identical across runs. Two columns: items on the left; on the
 * right the destinations grouped by kind (stores, parties, logs, responses), each group under a heading.
 * Within a column (and within each group) the order comes from a few barycentre sweeps (each node moves
 * to the mean position of its neighbours), keeping the order with the fewest edge crossings; ties keep
 * the report's order. Every node is one row of fixed height and every label is cut to its box's width,
 * so no two labels can overlap; the picture grows in height with the number of nodes.
 */
import type { FlowGraph } from '../../report/types.js';

export type NodeKind = FlowGraph['nodes'][number]['kind'];
type GraphNode = FlowGraph['nodes'][number];
type GraphEdge = FlowGraph['edges'][number];

export interface PlacedNode {
  id: string;
  kind: NodeKind;
  /** The full label; `text` is what fits in the box. */
  label: string;
  text: string;
  warn: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  count: number;
  finding: boolean;
  /** SVG path data: a cubic curve from the right side of `from` to the left side of `to`. */
  d: string;
}

export interface Heading {
  text: string;
  x: number;
  y: number;
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  headings: Heading[];
  /** Pairs of edges that cross (between the two columns), after ordering. */
  crossings: number;
}

/** Sizes in SVG user units (CSS pixels at 100 %). `charWidth` is a generous estimate for a 12px sans font. */
export const LAYOUT = {
  margin: 16,
  rowHeight: 30,
  nodeHeight: 22,
  charWidth: 7.2,
  padding: 10,
  minNodeWidth: 96,
  maxLabelChars: 36,
  columnGap: 200,
  titleHeight: 28,
  groupHeading: 24,
  groupGap: 12,
  sweeps: 6,
} as const;

export const GROUP_TITLES: ReadonlyArray<readonly [Exclude<NodeKind, 'item'>, string]> = [
  ['store', 'Stores'],
  ['party', 'Parties'],
  ['log', 'Logs'],
  ['response', 'Responses'],
];

export function layoutGraph(graph: FlowGraph): Layout {
  const L = LAYOUT;
  const byId = new Map<string, GraphNode>();
  for (const n of graph.nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  const left = [...byId.values()].filter((n) => n.kind === 'item').map((n) => n.id);
  const groups = GROUP_TITLES.map(([kind]) => [...byId.values()].filter((n) => n.kind === kind).map((n) => n.id));
  const isLeft = new Set(left);
  // Only edges from an item to a destination take part in ordering; others are drawn but not ordered.
  const edges = graph.edges.filter((e) => byId.has(e.from) && byId.has(e.to));
  const between = edges.filter((e) => isLeft.has(e.from) && !isLeft.has(e.to));
  const order = orderColumns(left, groups, between);

  const leftWidth = columnWidth(order.left.map((id) => byId.get(id)!.label));
  const rightWidth = columnWidth(order.groups.flat().map((id) => byId.get(id)!.label));
  const leftX = L.margin;
  const rightX = L.margin + leftWidth + L.columnGap;
  const top = L.margin;

  const leftHeight = order.left.length * L.rowHeight;
  const present = order.groups.map((ids, g) => ({ ids, title: GROUP_TITLES[g]![1] })).filter((g) => g.ids.length > 0);
  const rightHeight = present.reduce((h, g, i) => h + L.groupHeading + g.ids.length * L.rowHeight + (i > 0 ? L.groupGap : 0), 0);
  // The item column carries its title above it; the right column's groups carry theirs.
  const body = Math.max(L.titleHeight + leftHeight, rightHeight, L.rowHeight);
  const leftTop = top + L.titleHeight + Math.floor((body - L.titleHeight - leftHeight) / 2);
  const rightTop = top + Math.floor((body - rightHeight) / 2);

  const nodes: PlacedNode[] = [];
  const place = (id: string, x: number, y: number, width: number) => {
    const n = byId.get(id)!;
    nodes.push({ id, kind: n.kind, label: n.label, text: fit(n.label, width), warn: n.warn === true, x, y, width, height: L.nodeHeight });
  };
  order.left.forEach((id, i) => place(id, leftX, leftTop + i * L.rowHeight + (L.rowHeight - L.nodeHeight) / 2, leftWidth));
  // Each column's title sits right above its first box, so a centred column keeps its title.
  const headings: Heading[] = [{ text: 'Items', x: leftX, y: leftTop - L.titleHeight + 20 }];
  let y = rightTop;
  present.forEach((g, i) => {
    if (i > 0) y += L.groupGap;
    headings.push({ text: g.title, x: rightX, y: y + 16 });
    y += L.groupHeading;
    for (const id of g.ids) {
      place(id, rightX, y + (L.rowHeight - L.nodeHeight) / 2, rightWidth);
      y += L.rowHeight;
    }
  });

  const at = new Map(nodes.map((n) => [n.id, n]));
  // A node of a kind this layout does not know is not placed; its edges are left out with it.
  const placed = routeEdges(edges.filter((e) => at.has(e.from) && at.has(e.to)), at);
  const leftPos = new Map(order.left.map((id, i) => [id, i]));
  const rightPos = new Map(order.groups.flat().map((id, i) => [id, i]));
  return {
    width: rightX + rightWidth + L.margin,
    height: top + body + L.margin,
    nodes,
    edges: placed,
    headings,
    crossings: countCrossings(between, leftPos, rightPos),
  };
}

/** The column orders after barycentre sweeps: the order with the fewest crossings seen, the input order on ties. */
export function orderColumns(left: readonly string[], groups: readonly (readonly string[])[], edges: readonly Pick<GraphEdge, 'from' | 'to'>[]): { left: string[]; groups: string[][]; crossings: number } {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  for (const e of edges) {
    link(e.from, e.to);
    link(e.to, e.from);
  }
  let l = [...left];
  let g = groups.map((ids) => [...ids]);
  const score = () => countCrossings(edges, positions(l), positions(g.flat()));
  let best = { left: l, groups: g, crossings: score() };
  for (let sweep = 0; sweep < LAYOUT.sweeps && best.crossings > 0; sweep++) {
    const lp = positions(l);
    g = g.map((ids) => byBarycentre(ids, neighbours, lp));
    const rp = positions(g.flat());
    l = byBarycentre(l, neighbours, rp);
    const crossings = score();
    if (crossings < best.crossings) best = { left: l, groups: g, crossings };
  }
  return best;
}

/** Pairs of edges whose ends are in opposite orders in the two columns. Edges with an unplaced end are ignored. */
export function countCrossings(edges: readonly Pick<GraphEdge, 'from' | 'to'>[], left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number>): number {
  const ends = edges.flatMap((e) => {
    const a = left.get(e.from);
    const b = right.get(e.to);
    return a === undefined || b === undefined ? [] : [[a, b] as const];
  });
  let n = 0;
  for (let i = 0; i < ends.length; i++) {
    for (let j = i + 1; j < ends.length; j++) {
      const [a1, b1] = ends[i]!;
      const [a2, b2] = ends[j]!;
      if ((a1 - a2) * (b1 - b2) < 0) n++;
    }
  }
  return n;
}

/** A label cut to the characters that fit in a box of `width`, with "…" when cut. */
export function fit(label: string, width: number): string {
  const chars = Math.max(1, Math.floor((width - 2 * LAYOUT.padding) / LAYOUT.charWidth));
  const one = label.replace(/\s+/g, ' ');
  return one.length <= chars ? one : `${one.slice(0, chars - 1)}…`;
}

function columnWidth(labels: readonly string[]): number {
  const longest = Math.min(LAYOUT.maxLabelChars, Math.max(0, ...labels.map((s) => s.length)));
  return Math.max(LAYOUT.minNodeWidth, Math.ceil(longest * LAYOUT.charWidth + 2 * LAYOUT.padding));
}

function positions(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

/** Stable: nodes without placed neighbours keep their current position as their barycentre. */
function byBarycentre(ids: readonly string[], neighbours: ReadonlyMap<string, string[]>, other: ReadonlyMap<string, number>): string[] {
  const keyed = ids.map((id, i) => {
    const ps = (neighbours.get(id) ?? []).map((n) => other.get(n)).filter((p): p is number => p !== undefined);
    const scale = other.size / Math.max(1, ids.length);
    return { id, i, key: ps.length === 0 ? i * scale : ps.reduce((s, p) => s + p, 0) / ps.length };
  });
  return keyed.sort((a, b) => a.key - b.key || a.i - b.i).map((k) => k.id);
}

/**
 * Curves from the right side of the source to the left side of the target. Where several edges meet a
 * node they are spread over its height in the order of their other ends, so they do not cross there.
 */
function routeEdges(edges: readonly GraphEdge[], at: ReadonlyMap<string, PlacedNode>): PlacedEdge[] {
  const centre = (n: PlacedNode) => n.y + n.height / 2;
  const ports = (side: 'from' | 'to') => {
    const byNode = new Map<string, GraphEdge[]>();
    for (const e of edges) byNode.set(e[side], [...(byNode.get(e[side]) ?? []), e]);
    const y = new Map<GraphEdge, number>();
    for (const [id, list] of byNode) {
      const n = at.get(id)!;
      const other = side === 'from' ? 'to' : 'from';
      const sorted = [...list].sort((a, b) => centre(at.get(a[other])!) - centre(at.get(b[other])!));
      const span = n.height * 0.6;
      sorted.forEach((e, i) => y.set(e, sorted.length === 1 ? centre(n) : centre(n) - span / 2 + (span * i) / (sorted.length - 1)));
    }
    return y;
  };
  const out = ports('from');
  const inn = ports('to');
  return edges.map((e) => {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const x1 = a.x + a.width;
    const x2 = b.x - 6;
    const y1 = out.get(e)!;
    const y2 = inn.get(e)!;
    const dx = (x2 - x1) / 2;
    const d = `M${num(x1)} ${num(y1)}C${num(x1 + dx)} ${num(y1)} ${num(x2 - dx)} ${num(y2)} ${num(x2)} ${num(y2)}`;
    return { from: e.from, to: e.to, count: e.count, finding: e.finding, d };
  });
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}
