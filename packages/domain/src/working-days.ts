/**
 * Finnish working days, for statutory clocks (e.g. Social Welfare Act 36 §: a service need assessment
 * started by the 7th working day). A working day is Monday to Friday, not a public holiday, and not
 * Midsummer Eve or Christmas Eve, which are days off in practice. Dates are ISO calendar dates
 * (YYYY-MM-DD) and are handled in UTC so that no time zone moves a day.
 */

const DAY_MS = 86_400_000;

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(toDate(iso).getTime() + days * DAY_MS));
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The weekday (0 Sunday … 6 Saturday) of the first date on or after `from` that falls on `weekday`. */
function firstWeekdayOnOrAfter(from: string, weekday: number): string {
  const d = toDate(from);
  return addDays(from, (weekday - d.getUTCDay() + 7) % 7);
}

/** The days that are not working days in a year besides weekends: holidays and the two eves. */
export function finnishDaysOff(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const y = String(year);
  const midsummerEve = firstWeekdayOnOrAfter(`${y}-06-19`, 5);
  return new Map([
    [`${y}-01-01`, 'new_year'],
    [`${y}-01-06`, 'epiphany'],
    [addDays(easter, -2), 'good_friday'],
    [easter, 'easter_sunday'],
    [addDays(easter, 1), 'easter_monday'],
    [`${y}-05-01`, 'may_day'],
    [addDays(easter, 39), 'ascension_day'],
    [addDays(easter, 49), 'whitsun'],
    [midsummerEve, 'midsummer_eve'],
    [addDays(midsummerEve, 1), 'midsummer_day'],
    [firstWeekdayOnOrAfter(`${y}-10-31`, 6), 'all_saints_day'],
    [`${y}-12-06`, 'independence_day'],
    [`${y}-12-24`, 'christmas_eve'],
    [`${y}-12-25`, 'christmas_day'],
    [`${y}-12-26`, 'st_stephens_day'],
  ]);
}

const cache = new Map<number, Map<string, string>>();
function daysOff(year: number): Map<string, string> {
  let found = cache.get(year);
  if (!found) {
    found = finnishDaysOff(year);
    cache.set(year, found);
  }
  return found;
}

export function isWorkingDay(iso: string): boolean {
  const d = toDate(iso);
  const weekday = d.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !daysOff(d.getUTCFullYear()).has(iso);
}

/**
 * The n-th working day after `from` (the day of the referral itself not counted): with n = 7, the
 * last day on which a service need assessment must have started.
 */
export function addWorkingDays(from: string, n: number): string {
  let day = from;
  let counted = 0;
  while (counted < n) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

/**
 * The same day `months` later, or the month's last day when it has no such day (30 November + 3
 * months = 28 or 29 February): "within three months".
 */
export function addMonths(iso: string, months: number): string {
  const d = toDate(iso);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return toIso(target);
}
