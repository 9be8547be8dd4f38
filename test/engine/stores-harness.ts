/**
 * Store and retention fixtures carry their expectations inline, on the line the Model reports:
 *   export const members = pgTable('members', { // expect-store: drizzle:members email name phone
 *   await db.delete(members).where(…); // expect-deletion: drizzle:members delete from event:membership_withdrawal
 *   await db.delete(t).where(lt(t.createdAt, subMonths(new Date(), 6))); // expect-deletion: drizzle:t delete P6M from job:0 3 * * *
 * A store line lists the store id and its items (sorted, possibly none). A deletion line: store, kind, the
 * duration if any, then `from` and the triggers `kind:name`, with ` (@retention a,b)` when tagged, sorted and
 * joined by ` | `. Several expectations may share a line. Files: every .ts and .prisma under the fixture.
 * A line without an expectation must have no store and no deletion; `compareStores` lists missing and extra.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Deletion, Model, Trigger } from '../../src/engine/model.js';
import { analyzeFixture, FIXTURES } from './harness.js';

const cache = new Map<string, ReturnType<typeof analyzeFixture>>();

/** analyzeFixture, once per fixture and test file (several tests read the same Model). */
export function analysed(dir: string): ReturnType<typeof analyzeFixture> {
  let a = cache.get(dir);
  if (!a) cache.set(dir, (a = analyzeFixture(dir)));
  return a;
}

export function describeTrigger(t: Trigger): string {
  return `${t.kind}:${t.name}${t.retention?.length ? ` (@retention ${t.retention.join(',')})` : ''}`;
}

export function describeDeletion(d: Deletion): string {
  const from = [...new Set(d.reachedFrom.map(describeTrigger))].sort().join(' | ');
  return [d.store, d.kind, d.duration, from ? `from ${from}` : undefined].filter((x) => x !== undefined).join(' ');
}

export function describeModel(model: Model, root: string): { stores: string[]; deletions: string[] } {
  const at = (l: { file: string; line: number }) => `${relative(root, l.file)}:${l.line}`;
  return {
    stores: model.stores.map((s) => [`${at(s.location)} ${s.id}`, ...s.items].join(' ')).sort(),
    deletions: model.deletions.map((d) => `${at(d.location)} ${describeDeletion(d)}`).sort(),
  };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|prisma)$/.test(name) ? [full] : [];
  });
}

export function expectedModel(root: string): { stores: string[]; deletions: string[] } {
  const stores: string[] = [];
  const deletions: string[] = [];
  for (const file of sourceFiles(root)) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const at = `${relative(root, file)}:${i + 1}`;
      const store = /\/\/ expect-store: (\S+)((?: \S+)*?)\s*(?:\/\/|$)/.exec(line);
      if (store) stores.push([`${at} ${store[1]}`, ...store[2]!.trim().split(/\s+/).filter((s) => s).sort()].join(' '));
      for (const part of line.split('// expect-deletion: ').slice(1)) {
        const text = part.replace(/\s*\/\/.*$/, '').trim();
        const [head, from] = text.split(' from ');
        const triggers = from ? ` from ${from.split(' | ').map((s) => s.trim()).sort().join(' | ')}` : '';
        deletions.push(`${at} ${head!.trim()}${triggers}`);
      }
    });
  }
  return { stores: stores.sort(), deletions: deletions.sort() };
}

export interface Comparison {
  missing: { stores: string[]; deletions: string[] };
  extra: { stores: string[]; deletions: string[] };
  model: Model;
  root: string;
}

export function compareStores(dir: string): Comparison {
  const { model, root } = analysed(dir);
  const actual = describeModel(model, root);
  const expected = expectedModel(join(FIXTURES, dir));
  const diff = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));
  return {
    missing: { stores: diff(expected.stores, actual.stores), deletions: diff(expected.deletions, actual.deletions) },
    extra: { stores: diff(actual.stores, expected.stores), deletions: diff(actual.deletions, expected.deletions) },
    model,
    root,
  };
}
