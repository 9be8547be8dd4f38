/**
 * The data-flow diagram as inline SVG, drawn from layout.ts's positions: edges first (curves, thicker
 * with more calls, red where a finding sits on them, dashed where a store only declares the column),
 * then the nodes, each with its full label as a tooltip. Every node and edge carries its filter tags.
 */
import type { FlowGraph } from '../../report/types.js';
import { escapeHtml as esc } from './escape.js';
import { layoutGraph, type Layout } from './layout.js';
import type { Relations } from './relations.js';

const KIND_WORD: Record<FlowGraph['nodes'][number]['kind'], string> = { item: 'item', store: 'store', party: 'party', log: 'log', response: 'response' };

export function flowSvg(graph: FlowGraph, rel: Relations, layout: Layout = layoutGraph(graph)): string {
  const edges = new Map(graph.edges.map((e) => [`${e.from}\0${e.to}`, e]));
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const name = (id: string) => nodes.get(id)?.label ?? id;
  const findings = layout.edges.filter((e) => e.finding).length;
  const desc = `${layout.nodes.filter((n) => n.kind === 'item').length} items on the left, ${layout.nodes.filter((n) => n.kind !== 'item').length} destinations on the right, ${layout.edges.length} flows, ${findings} of them with a finding. The data inventory table gives the same information as text.`;
  const out = [
    `<svg class="flow" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="flow-title flow-desc" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
    '<title id="flow-title">Data flow: items and where they go</title>',
    `<desc id="flow-desc">${esc(desc)}</desc>`,
    '<defs>',
    '<marker id="arrow" class="arrow" viewBox="0 0 8 8" refX="2" refY="4" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto"><path d="M0 0L8 4L0 8z"/></marker>',
    '<marker id="arrow-finding" class="arrow-finding" viewBox="0 0 8 8" refX="2" refY="4" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto"><path d="M0 0L8 4L0 8z"/></marker>',
    '</defs>',
  ];
  for (const h of layout.headings) out.push(`<text class="heading" x="${h.x}" y="${h.y}">${esc(h.text)}</text>`);
  out.push('<g class="edges">');
  for (const e of layout.edges) {
    const source = edges.get(`${e.from}\0${e.to}`)!;
    const width = e.count === 0 ? 1 : Math.min(4, 1 + Math.log2(e.count) * 0.75) + (e.finding ? 1 : 0);
    const cls = ['edge', e.finding ? 'finding' : '', e.count === 0 ? 'declared-only' : ''].filter(Boolean).join(' ');
    const calls = e.count === 0 ? 'declared by the store, no write traced' : `${e.count} call${e.count === 1 ? '' : 's'}`;
    const title = `${name(e.from)} → ${name(e.to)}: ${calls}${e.finding ? ', with a finding' : ''}`;
    out.push(
      `<path class="${cls}" d="${e.d}" stroke-width="${Math.round(width * 10) / 10}" marker-end="url(#${e.finding ? 'arrow-finding' : 'arrow'})" data-kind="edge" data-from="${esc(e.from)}" data-to="${esc(e.to)}" data-tags="${esc(JSON.stringify(rel.edge(source)))}"><title>${esc(title)}</title></path>`,
    );
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of layout.nodes) {
    const source = nodes.get(n.id)!;
    const rx = n.kind === 'item' ? 11 : n.kind === 'party' ? 0 : 4;
    out.push(
      `<g class="node k-${esc(n.kind)}${n.warn ? ' warn' : ''}" data-kind="node" data-id="${esc(n.id)}" data-tags="${esc(JSON.stringify(rel.node(source)))}">` +
        `<title>${esc(`${n.label} (${KIND_WORD[n.kind] ?? n.kind}${n.warn ? ', concerned by a finding' : ''})`)}</title>` +
        `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="${rx}"/>` +
        `<text x="${n.x + 10}" y="${n.y + n.height / 2 + 4}">${esc(n.text)}</text></g>`,
    );
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}
