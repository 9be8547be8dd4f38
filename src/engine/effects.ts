/**
 * Effects: fingerprints of what other files can see of a file's functions and classes (their summaries and the
 * fields their classes hold), by position. A contained edit (dirty.ts) whose fingerprints are unchanged leaves
 * its importers' facts as they were; `check --cache` keeps them in the facts, the editor reads the last memo.
 */
import type * as TS from 'typescript';
import type { Analysis, AnalysisMemo, Summary } from './analysis.js';
import { functionsOf } from './facts.js';
import { walk } from './syntax.js';
import type { Val } from './value.js';

/** Fingerprints of a file's summaries and class fields now, by position (compared with the previous run's). */
export function effectsOf(cx: Analysis, sf: TS.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const fn of functionsOf(cx.ts, sf)) out.set(`${fn.pos}`, fingerprint(summaryText(cx, cx.summary(fn))));
  const ts = cx.ts;
  walk(ts, sf, (n) => {
    const f = ts.isClassLike(n) ? cx.classFields(n) : undefined;
    if (f && f.size > 0) out.set(`class@${n.pos}`, fingerprint(JSON.stringify([...f].map(([k, v]) => [k, valText(v)]))));
  });
  return out;
}

/** The same fingerprints from the previous analysis's memo (editor). */
export function memoEffects(cx: Analysis, memo: AnalysisMemo, file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [fn, s] of memo.summaries) if (fn.getSourceFile().fileName === file) out.set(`${fn.pos}`, fingerprint(summaryText(cx, s)));
  for (const [cls, f] of memo.fields) if (f.size > 0 && cls.getSourceFile().fileName === file) out.set(`class@${cls.pos}`, fingerprint(JSON.stringify([...f].map(([k, v]) => [k, valText(v)]))));
  return out;
}

export function sameMaps(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of b) if (a.get(k) !== v) return false;
  return true;
}

/** cyrb53: a 53-bit string hash (the engine stays free of Node's crypto), as hex. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

function summaryText(cx: Analysis, s: Summary): string {
  return JSON.stringify({
    returns: valText(s.returns),
    hits: s.hits.map((h) => ({ at: cx.location(h.at), sink: h.sink, val: valText(h.val) })),
    thisFields: [...s.thisFields].map(([k, v]) => [k, valText(v)]),
  });
}

function valText(v: Val): unknown {
  return { labels: v.labels, params: v.params, ...(v.fields ? { fields: [...v.fields].map(([k, f]) => [k, valText(f)]) } : {}) };
}
