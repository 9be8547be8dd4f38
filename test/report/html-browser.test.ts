// The HTML report in a real browser (Debian's Chromium through puppeteer-core): the inventory table has one
// row per item, the diagram has the graph's nodes and edges with no label overlapping another, the filters
// work from the keyboard and update the live count, the page logs no error and requests nothing but itself.
// Screenshots go to test-output/report/. Without a browser the suite is skipped and says why.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { formatHtml } from '../../src/reporters/html.js';
import { cli } from '../cli/helpers.js';
import { sampleReport } from './sample-report.js';

// In-page code runs in Chromium. The project's tsconfig has no DOM library, so the few page globals these
// checks use are declared here, module-scoped (they do not leak into other files).
interface PageElement {
  id: string;
  hidden: boolean;
  value: string;
  textContent: string | null;
  options: ArrayLike<{ value: string }>;
  classList: { contains(name: string): boolean };
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { top: number; height: number };
  querySelector(selector: string): PageElement | null;
}
declare const document: {
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  getElementById(id: string): PageElement | null;
  activeElement: PageElement | null;
  documentElement: PageElement;
};
declare function getComputedStyle(el: PageElement): { display: string; backgroundColor: string; outlineStyle: string; opacity: string };
declare const window: { __pwned?: number };

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-output/report');
const executablePath = process.env.PRIVACY_LINT_CHROMIUM ?? '/usr/bin/chromium';

async function launch(): Promise<{ browser?: Browser; reason?: string }> {
  if (!existsSync(executablePath)) return { reason: `no browser at ${executablePath} (install Debian's chromium, or set PRIVACY_LINT_CHROMIUM)` };
  try {
    return { browser: await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--headless=new'] }) };
  } catch (e) {
    return { reason: `${executablePath} could not be launched: ${(e as Error).message.split('\n')[0]}` };
  }
}

const { browser, reason } = await launch();
if (!browser) console.warn(`html-browser.test.ts: skipped: ${reason}`);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  url: string;
  requests: string[];
  errors: string[];
}

