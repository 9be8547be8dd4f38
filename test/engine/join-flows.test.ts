import { describe, expect, it } from 'vitest';
import type { FileFacts } from '../../src/engine/facts.js';
import { joinFlows } from '../../src/engine/join.js';
import type { Label, Location, SinkFact } from '../../src/engine/model.js';

const at = (file: string, line: number, column = 1): Location => ({ file, line, column, endLine: line, endColumn: column + 5 });
const label = (item: string, from: Location, extra: Partial<Label> = {}): Label => ({ item, how: 'pattern', steps: [{ location: from, note: `${item} here` }], ...extra });
const sink: SinkFact = { kind: 'log', name: 'console.log' };
const call = at('/p/src/a.ts', 10);
const facts = (...labels: Label[][]): FileFacts[] => labels.map((l) => ({ flows: [{ sink, location: call, labels: l }] }) as unknown as FileFacts);

describe('joinFlows: label order', () => {
  const email = label('email', at('/p/src/a.ts', 3));
  const phone = label('phone', at('/p/src/a.ts', 2));
  const hashed = label('email', at('/p/src/a.ts', 3), { clean: { kind: 'hash', by: 'bcrypt' } });
  const emailElsewhere = label('email', at('/p/src/b.ts', 1), { clean: { kind: 'mask', by: 'maskEmail' } });

  it('sorts by item, then where the value was found, then the cleaning', () => {
    const [flow] = joinFlows(facts([phone, emailElsewhere, email, hashed]));
    expect(flow!.labels).toEqual([email, hashed, emailElsewhere, phone]);
  });

  it('does not depend on the order the hits were recorded or the files joined', () => {
    const orders = [
      facts([email, phone, hashed, emailElsewhere]),
      facts([emailElsewhere, hashed, phone, email]),
      facts([phone], [hashed, email], [emailElsewhere]),
      facts([emailElsewhere], [email], [phone, hashed]),
    ];
    const joined = orders.map((f) => joinFlows(f)[0]!.labels);
    for (const labels of joined) expect(labels).toEqual(joined[0]);
  });

  it('leaves the per-file facts as they were', () => {
    const f = facts([phone, email]);
    joinFlows(f);
    expect(f[0]!.flows[0]!.labels).toEqual([phone, email]);
  });
});

describe('mergeLabels: of two paths as long for the same item and cleaning', () => {
  const viaA = label('email', at('/p/src/a.ts', 3));
  const viaB = label('email', at('/p/src/b.ts', 1));

  it('keeps the first in label order, whichever was recorded first', () => {
    expect(joinFlows(facts([viaB], [viaA]))[0]!.labels).toEqual([viaA]);
    expect(joinFlows(facts([viaA], [viaB]))[0]!.labels).toEqual([viaA]);
  });

  it('still prefers the longer path, which shows where the value came from', () => {
    const longer: Label = { ...viaB, steps: [...viaB.steps, { location: at('/p/src/b.ts', 5), note: 'passed on' }] };
    expect(joinFlows(facts([viaA], [longer]))[0]!.labels).toEqual([longer]);
  });
});
