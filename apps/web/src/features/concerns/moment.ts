/**
 * A moment as people type it on the urgent record: a calendar date from a date field and a time of
 * day such as 14.30 (or 14:30, or 9), in the browser's own time.
 */

const timePattern = /^(\d{1,2})(?:[.:](\d{2}))?$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** "14.30", "14:30" or "9" → hours and minutes; null when it is not a time of day. */
export function parseTime(text: string): { hours: number; minutes: number } | null {
  const match = timePattern.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return { hours, minutes };
}

export function isDateText(text: string): boolean {
  return datePattern.test(text);
}

/** The ISO instant of a local date and time of day; null if either cannot be read. */
export function instantOf(date: string, time: string): string | null {
  const d = datePattern.exec(date);
  const t = parseTime(time);
  if (!d || !t) return null;
  const local = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), t.hours, t.minutes);
  if (Number.isNaN(local.getTime()) || local.getDate() !== Number(d[3])) return null;
  return local.toISOString();
}

/** The local calendar date of an instant, as a date field holds it. */
export function dateText(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local time of day of an instant, as the time field shows it: 9.05. */
export function timeText(iso: string): string {
  const d = new Date(iso);
  return `${d.getHours()}.${pad(d.getMinutes())}`;
}
