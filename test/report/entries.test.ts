/**
 * Collection points: "collected at" is where an item enters the program (a handler's request body, an input
 * type, the client IP), with the stores it reaches and auto-collected items apart; never the save call or a
 * seed file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Flow, Label, Step } from '../../src/engine/model.js';
import type { Arrival } from '../../src/report/arrivals.js';
import { entries, entryOf } from '../../src/report/entries.js';
import type { Report } from '../../src/report/types.js';
import { analyseDemo } from './demo.js';

let report: Report;
beforeAll(() => {
  report = analyseDemo().report;
}, 120_000);

const row = (id: string) => report.inventory.find((r) => r.id === id)!;
const at = (p: { file: string; line: number }) => `${p.file.replace('fixtures/demo-app/', '')}:${p.line}`;

describe('collection points of the demo', () => {
  it('lists the handler that parses the request body, with the store the value reaches', () => {
    const name = row('name').entries!;
    expect(name).toContainEqual(expect.objectContaining({ how: 'submitted', storedIn: ['members'], at: expect.objectContaining({ file: 'fixtures/demo-app/src/members/members.routes.ts', line: 29 }) }));
    expect(name.find((e) => at(e.at) === 'src/inquiries/inquiries.routes.ts:31')?.via).toBe('InquiryInput.name (annotated @personal name)');
  });

  it('never names the save call of a record type as where an item is collected', () => {
    for (const id of ['email', 'name']) expect(row(id).collectedAt.map(at)).not.toContain('src/payments/payments.repository.ts:22');
  });

  it('separates auto-collected items (the client IP, the visitor cookie) from submitted ones', () => {
    expect(row('ip_address').entries).toEqual([expect.objectContaining({ how: 'auto', via: 'req.ip (ip_address)', storedIn: ['access_logs'] })]);
    expect(row('cookie_id').entries!.every((e) => e.how === 'auto')).toBe(true);
    expect(row('email').entries!.every((e) => e.how === 'submitted')).toBe(true);
  });

  it('keeps "collected at" equal to the entries where there are any', () => {
    for (const r of report.inventory) if (r.entries && r.entries.length > 0) expect(r.collectedAt).toEqual(r.entries.map((e) => e.at));
  });
});

describe('entryOf and entries', () => {
  const loc = (file: string, line: number) => ({ file, line, column: 1, endLine: line, endColumn: 2 });
  const step = (file: string, line: number, note: string): Step => ({ location: loc(file, line), note });
  const arrival = (steps: Step[], sinkAt = loc('/p/src/db.ts', 9)): Arrival => ({
    item: 'email',
    label: { item: 'email', how: 'kind', steps } as unknown as Label,
    flow: { location: sinkAt, sink: { kind: 'storage', name: 'prisma.user.create' }, labels: [] } as unknown as Flow,
    dest: { kind: 'store', id: 'prisma:User', name: 'User', storeKind: 'prisma', declared: true },
  });

  it('reads request input, input types, headers and cookies, from the note or the source line', () => {
    expect(entryOf(step('/a.ts', 1, 'SignupDto.email (annotated @personal email)'))).toBe('submitted');
    expect(entryOf(step('/a.ts', 1, 'req.headers (user-agent)'))).toBe('auto');
    expect(entryOf(step('/a.ts', 1, 'email (matched by the email kind\'s name pattern)'))).toBeUndefined();
    expect(entryOf(step('/a.ts', 1, 'email (matched by the email kind\'s name pattern)'), '  const { email } = schema.parse(req.body);')).toBe('submitted');
    expect(entryOf(step('/a.ts', 1, 'token'), "  const token = req.cookies['vid'];")).toBe('auto');
  });

  it('leaves out seed files and the save call when nothing better is known', () => {
    const files = ['/p/src/db.ts', '/p/src/seed/users.ts', '/p/src/api.ts'];
    const seeded = entries([arrival([step('/p/src/seed/users.ts', 3, 'email (matched by the email kind\'s name pattern)')])], false, files, '/p');
    expect(seeded.collectedAt).toEqual([]);
    const saved = entries([arrival([step('/p/src/db.ts', 8, 'User.email (annotated @personal email)')])], false, files, '/p');
    expect(saved.collectedAt).toEqual([]);
    const elsewhere = entries([arrival([step('/p/src/api.ts', 4, 'email (matched by the email kind\'s name pattern)')])], false, files, '/p');
    expect(elsewhere.collectedAt).toEqual([{ file: 'src/api.ts', line: 4, column: 1 }]);
  });
});
