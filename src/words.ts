/** Small English phrasing shared by messages, reports and the CLI. */

/** "1 file", "3 files"; `many` for an irregular plural. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "a", "a and b", "a, b and c" (or "or"). */
export function listOf(parts: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts[parts.length - 1]}`;
}

/** Each distinct entry once, in first-seen order, with "×N" when it came N > 1 times: "a ×2", "b". */
export function counted(xs: readonly string[]): string[] {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].map(([x, k]) => (k > 1 ? `${x} ×${k}` : x));
}

/** Each distinct entry once, in first-seen order. */
export function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