/** Writes the report's HTML beside the screenshots and opens it, recording requests and console errors. */
async function open(name: string, report: Report): Promise<Opened> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.html`);
  writeFileSync(file, formatHtml(report));
  const url = pathToFileURL(file).href;
  const page = await browser!.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const requests: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    requests.push(r.url());
    if (r.url() === url) void r.continue();
    else void r.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, requests, errors };
}

async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(OUT, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path, fullPage: true });
  console.log(`html-browser.test.ts: screenshot ${path}`);
  return path;
}

/** Chooses the option with this value by keyboard only: focus the select, Home, then ArrowDown. */
async function chooseByKeyboard(page: Page, select: string, value: string): Promise<void> {
  const index = await page.$eval(select, (el, v) => Array.from((el as unknown as PageElement).options).findIndex((o) => o.value === v), value);
  expect(index, `${select} has an option ${value}`).toBeGreaterThan(0);
  await page.focus(select);
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  expect(await page.$eval(select, (el) => (el as unknown as PageElement).value)).toBe(value);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(select.slice(1));
}

/** What the reader sees: ids of shown inventory rows, indexes of shown findings, the live count, undimmed nodes. */
async function visible(page: Page) {
  return page.evaluate(() => {
    const shown = (el: PageElement) => getComputedStyle(el).display !== 'none';
    return {
      rows: Array.from(document.querySelectorAll('#inventory-table tbody tr')).filter(shown).map((tr) => tr.getAttribute('data-item')),
      findings: Array.from(document.querySelectorAll('article.finding')).filter(shown).map((a) => Number(a.id.replace('finding-', '')) - 1),
      count: document.getElementById('f-count')?.textContent ?? '',
      // Nodes and edges are dimmed, not removed: what counts is what the reader sees, the opacity.
      nodes: Array.from(document.querySelectorAll('svg.flow g.node')).filter((g) => Number(getComputedStyle(g).opacity) > 0.5).map((g) => g.getAttribute('data-id')),
      edges: Array.from(document.querySelectorAll('svg.flow path.edge')).filter((p) => Number(getComputedStyle(p).opacity) > 0.5).map((p) => `${p.getAttribute('data-from')}>${p.getAttribute('data-to')}`),
    };
  });
}

/** The structure every rendering must have, whatever the report. */
async function expectStructure(o: Opened, report: Report): Promise<void> {
  const { page } = o;
  const rows = await page.$$eval('#inventory-table tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-item')));
  expect(rows).toEqual(report.inventory.map((r) => r.id));
  const nodes = await page.$$eval('svg.flow g.node', (gs) => gs.map((g) => g.getAttribute('data-id')));
  expect([...nodes].sort()).toEqual(report.graph.nodes.map((n) => n.id).sort());
  const edges = await page.$$eval('svg.flow path.edge', (ps) => ps.map((p) => `${p.getAttribute('data-from')}>${p.getAttribute('data-to')}`));
  expect(edges).toEqual(report.graph.edges.map((e) => `${e.from}>${e.to}`));
  expect(await page.$$eval('svg.flow path.edge.finding', (ps) => ps.length)).toBe(report.graph.edges.filter((e) => e.finding).length);
  expect(await page.$$eval('article.finding', (as) => as.length)).toBe(report.findings.length);

  // Every label lies inside its box, and no two labels or boxes overlap.
  const boxes = await page.$$eval('svg.flow g.node', (gs) =>
    gs.map((g) => {
      const r = g.querySelector('rect')!.getBoundingClientRect();
      const t = g.querySelector('text')!.getBoundingClientRect();
      return { id: g.getAttribute('data-id'), rect: [r.left, r.top, r.right, r.bottom], text: [t.left, t.top, t.right, t.bottom] };
    }),
  );
  for (const b of boxes) {
    expect(b.text[0]! >= b.rect[0]! && b.text[2]! <= b.rect[2]!, `label of ${b.id} inside its box: ${b.text} in ${b.rect}`).toBe(true);
  }
  const overlap = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlap(boxes[i]!.rect, boxes[j]!.rect), `${boxes[i]!.id} and ${boxes[j]!.id} overlap`).toBe(false);
      expect(overlap(boxes[i]!.text, boxes[j]!.text), `labels of ${boxes[i]!.id} and ${boxes[j]!.id} overlap`).toBe(false);
    }
  }
  // The script ran (the CSP allowed it): the filter bar is shown and the count is the script's.
  expect(await page.$eval('#filters', (f) => (f as unknown as PageElement).hidden)).toBe(false);
  expect((await visible(page)).count).toBe(`${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} shown; ${report.inventory.length} items.`);
}

function expectQuiet(o: Opened): void {
  expect(o.errors).toEqual([]);
  expect(o.requests).toEqual([o.url]);
}

describe.skipIf(!browser)('HTML report in Chromium', () => {
  it('the sample report: inventory, diagram, keyboard filters, print style, nothing fetched', async () => {
    const report = sampleReport;
    const o = await open('sample-report', report);
    const { page } = o;
    await expectStructure(o, report);

    // Keyboard: the first Tab reaches the skip link, shown with a focus ring; Enter moves focus to the report.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement!;
      const box = a.getBoundingClientRect();
      return { text: a.textContent, top: box.top, outline: getComputedStyle(a).outlineStyle };
    });
    expect(skip).toMatchObject({ text: 'Skip to the report', outline: 'solid' });
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Item filter: only that item's row, the findings that name it, and its part of the diagram.
    await chooseByKeyboard(page, '#f-item', 'phone');
    let v = await visible(page);
    const phoneFindings = report.findings.flatMap((f, i) => (f.dataItems.includes('phone') ? [i] : []));
    expect(phoneFindings.length).toBeGreaterThan(0);
    expect(v.rows).toEqual(['phone']);
    expect(v.findings).toEqual(phoneFindings);
    expect(v.count).toBe(`${phoneFindings.length} of ${report.findings.length} findings shown; 1 of ${report.inventory.length} items.`);
    const phoneEdges = report.graph.edges.filter((e) => e.from === 'item:phone');
    expect(v.edges).toEqual(phoneEdges.map((e) => `${e.from}>${e.to}`));
    expect([...v.nodes].sort()).toEqual(['item:phone', ...phoneEdges.map((e) => e.to)].sort());

    // A click on a box of the diagram chooses that item.
    await page.click('svg.flow g.node[data-id="item:email"]');
    expect(await page.$eval('#f-item', (el) => (el as unknown as PageElement).value)).toBe('email');
    expect((await visible(page)).rows).toEqual(['email']);

    // Party filter on top of the item filter, then alone after "Show everything".
    await page.focus('#f-reset');
    await page.keyboard.press('Enter');
    v = await visible(page);
    expect(v.rows).toHaveLength(report.inventory.length);
    expect(v.findings).toHaveLength(report.findings.length);
    await chooseByKeyboard(page, '#f-party', 'api.mixpanel.com');
    v = await visible(page);
    const mixpanelItems = report.inventory.filter((r) => r.parties.some((p) => p.party === 'api.mixpanel.com')).map((r) => r.id);
    expect(v.rows).toEqual(mixpanelItems);
    expect(v.findings.map((i) => report.findings[i]!.ruleId).sort()).toEqual(['privacy/no-sensitive-collection', 'privacy/no-undeclared-transfer']);
    expect(v.nodes).toContain('party:api.mixpanel.com');
    expect(v.nodes).not.toContain('party:nice');
    expect(v.count).toMatch(new RegExp(`^2 of ${report.findings.length} findings shown; ${mixpanelItems.length} of `));
    expect(await page.$$eval('#parties-table tbody tr', (trs) => trs.filter((tr) => getComputedStyle(tr as unknown as PageElement).display !== 'none').length)).toBe(1);
    expect(await page.$eval('#parties-none', (p) => (p as unknown as PageElement).hidden)).toBe(true);
    await screenshot(page, 'sample-report-filtered');

    // Rule filter alone.
    await page.select('#f-party', '');
    await chooseByKeyboard(page, '#f-rule', 'privacy/require-retention');
    v = await visible(page);
    const retention = report.findings.flatMap((f, i) => (f.ruleId === 'privacy/require-retention' ? [i] : []));
    expect(v.findings).toEqual(retention);
    expect(v.rows).toEqual(report.inventory.filter((r) => report.findings.some((f) => f.ruleId === 'privacy/require-retention' && f.dataItems.includes(r.id))).map((r) => r.id));
    expect(v.edges.length).toBeGreaterThan(0);
    expect(v.edges.every((e) => e.includes('store:prisma:HealthProfile') || e.includes('store:prisma:AuditLog'))).toBe(true);

    // A filter nothing matches says so.
    await chooseByKeyboard(page, '#f-item', 'referral_code');
    v = await visible(page);
    expect(v.findings).toEqual([]);
    expect(await page.$eval('#findings-none', (p) => (p as unknown as PageElement).hidden)).toBe(false);
    // referral_code goes to no party (and the rule filter is still require-retention): the party table says so.
    expect(await page.$eval('#parties-none', (p) => (p as unknown as PageElement).hidden)).toBe(false);

    // Printed: no filter bar, every row and finding, light background.
    await page.emulateMediaType('print');
    const printed = await page.evaluate(() => ({
      filters: getComputedStyle(document.getElementById('filters')!).display,
      rows: Array.from(document.querySelectorAll('#inventory-table tbody tr')).filter((tr) => getComputedStyle(tr).display !== 'none').length,
      findings: Array.from(document.querySelectorAll('article.finding')).filter((a) => getComputedStyle(a).display !== 'none').length,
      background: getComputedStyle(document.documentElement).backgroundColor,
      // A closed <details> taller than its summary shows its content.
      closedDetails: Array.from(document.querySelectorAll('details:not([open])')).map((d) => d.getBoundingClientRect().height - d.querySelector('summary')!.getBoundingClientRect().height),
    }));
    expect(printed).toMatchObject({ filters: 'none', rows: report.inventory.length, findings: report.findings.length, background: 'rgb(255, 255, 255)' });
    // Closed <details> print their content.
    expect(printed.closedDetails.length).toBeGreaterThan(30);
    expect(printed.closedDetails.filter((h) => h < 5)).toEqual([]);
    await page.emulateMediaType('screen');
    await page.focus('#f-reset');
    await page.keyboard.press('Enter');
    await screenshot(page, 'sample-report');
    expectQuiet(o);
    await page.close();
  });

  it("the demo app's report, as `privacy-lint report` builds it", async () => {
    const started = performance.now();
    const ran = await cli(['report', '--project', 'fixtures/demo-app/tsconfig.json', '--manifest', 'fixtures/demo-app/privacy.yaml', '--format', 'json'], ROOT);
    const built = performance.now();
    expect(ran.err).not.toMatch(/Error|at .*\(/);
    const report = JSON.parse(ran.out) as Report;
    const html = formatHtml(report);
    const rendered = performance.now();
    console.log(
      `html-browser.test.ts: demo report: ${report.inventory.length} items, ${report.graph.nodes.length} nodes, ${report.graph.edges.length} edges, ${report.findings.length} findings; ` +
        `HTML ${Buffer.byteLength(html)} bytes; analysis and report ${((built - started) / 1000).toFixed(1)} s, formatHtml ${Math.round(rendered - built)} ms`,
    );
    expect(report.inventory.length).toBeGreaterThan(5);
    expect(report.findings.length).toBeGreaterThan(0);
    const o = await open('demo-report', report);
    await expectStructure(o, report);

    // Filter by the rule of the first finding, by keyboard: exactly that rule's findings remain.
    const rule = report.findings[0]!.ruleId;
    await chooseByKeyboard(o.page, '#f-rule', rule);
    const v = await visible(o.page);
    const expected = report.findings.flatMap((f, i) => (f.ruleId === rule ? [i] : []));
    expect(v.findings).toEqual(expected);
    expect(v.count).toMatch(new RegExp(`^${expected.length} of ${report.findings.length} finding`));
    await o.page.focus('#f-reset');
    await o.page.keyboard.press('Enter');
    await screenshot(o.page, 'demo-report');
    expectQuiet(o);
    await o.page.close();
  });

  it('an item label with <script> stays text', async () => {
    const report: Report = structuredClone(sampleReport);
    report.inventory[0]!.label = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const o = await open('escaping', report);
    expect(await o.page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await o.page.$eval('#item-1 th', (th) => th.textContent)).toContain('<script>window.__pwned = 1</script>');
    expectQuiet(o);
    await o.page.close();
  });
});
