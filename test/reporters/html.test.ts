// formatHtml and its parts as pure functions: the file is self-contained and deterministic, has every section,
// escapes what the report holds, tags elements for the filters, and lays the diagram out without overlaps.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FlowGraph, Report } from '../../src/report/types.js';
import { escapeHtml, formatHtml } from '../../src/reporters/html.js';
import { countCrossings, fit, LAYOUT, layoutGraph, type Layout } from '../../src/reporters/html/layout.js';
import { relations } from '../../src/reporters/html/relations.js';
import { emptyReport } from '../report/report-helpers.js';
import { sampleReport } from '../report/sample-report.js';
import { docsUrl } from '../../src/links.js';

const html = formatHtml(sampleReport);

/** Every value of an attribute in the document (raw, still escaped). */
const attributes = (doc: string, name: string) => [...doc.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('formatHtml: one self-contained file', () => {
  it('loads nothing: no src attribute, no external link, no stylesheet or font import', () => {
    expect(attributes(html, 'src')).toEqual([]);
    expect(html).not.toMatch(/<(link|iframe|object|embed|img|image|use|audio|video|base)\b/i);
    expect(html).not.toMatch(/@import|@font-face/);
    for (const m of html.matchAll(/url\(([^)]*)\)/g)) expect(m[1], m[0]).toMatch(/^#[\w-]+$/);
    // No attribute holds a URL but the SVG namespace, which is a name, not a request, and the rule docs' addresses in
    // links (a link is followed by a reader, never fetched by the page; URLs in code excerpts are text).
    const values = [...html.matchAll(/\s[\w:-]+="([^"]*)"/g)].map((m) => m[1]!);
    expect(values.length).toBeGreaterThan(500);
    const docs = new Set(sampleReport.findings.map((f) => docsUrl(f.docs)));
    expect([...new Set(values.filter((v) => v.includes('://') && !docs.has(v)))]).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).not.toMatch(/<a [^>]*href="https:[^"]*"[^>]*target=/);
  });

  it('links only to its own sections and anchors, and to the rule docs the report names (absolute: the report is read away from the repository)', () => {
    const ids = new Set(attributes(html, 'id'));
    const docs = new Set([...sampleReport.findings.map((f) => docsUrl(f.docs)), ...sampleReport.verdict.byRule.map((b) => docsUrl(b.docs))]);
    const hrefs = attributes(html, 'href');
    expect(hrefs.length).toBeGreaterThan(50);
    for (const h of hrefs) {
      if (h.startsWith('#')) expect(ids.has(h.slice(1)), `anchor ${h} exists`).toBe(true);
      else expect(docs.has(h), `${h} is a rule doc of the report`).toBe(true);
    }
    for (const f of sampleReport.findings) expect(hrefs).toContain(docsUrl(f.docs));
    for (const h of hrefs.filter((x) => !x.startsWith('#'))) expect(h).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/v\d+\.\d+\.\d+\/docs\/rules\/[a-z-]+\.md$/);
  });

  it('forbids every fetch with a Content-Security-Policy that admits exactly its own style and script', () => {
    const csp = unescape(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!);
    expect(csp).toMatch(/^default-src 'none';/);
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(csp).toContain(`style-src ${hash(style)};`);
    expect(csp).toContain(`script-src ${hash(script)};`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<style/g)).toHaveLength(1);
  });

  it('is deterministic: the same report gives the same bytes, and no clock leaks in', () => {
    expect(formatHtml(structuredClone(sampleReport))).toBe(html);
    expect(html).not.toContain(new Date().toISOString().slice(0, 10));
  });
});

