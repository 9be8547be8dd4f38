import { distance } from 'fastest-levenshtein';

/**
 * The closest candidate to a mistyped word, or undefined when none is close enough to be a likely typo
 * (one edit for words under four letters, else two or a third of the length, whichever is more).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const length = Math.max(word.length, best.length);
  const limit = length < 4 ? 1 : Math.max(2, Math.floor(length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "email"?)` or the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hit = closest(word, candidates);
  return hit === undefined ? '' : ` (did you mean "${hit}"?)`;
}

/** `"a", "b" or "c"` for messages. */
export function quoteList(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
