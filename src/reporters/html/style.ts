/**
 * The HTML report's one stylesheet, inlined so the file works offline: the system font stack, light and
 * dark colours from the reader's preference, a visible focus ring, and a print style (no filter controls,
 * no dark backgrounds, every row shown and no table row cut across pages).
 */
export const STYLE = `
:root {
  color-scheme: light dark;
  --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de;
  --accent: #0b5cad; --error: #b00020; --warn: #8a5300; --ok: #1a7f37; --mark: #fff3c4;
  --item: #e8f1fb; --store: #eef6ee; --party: #f3ecfa; --log: #fdf1e4; --response: #eef2f4;
  --edge: #8c959f; --focus: #ff9f1c;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --muted: #9da7b3; --bg: #0d1117; --panel: #161b22; --line: #30363d;
    --accent: #6cb6ff; --error: #ff7b72; --warn: #e3b341; --ok: #56d364; --mark: #3d3000;
    --item: #132a45; --store: #15301d; --party: #2a1d3d; --log: #3a2a12; --response: #1f2a30;
    --edge: #6e7681;
  }
}
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; font-size: 15px; line-height: 1.5; color: var(--fg); background: var(--bg); }
body { margin: 0 auto; max-width: 1280px; padding: 0 1.25rem 3rem; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem; background: var(--bg); border: 2px solid var(--accent); z-index: 10; }
.skip:focus { top: 0.5rem; }
header { border-bottom: 1px solid var(--line); padding: 1rem 0 0.5rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
.meta, .note { color: var(--muted); }
nav.toc ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.verdict { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
.status { font-size: 1.25rem; font-weight: 700; padding: 0.4rem 0.9rem; border-radius: 6px; border: 2px solid currentColor; }
.status-fail { color: var(--error); } .status-warn { color: var(--warn); } .status-pass { color: var(--ok); }
.numbers { display: flex; gap: 1.5rem; flex-wrap: wrap; margin: 0.5rem 0; padding: 0; list-style: none; }
.numbers b { display: block; font-size: 1.4rem; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
.table-wrap.fit { display: inline-block; max-width: 100%; }
.table-wrap.fit th, .table-wrap.fit td { padding-right: 1.5rem; }
caption { text-align: left; padding: 0.5rem; color: var(--muted); caption-side: top; }
th, td { border-top: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--panel); position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td ul, th ul { margin: 0; padding-left: 1rem; }
td > ul:only-child, td > ul:first-child { padding-left: 0; list-style: none; }
td details summary { color: var(--muted); font-size: 0.85em; }
td details ul { list-style: disc; padding-left: 1rem; font-size: 0.85em; }
td li { margin: 0; }
.badge { display: inline-block; padding: 0 0.35rem; border-radius: 4px; border: 1px solid var(--line); font-size: 0.8rem; white-space: nowrap; }
.bad { color: var(--error); border-color: var(--error); font-weight: 600; }
.warnb { color: var(--warn); border-color: var(--warn); }
.good { color: var(--ok); border-color: var(--ok); }
.flag { color: var(--error); font-weight: 700; }
.filters { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.8rem; margin: 1rem 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; align-items: end; }
.filters label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); }
.filters select { max-width: 18rem; }
.filters select, .filters button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 0.25rem 0.4rem; min-width: 12rem; }
.filters button { min-width: 0; cursor: pointer; }
.filters output { flex-basis: 100%; font-size: 0.9rem; }
.figure { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); }
svg.flow { display: block; max-width: none; font-size: 12px; font-family: inherit; }
svg.flow text { fill: var(--fg); }
svg.flow .heading { font-weight: 700; fill: var(--muted); }
svg.flow .node rect { stroke: var(--line); stroke-width: 1; }
svg.flow .k-item rect { fill: var(--item); } svg.flow .k-store rect { fill: var(--store); }
svg.flow .k-party rect { fill: var(--party); } svg.flow .k-log rect { fill: var(--log); stroke-dasharray: 4 2; }
svg.flow .k-response rect { fill: var(--response); }
svg.flow .k-item, svg.flow .k-party { cursor: pointer; }
svg.flow .node.warn rect { stroke: var(--error); stroke-width: 2; }
svg.flow .edge { fill: none; stroke: var(--edge); opacity: 0.75; }
svg.flow .edge.declared-only { stroke-dasharray: 3 3; }
svg.flow .edge.finding { stroke: var(--error); opacity: 1; }
svg.flow .arrow { fill: var(--edge); } svg.flow .arrow-finding { fill: var(--error); }
.legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; font-size: 0.85rem; color: var(--muted); }
.swatch { display: inline-block; width: 0.9rem; height: 0.9rem; vertical-align: -0.1rem; border: 1px solid var(--line); border-radius: 2px; margin-right: 0.25rem; }
.sw-item { background: var(--item); } .sw-store { background: var(--store); } .sw-party { background: var(--party); }
.sw-log { background: var(--log); } .sw-response { background: var(--response); }
.sw-finding { background: var(--error); height: 0.25rem; vertical-align: 0.2rem; border: 0; }
.sw-declared { height: 0; vertical-align: 0.3rem; border: 0; border-top: 2px dashed var(--edge); border-radius: 0; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--warn); border-radius: 6px; padding: 0.2rem 1rem 0.8rem; margin: 0.8rem 0; }
.finding.sev-error { border-left-color: var(--error); }
.finding h3 { margin-top: 0.6rem; }
.finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; margin: 0.4rem 0; }
.finding dt { color: var(--muted); }
.finding dd { margin: 0; }
pre.excerpt { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 0.5rem 0; overflow-x: auto; margin: 0.4rem 0; }
pre.excerpt span.l { display: block; padding: 0 0.75rem; white-space: pre; }
pre.excerpt span.hl { background: var(--mark); }
pre.excerpt span.n { display: inline-block; min-width: 3ch; text-align: right; color: var(--muted); margin-right: 1ch; user-select: none; }
ol.flow { margin: 0.3rem 0; padding-left: 1.6rem; }
details { margin: 0.3rem 0; }
summary { cursor: pointer; }
.empty { font-style: italic; color: var(--muted); }
[hidden] { display: none !important; }
@media screen { .f-hidden { display: none !important; } svg.flow .dim { opacity: 0.12 !important; } }
@media print {
  :root { --fg: #000; --muted: #444; --bg: #fff; --panel: #fff; --line: #999; --accent: #000; --mark: #eee;
    --item: #fff; --store: #fff; --party: #fff; --log: #fff; --response: #fff; --edge: #777; }
  html { font-size: 10.5pt; background: #fff; color: #000; }
  body { max-width: none; padding: 0; }
  .filters, .skip, nav.toc { display: none !important; }
  .table-wrap, .figure { overflow: visible; border: 0; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr, .finding, pre.excerpt, svg.flow { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  @page { size: A4 landscape; margin: 10mm; }
  table { font-size: 8.5pt; }
  td code, td .mono, th code { overflow-wrap: anywhere; }
  th, td { padding: 0.2rem 0.3rem; }
  details::details-content { content-visibility: visible; block-size: auto; }
  summary { list-style: none; font-style: italic; }
  summary::-webkit-details-marker { display: none; }
  pre.excerpt span.l { white-space: pre-wrap; }
  a { color: #000; text-decoration: underline; }
  svg.flow { max-width: 100%; height: auto; }
}
`;
