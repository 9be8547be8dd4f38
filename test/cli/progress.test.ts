/** Issue #14 item 5: the progress line on stderr, after about two seconds, on a terminal only, never with --quiet. */
import { describe, expect, it } from 'vitest';
import { progress } from '../../src/cli/progress.js';
import type { Io } from '../../src/cli/io.js';

function fake(): { io: Io; err: string[]; out: string[] } {
  const err: string[] = [];
  const out: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd: '/repo', colour: false, progress: true }, err, out };
}

describe('progress', () => {
  it('nothing in the first two seconds; then one line rewritten in place at most ten times a second; cleared at the end', () => {
    const { io, err, out } = fake();
    let t = 0;
    const p = progress(io, true, () => t);
    p.update({ phase: 'program', project: '/repo/packages/api/tsconfig.json', files: 10 });
    t = 1999;
    p.update({ phase: 'analysis', project: '/repo/packages/api/tsconfig.json', done: 1, total: 340 });
    expect(err).toEqual([]);
    t = 2000;
    p.update({ phase: 'program', project: '/repo/packages/api/tsconfig.json', files: 1234 });
    t = 2050;
    p.update({ phase: 'analysis', project: '/repo/packages/api/tsconfig.json', done: 5, total: 340 });
    t = 2100;
    p.update({ phase: 'analysis', project: '/repo/packages/api/tsconfig.json', done: 120, total: 340 });
    expect(err).toEqual(['\r\x1b[2Kprivacy-lint: reading packages/api/tsconfig.json: 1,234 files…', '\r\x1b[2Kprivacy-lint: analysing packages/api/tsconfig.json: 120 of 340 files…']);
    p.clear();
    expect(err.at(-1)).toBe('\r\x1b[2K');
    expect(out).toEqual([]);
  });

  it('disabled (not a terminal, or --quiet): never a byte, and clear writes nothing', () => {
    const { io, err } = fake();
    let t = 0;
    const p = progress(io, false, () => t);
    t = 10_000;
    p.update({ phase: 'analysis', project: '/repo/tsconfig.json', done: 1, total: 2 });
    p.clear();
    expect(err).toEqual([]);
  });
});
