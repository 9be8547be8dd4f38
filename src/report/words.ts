/**
 * Retention periods in words for readers of the report ("6 months after collection", "at the
 * 'membership_withdrawal' event"), from the manifest's ISO-8601 durations and end clauses.
 */
import { parseDuration } from '../manifest/duration.js';
import type { RetentionEnd } from '../manifest/schema.js';

const UNITS = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
] as const;

/** "P6M" -> "6 months", "P1Y6M" -> "1 year 6 months"; the text itself when it is not a duration. */
export function durationWords(text: string): string {
  const d = parseDuration(text);
  if (!d) return text;
  const parts = UNITS.filter(([k]) => d[k] > 0).map(([k, unit]) => `${d[k]} ${unit}${d[k] === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(' ') : text;
}

export function periodWords(end: RetentionEnd): string {
  if (end === 'unspecified') return 'unspecified';
  if ('firstOf' in end) return `whichever comes first: ${end.firstOf.map(periodWords).join('; ')}`;
  if ('event' in end) return end.after ? `${durationWords(end.after)} after the '${end.event}' event` : `until the '${end.event}' event`;
  return `${durationWords(end.after)} after ${end.since}`;
}
