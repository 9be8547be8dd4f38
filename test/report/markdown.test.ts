/** formatMarkdown on small hand-made reports: escaping, sections that are empty, the verdict first. */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { cell, condense, formatMarkdown, prose } from '../../src/reporters/markdown.js';
import { emptyReport, inventoryRow, reportFinding, type ReportParts } from './report-helpers.js';

const at = { file: 'src/a.ts', line: 3, column: 5 };

const report = (parts: ReportParts = {}): Report =>
  emptyReport({ ...parts, project: { tsconfig: 'app/tsconfig.json', manifest: 'app/privacy.yaml', controller: 'ACME | Co', files: 1, ...parts.project } });

const item = inventoryRow('nick', {
  label: 'Nick | name with `ticks` <b>',
  class: 'ordinary',
  recognisedBy: [{ how: 'pattern', detail: 'nick (matched by pattern ^nick|handle$)', at }],
  collectedAt: [at],
  stores: [{ store: 'prisma:User', name: 'User', kind: 'prisma', at, retention: 'no-evidence' }],
  logs: [{ via: 'console.log', at, masked: false }],
  retention: [{ period: 'no retention rule', status: 'unspecified', evidence: [], note: 'None.' }],
});

describe('formatMarkdown', () => {
  it('escapes | and backticks in table cells, and HTML everywhere outside code', () => {
    expect(cell('a | b `c`')).toBe('a \\| b \\`c\\`');
    expect(cell('Personal<string, "x">')).toBe('Personal&lt;string, "x"&gt;');
    expect(prose('run `a|b` now <script>')).toBe('run `a|b` now &lt;script&gt;');
    const md = formatMarkdown(report({ inventory: [item] }));
    const line = md.split('\n').find((l) => l.startsWith('| `nick`'))!;
    expect(line).toContain('Nick \\| name with \\`ticks\\` &lt;b&gt;');
    expect(line).toContain('User (no deletion)');
    expect(line).toContain('console.log (**unmasked**)');
    // a row has exactly the header's number of unescaped cell separators
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(cells(line)).toBe(cells('| Item | Class | Recognised by | Collected at | Stores | Parties | Logs | Retention |'));
    expect(md.startsWith('# Privacy review: ACME | Co\n')).toBe(true);
  });

  it('says "None." where a section is empty and shows paths relative to the project folder', () => {
    const md = formatMarkdown(report({ inventory: [item] }));
    expect(md).toContain('## Findings\n\nNone.');
    expect(md).toMatch(/## Policy gaps\n\n[^\n]+\n\nNone\.\n/);
    expect(md).toContain('Paths below are relative to `app/`.');
    expect(md).toContain('src/a.ts:3:5');
    expect(md).toContain('No personal data was seen reaching a store');
  });

  it('fences an excerpt with more backticks than it contains', () => {
    const md = formatMarkdown(report({
      findings: [reportFinding({
        ruleId: 'privacy/no-personal-data-in-logs', severity: 'error', message: 'm', file: 'app/src/a.ts', line: 2, column: 1, endLine: 2, endColumn: 9,
        dataItems: ['nick'],
        excerpt: [{ line: 1, text: 'const s = ```;' }, { line: 2, text: 'log(nick);' }],
      })],
    }));
    expect(md).toContain('````ts\n  1 | const s = ```;\n> 2 | log(nick);\n````');
    expect(md).toContain('### 1. ❌ privacy/no-personal-data-in-logs at src/a.ts:2:1');
  });
});

describe('condense: a readable picture for large projects', () => {
  const stores = Array.from({ length: 45 }, (_, i) => ({ id: `store:drizzle:t${String(i).padStart(2, '0')}`, kind: 'store' as const, label: `t${i}`, ...(i === 7 ? { warn: true } : {}) }));
  const graph = {
    nodes: [{ id: 'item:email', kind: 'item' as const, label: 'email' }, ...stores, { id: 'store:client-storage:localStorage.setItem', kind: 'store' as const, label: 'localStorage.setItem' }, { id: 'log:pino', kind: 'log' as const, label: 'pino (log)' }],
    edges: [
      ...stores.map((s, i) => ({ from: 'item:email', to: s.id, count: i % 2, finding: i === 7 })),
      { from: 'item:email', to: 'store:client-storage:localStorage.setItem', count: 1, finding: false },
      { from: 'item:email', to: 'log:pino', count: 2, finding: false },
    ],
  };

  it('groups the stores of each kind into one node beyond 40 nodes, summing the calls and keeping the warnings', () => {
    const small = condense({ nodes: graph.nodes.slice(0, 5), edges: graph.edges.slice(0, 4) }, 40);
    expect(small.nodes).toHaveLength(5);
    const c = condense(graph, 40);
    expect(c.nodes.map((n) => [n.id, n.label, n.warn ?? false])).toEqual([
      ['item:email', 'email', false],
      ['store:drizzle:*', 'drizzle: 45 stores, 1 ⚠', true],
      ['store:client-storage:*', 'client-storage: 1 store', false],
      ['log:pino', 'pino (log)', false],
    ]);
    expect(c.edges).toEqual([
      { from: 'item:email', to: 'store:drizzle:*', count: 22, finding: true },
      { from: 'item:email', to: 'store:client-storage:*', count: 1, finding: false },
      { from: 'item:email', to: 'log:pino', count: 2, finding: false },
    ]);
    const md = formatMarkdown(report({ graph }));
    expect(md).toContain('With 48 nodes the picture groups stores of a kind into one node');
    expect(md).toContain('n1[("drizzle: 45 stores, 1 ⚠")]');
    expect(md).toContain('n0 ==>|"22 ⚠"| n1');
  });
});