describe('formatHtml: content', () => {
  it('has every section, in order, with headings that never skip a level', () => {
    const sections = ['verdict', 'inventory', 'parties', 'flow', 'findings', 'exceptions', 'gaps', 'drift', 'not-analysed'];
    const at = sections.map((id) => html.indexOf(`<h2 id="${id}">`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1));
    expect(html.indexOf('class="status status-fail"')).toBeLessThan(html.indexOf('<h2 id="inventory">'));
  });

  it('has a skip link, labelled filters and a live count', () => {
    expect(html).toMatch(/<a class="skip" href="#main">/);
    expect(html).toContain('<main id="main"');
    for (const id of ['f-item', 'f-party', 'f-rule']) expect(html).toMatch(new RegExp(`<label for="${id}">[^<]+<select id="${id}"`));
    expect(html).toContain('<button type="button" id="f-reset">');
    expect(html).toMatch(/<output id="f-count" role="status" aria-live="polite">13 findings shown; 35 items\.<\/output>/);
    expect(attributes(html, 'value').filter((v) => v !== '').map(unescape)).toEqual([
      ...sampleReport.inventory.map((r) => r.id),
      ...sampleReport.parties.map((p) => p.id),
      ...sampleReport.verdict.byRule.map((b) => b.rule),
    ]);
  });

  it('gives every table header a scope', () => {
    const ths = [...html.matchAll(/<th\b([^>]*)>/g)].map((m) => m[1]!);
    expect(ths.length).toBeGreaterThan(40);
    for (const a of ths) expect(a).toMatch(/scope="(col|row)"/);
  });

  it('has the verdict: status, summary, and every rule with its counts and doc', () => {
    expect(html).toContain(`<p>${escapeHtml(sampleReport.verdict.summary)}</p>`);
    for (const b of sampleReport.verdict.byRule) {
      expect(html).toContain(`<tr><th scope="row"><a href="${docsUrl(b.docs)}"><code>${b.rule}</code></a></th><td class="num${b.errors > 0 ? ' flag' : ''}">${b.errors}</td><td class="num">${b.warnings}</td></tr>`);
    }
  });

  it('has one inventory row per item, in order, with stores, parties by role, logs masked or not, and retention', () => {
    const rows = [...html.matchAll(/<tr id="item-(\d+)" data-kind="row" data-item="([^"]*)"[^>]*>([\s\S]*?)<\/tr>/g)];
    expect(rows.map((m) => unescape(m[2]!))).toEqual(sampleReport.inventory.map((r) => r.id));
    // Paths in table cells may break after a "/" only.
    expect(rows[0]![3]).toContain('<span class="mono">src/<wbr>members/<wbr>signup.dto.ts:15</span>');
    const row = (id: string) => rows.find((m) => m[2] === id)![3]!.replace(/<wbr>/g, '');
    expect(row('email')).toContain('hooks.slack.com <span class="badge bad">undeclared</span>');
    expect(row('email')).toContain('Toss Payments Co., Ltd. <span class="badge">processor</span>');
    expect(row('email')).toContain('<code>logger.info</code> <span class="badge bad">unmasked</span>');
    expect(row('email')).toContain('<span class="badge good">masked by maskEmail</span>');
    expect(row('email')).toContain('<span class="mono">src/members/signup.dto.ts:15</span>');
    expect(row('name')).toContain('<span class="badge">recipient</span>');
    expect(row('body_weight')).toContain('<code>health_records</code> <span class="badge bad">no evidence</span>');
    expect(row('body_weight')).toContain('<br>no evidence');
    expect(row('email')).toContain('event <code>onMemberWithdrawn</code>');
    expect(row('instagram_handle')).toContain('<span class="badge bad">not declared</span>');
  });

  it('has declared against observed items per party, with over-shared and stale', () => {
    const kakao = /<tr data-kind="party"[^>]*><th scope="row">Kakao Corp\. \(AlimTalk\)[\s\S]*?<\/tr>/.exec(html)![0];
    expect(kakao).toContain('<a href="#item-18"><code class="bad">emergency_contact_phone</code></a>');
    const ses = /<tr data-kind="party"[^>]*><th scope="row">Amazon Web Services[\s\S]*?<\/tr>/.exec(html)![0];
    expect(ses).toContain('abroad, no overseas transfer declared');
    const naver = /<tr data-kind="party"[^>]*><th scope="row">NAVER Cloud Corp\.[\s\S]*?<\/tr>/.exec(html)![0];
    expect(naver).toContain('<td><a href="#item-28"><code>profile_photo</code></a></td><td>—</td>');
  });

  it('has every finding with its message, excerpt, flow and rule doc', () => {
    const articles = [...html.matchAll(/<article class="finding sev-(error|warning)"[\s\S]*?<\/article>/g)];
    expect(articles).toHaveLength(sampleReport.findings.length);
    sampleReport.findings.forEach((f, i) => {
      const a = articles[i]![0];
      expect(articles[i]![1]).toBe(f.severity);
      expect(a).toContain(`<a href="${docsUrl(f.docs)}">`);
      for (const line of f.excerpt) expect(a).toContain(`<span class="n">${line.line}</span>${escapeHtml(line.text)}</span>`);
      for (const s of f.flow) expect(a).toContain(escapeHtml(s.note));
    });
    // The highlighted lines are the finding's own.
    const logs = articles.find((m) => m[0].includes('logger.info(`signup'))![0];
    expect(logs).toMatch(/<span class="l hl"><span class="n">\d+<\/span> {2}logger\.info\(`signup \$\{dto\.email\} &lt;\$\{req\.ip\}&gt; &amp; &quot;quoted&quot;`\);<\/span>/);
    // Code spans in messages become <code>.
    expect(html).toContain('<p><code>email</code> reaches logger.info unmasked');
  });

  it('has the reviewed exceptions with their reasons, tagged for the filters', () => {
    const table = /<table id="exceptions-table">[\s\S]*?<\/table>/.exec(html)![0];
    const rows = [...table.matchAll(/<tr data-kind="exception" data-tags="([^"]*)">/g)];
    expect(rows).toHaveLength(sampleReport.suppressed!.length);
    expect(JSON.parse(unescape(rows[0]![1]!))).toEqual({ items: ['login_history'], parties: [], rules: ['privacy/no-personal-data-in-logs'] });
    expect(table).toContain('(Communications Privacy Act Art. 15-2) &lt;kept 3 months&gt;</td>');
    expect(table).toContain(`<a href="${docsUrl('docs/rules/no-personal-data-in-logs.md')}">`);
    expect(html).toContain('<li><a href="#exceptions">Reviewed exceptions</a></li>');
    // Not part of the verdict's findings.
    expect(html.match(/<article class="finding/g)).toHaveLength(sampleReport.findings.length);
  });

  it('has the policy gaps, the drift and what was not analysed', () => {
    for (const g of sampleReport.gaps) {
      expect(html).toContain(escapeHtml(g.message));
      expect(html).toContain(`<code>${g.code}</code>`);
    }
    expect(html).toContain('PIPA Art 23(1)');
    expect(html).toContain('<li>Items declared but never seen in code: <a href="#item-33"><code>referral_code</code></a>.</li>');
    expect(html).toMatch(/<li>Items seen in code but not declared: <a href="#item-35"><code>emial<\/code><\/a> \(<span class="mono">src\/support\/ticket\.dto\.ts:\d+<\/span>\)/);
    expect(html).toContain('<li>Parties declared but never sent to: <code>naver_cloud</code>.</li>');
    expect(html).toContain('<code>api.mixpanel.com</code>, <code>hooks.slack.com</code>');
    expect(html).toContain('<span class="mono">src/legacy/export.js</span>: JavaScript file without checkJs: not analysed');
    expect(html).toContain('<code>@kakao/alimtalk-sdk</code>');
    expect(html).toContain('Paths are relative to <code>services/bookings/</code>.');
  });

  it('has the diagram with one box per node and one curve per edge', () => {
    const svg = /<svg class="flow"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(attributes(svg, 'data-id').map(unescape).sort()).toEqual(sampleReport.graph.nodes.map((n) => n.id).sort());
    expect([...svg.matchAll(/<path class="edge[^"]*" d="[^"]+"[^>]* data-from="([^"]*)" data-to="([^"]*)"/g)].map((m) => `${m[1]}>${m[2]}`)).toEqual(sampleReport.graph.edges.map((e) => `${e.from}>${e.to}`));
    expect(svg.match(/<path class="edge finding/g)).toHaveLength(sampleReport.graph.edges.filter((e) => e.finding).length);
    expect(svg).toMatch(/role="img" aria-labelledby="flow-title flow-desc"/);
  });

  it('renders an empty report without failing, saying there is nothing', () => {
    const doc = formatHtml(emptyReport({ project: { controller: 'Nobody Ltd.' } }));
    expect(doc).toContain('<h1>Privacy review: Nobody Ltd.</h1>');
    expect(doc).toContain('No personal data was seen reaching a store, a party, a log or a response.');
    expect(doc).toContain('Every project file was analysed and every imported package resolved.');
    expect(doc).toContain('<output id="f-count" role="status" aria-live="polite">0 findings shown; 0 items.</output>');
    expect(doc).not.toContain('<svg');
    expect(doc).not.toContain('exceptions');
  });
});

describe('formatHtml: escaping', () => {
  it('escapes labels, ids, messages, paths and code', () => {
    const r: Report = structuredClone(sampleReport);
    const evil = '<script>alert(1)</script>';
    r.inventory[0]!.label = evil;
    r.inventory[1]!.id = `x" onmouseover="alert(1)`;
    r.graph.nodes[0]!.label = `${evil}<b>`;
    r.findings[0]!.message = `${evil} & \`</code><img src=x>\``;
    r.findings[0]!.file = 'src/<img src=x onerror=alert(1)>.ts';
    r.findings[0]!.excerpt = [{ line: 1, text: '</code></pre><script>alert(2)</script>' }];
    r.gaps[0]!.message = evil;
    r.skipped[0]!.reason = evil;
    r.project.service = evil;
    // Fields typed as unions are escaped too: a report read from JSON need not respect the types.
    const hostile = '"><script>alert(3)</script>';
    (r.findings[1] as { severity: string }).severity = hostile;
    (r.verdict as { status: string }).status = hostile;
    (r.inventory[2]!.parties[0] as { role: string }).role = hostile;
    (r.graph.nodes[1] as { kind: string }).kind = hostile;
    const doc = formatHtml(r);
    expect(doc.match(/<script/g)).toHaveLength(1);
    expect(doc).not.toMatch(/<img/);
    expect(doc).not.toContain('onmouseover="alert(1)"');
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc).toContain('<code>&lt;/code&gt;&lt;img src=x&gt;</code>');
    expect(doc).toContain('&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(doc).toContain(`data-item="x&quot; onmouseover=&quot;alert(1)"`);
    const shown = escapeHtml(hostile);
    expect(doc).toContain(`<p class="status status-${shown}">${shown}</p>`);
    // The filter tags survive as JSON the page can parse.
    const tags = attributes(doc, 'data-tags').map((t) => JSON.parse(unescape(t)) as { items?: string[] });
    expect(tags.some((t) => t.items?.includes(`x" onmouseover="alert(1)`))).toBe(true);
  });

  it('escapeHtml escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('filter tags', () => {
  const rel = relations(sampleReport);
  const finding = (rule: string, item: string) => sampleReport.findings.find((f) => f.ruleId === rule && f.dataItems.includes(item))!;

  it('tie a finding to the party its call sends to, and a row to its parties and rules', () => {
    expect(rel.finding(finding('privacy/no-undeclared-transfer', 'postal_code'))).toEqual({
      items: ['postal_code', 'marketing_source', 'device_id', 'location'],
      parties: ['api.mixpanel.com'],
      rules: ['privacy/no-undeclared-transfer'],
    });
    expect(rel.finding(finding('privacy/require-retention', 'body_weight')).parties).toEqual([]);
    const email = sampleReport.inventory.find((r) => r.id === 'email')!;
    expect(rel.row(email)).toEqual({
      items: ['email'],
      parties: ['aws_ses', 'hooks.slack.com', 'toss_payments'],
      rules: ['privacy/no-personal-data-in-logs', 'privacy/no-undeclared-transfer'],
    });
  });

  it('tie an edge to the rules of the findings on its calls only', () => {
    const edge = (from: string, to: string) => sampleReport.graph.edges.find((e) => e.from === from && e.to === to)!;
    expect(rel.edge(edge('item:email', 'log:logger')).rules).toEqual(['privacy/no-personal-data-in-logs']);
    expect(rel.edge(edge('item:email', 'party:hooks.slack.com'))).toEqual({ items: ['email'], parties: ['hooks.slack.com'], rules: ['privacy/no-undeclared-transfer'] });
    expect(rel.edge(edge('item:email', 'store:prisma:User')).rules).toEqual([]);
    expect(rel.edge(edge('item:body_weight', 'store:prisma:HealthProfile')).rules).toEqual(['privacy/require-retention']);
    const health = sampleReport.graph.nodes.find((n) => n.id === 'store:prisma:HealthProfile')!;
    expect(rel.node(health).rules).toEqual(['privacy/require-retention']);
    const mixpanel = sampleReport.graph.nodes.find((n) => n.id === 'party:api.mixpanel.com')!;
    expect(rel.node(mixpanel).parties).toEqual(['api.mixpanel.com']);
    expect(rel.node(mixpanel).items).toEqual(['device_id', 'health_note', 'location', 'marketing_source', 'postal_code']);
  });
});

describe('layoutGraph', () => {
  const graph = sampleReport.graph;
  const layout = layoutGraph(graph);
  const overlap = (a: Layout['nodes'][number], b: Layout['nodes'][number]) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('places every node of a 30+ item graph once, inside the picture, none overlapping another', () => {
    expect(graph.nodes.filter((n) => n.kind === 'item').length).toBeGreaterThanOrEqual(30);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const n of layout.nodes) {
      expect(n.x >= 0 && n.y >= 0 && n.x + n.width <= layout.width && n.y + n.height <= layout.height, n.id).toBe(true);
    }
    for (let i = 0; i < layout.nodes.length; i++) {
      for (let j = i + 1; j < layout.nodes.length; j++) expect(overlap(layout.nodes[i]!, layout.nodes[j]!), `${layout.nodes[i]!.id} / ${layout.nodes[j]!.id}`).toBe(false);
    }
  });

  it('fits every label in its box (cut with … when too long), so labels cannot overlap', () => {
    for (const n of layout.nodes) {
      expect(n.text.length * LAYOUT.charWidth + 2 * LAYOUT.padding, n.id).toBeLessThanOrEqual(n.width);
      expect(n.text === n.label || n.text.endsWith('…'), n.id).toBe(true);
    }
    expect(layout.nodes.find((n) => n.id === 'party:firebase')!.text).toBe('Google LLC (Firebase Cloud Messagin…');
    expect(fit('abcdefghijklmnopqrstuvwxyz', 2 * LAYOUT.padding + 10 * LAYOUT.charWidth)).toBe('abcdefghi…');
    expect(fit('short', 200)).toBe('short');
  });

  it('puts items in the left column and destinations grouped by kind on the right, under their headings', () => {
    const items = layout.nodes.filter((n) => n.kind === 'item');
    const rest = layout.nodes.filter((n) => n.kind !== 'item');
    const right = Math.min(...rest.map((n) => n.x));
    expect(items.every((n) => n.x + n.width < right)).toBe(true);
    const kinds = [...rest].sort((a, b) => a.y - b.y).map((n) => n.kind);
    expect(kinds.filter((k, i) => k !== kinds[i - 1])).toEqual(['store', 'party', 'log', 'response']);
    expect(layout.headings.map((h) => h.text)).toEqual(['Items', 'Stores', 'Parties', 'Logs', 'Responses']);
    for (const h of layout.headings) {
      const column = h.text === 'Items' ? items : rest;
      const first = column.filter((n) => n.y > h.y).sort((a, b) => a.y - b.y)[0]!;
      expect(first.y - h.y, h.text).toBeGreaterThan(0);
      expect(first.y - h.y, h.text).toBeLessThan(LAYOUT.groupHeading);
    }
  });

  it('is deterministic', () => {
    expect(layoutGraph(structuredClone(graph))).toEqual(layout);
  });

  it('orders nodes to reduce crossings: never more than the report order, none where none are needed', () => {
    const index = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));
    const before = countCrossings(graph.edges, index(graph.nodes.filter((n) => n.kind === 'item').map((n) => n.id)), index(graph.nodes.filter((n) => n.kind !== 'item').map((n) => n.id)));
    expect(layout.crossings).toBeLessThan(before);

    // Items listed in the reverse order of their only destinations: a crossing-free order exists.
    const n = 12;
    const reversed: FlowGraph = {
      nodes: [
        ...Array.from({ length: n }, (_, i) => ({ id: `item:i${i}`, kind: 'item' as const, label: `i${i}` })),
        ...Array.from({ length: n }, (_, i) => ({ id: `store:s${i}`, kind: 'store' as const, label: `s${i}` })),
      ],
      edges: Array.from({ length: n }, (_, i) => ({ from: `item:i${i}`, to: `store:s${n - 1 - i}`, count: 1, finding: false })),
    };
    expect(countCrossings(reversed.edges, index(reversed.nodes.slice(0, n).map((x) => x.id)), index(reversed.nodes.slice(n).map((x) => x.id)))).toBe(n * (n - 1) / 2);
    expect(layoutGraph(reversed).crossings).toBe(0);
  });

  it('draws each edge from the right side of its item to just before the left side of its destination', () => {
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    expect(layout.edges).toHaveLength(graph.edges.length);
    for (const e of layout.edges) {
      const m = /^M([\d.]+) ([\d.]+)C[\d. ]+ ([\d.]+) ([\d.]+)$/.exec(e.d)!;
      expect(m, e.d).not.toBeNull();
      const a = at.get(e.from)!;
      const b = at.get(e.to)!;
      expect(Number(m[1])).toBe(a.x + a.width);
      expect(Number(m[2]) >= a.y && Number(m[2]) <= a.y + a.height).toBe(true);
      expect(Number(m[3])).toBe(b.x - 6);
      expect(Number(m[4]) >= b.y && Number(m[4]) <= b.y + b.height).toBe(true);
    }
  });

  it('grows in height with the number of nodes', () => {
    const items = (k: number): FlowGraph => ({
      nodes: [...Array.from({ length: k }, (_, i) => ({ id: `item:i${i}`, kind: 'item' as const, label: `item ${i}` })), { id: 'log:x', kind: 'log', label: 'x (log)' }],
      edges: Array.from({ length: k }, (_, i) => ({ from: `item:i${i}`, to: 'log:x', count: 1, finding: i === 0 })),
    });
    const heights = [5, 10, 40].map((k) => layoutGraph(items(k)).height);
    expect(heights[1]! - heights[0]!).toBe(5 * LAYOUT.rowHeight);
    expect(heights[2]! - heights[1]!).toBe(30 * LAYOUT.rowHeight);
  });
});

describe('layoutGraph on imperfect graphs', () => {
  it('ignores edges to nodes the graph does not have, and duplicate nodes', () => {
    const graph: FlowGraph = {
      nodes: [
        { id: 'item:a', kind: 'item', label: 'a' },
        { id: 'item:a', kind: 'item', label: 'a again' },
        { id: 'log:x', kind: 'log', label: 'x (log)' },
      ],
      edges: [
        { from: 'item:a', to: 'log:x', count: 2, finding: true },
        { from: 'item:a', to: 'party:gone', count: 1, finding: false },
      ],
    };
    const layout = layoutGraph(graph);
    expect(layout.nodes.map((n) => [n.id, n.label])).toEqual([['item:a', 'a'], ['log:x', 'x (log)']]);
    expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['item:a>log:x']);
    expect(layout.crossings).toBe(0);
  });
});
