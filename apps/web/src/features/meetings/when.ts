import type { Issue } from '../../components/form-errors';

/**
 * A meeting's time as people type it: a calendar date from the date field and a time such as
 * 14.30 (or 14:30, or 9). The instant sent to the server is the browser's local time.
 */

const timePattern = /^(\d{1,2})(?:[.:](\d{2}))?$/;

/** "14.30", "14:30" or "9" → hours and minutes; null when it is not a time of day. */
export function parseTime(text: string): { hours: number; minutes: number } | null {
  const match = timePattern.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return { hours, minutes };
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ISO instant of a local date and time of day; null if either cannot be read. */
export function instantOf(date: string, time: string): string | null {
  const d = datePattern.exec(date);
  const t = parseTime(time);
  if (!d || !t) return null;
  const local = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), t.hours, t.minutes);
  if (Number.isNaN(local.getTime()) || local.getDate() !== Number(d[3])) return null;
  return local.toISOString();
}

/** Whole minutes from a typed duration; NaN when it is not a whole number. */
export function minutesOf(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The date and time fields' own problems, by the draft's paths; the schema's `startsAt` issue is
 * then reported on the date field only if both could be read.
 */
export function whenIssues(date: string, time: string, prefix: readonly PropertyKey[] = []): Issue[] {
  const issues: Issue[] = [];
  if (!datePattern.test(date)) issues.push({ path: [...prefix, 'date'], message: 'invalid_date' });
  if (!parseTime(time)) issues.push({ path: [...prefix, 'time'], message: 'invalid' });
  return issues;
}

/** The local calendar date of an instant, as the date field holds it. */
export function dateText(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The end of a meeting, for "14.00–15.30". */
export function endOf(startsAt: string, durationMinutes: number): string {
  return new Date(new Date(startsAt).getTime() + durationMinutes * 60_000).toISOString();
}
