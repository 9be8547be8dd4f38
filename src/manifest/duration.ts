import { DURATION_PATTERN } from './schema.js';

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Parses an ISO-8601 duration (P6M, P1Y, P30D, PT12H); undefined when malformed. */
export function parseDuration(text: string): Duration | undefined {
  const m = DURATION_PATTERN.exec(text);
  if (!m) return undefined;
  const n = (s: string | undefined) => (s ? Number.parseInt(s, 10) : 0);
  return { years: n(m[1]), months: n(m[2]), weeks: n(m[3]), days: n(m[4]), hours: n(m[6]), minutes: n(m[7]), seconds: n(m[8]) };
}

/** Approximate length in days (a month is 30 days, a year 365): for comparing periods, not calendars. */
export function durationInDays(text: string): number {
  const d = parseDuration(text);
  if (!d) return Number.NaN;
  return d.years * 365 + d.months * 30 + d.weeks * 7 + d.days + (d.hours + (d.minutes + d.seconds / 60) / 60) / 24;
}
