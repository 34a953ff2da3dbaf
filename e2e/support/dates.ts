/**
 * Dates as the specs type them into fields and read them off pages. The browser runs in Helsinki
 * (playwright.config.ts), as the county's users do, so "today" here is the Helsinki day the server
 * counts with too; and a date is printed by the UI's own formatter, never by a copy of it.
 */

import { formatDate } from '../../apps/web/src/i18n/format';
import { helsinkiDate, helsinkiDateIn } from '../../packages/domain/src/dates';

export const BROWSER_TIME_ZONE = 'Europe/Helsinki';

/** A calendar date some days from now in Helsinki, as a date field takes it (YYYY-MM-DD). */
export function daysFromNow(days: number, now: Date = new Date()): string {
  return helsinkiDateIn(days, now);
}

/**
 * The Helsinki date some months from now, as a date field takes it. A day the target month lacks
 * becomes its last day (31.8. + 6 months → 28.2. or 29.2.), not a day of the month after.
 */
export function monthsFromNow(months: number, now: Date = new Date()): string {
  const [y, m, d] = helsinkiDate(now).split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** A calendar date as the pages show it: the UI's own formatter (d.M.yyyy). */
export function shown(iso: string): string {
  return formatDate(iso);
}

/** Today in Helsinki as the pages show it. */
export function shownToday(now: Date = new Date()): string {
  return shown(helsinkiDate(now));
}

const helsinkiClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: BROWSER_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as the date and time fields take it in Helsinki: `2026-12-03` and `9.05`. */
export function helsinkiMoment(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(helsinkiClock.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: helsinkiDate(at), time: `${Number(parts.hour)}.${parts.minute}` };
}
