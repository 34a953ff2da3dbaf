/**
 * Dates and times in the Finnish style in every language: 1.6.2027 and 14.30.
 * Calendar dates (YYYY-MM-DD) are read as they are, never shifted by a time zone;
 * timestamps are shown in the browser's local time.
 */

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(value: string): Date | null {
  const match = calendarDate.exec(value);
  if (match) {
    const [, y, m, d] = match;
    return new Date(Number(y), Number(m) - 1, Number(d));
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `2027-06-01` or a timestamp → `1.6.2027`; empty for a missing or unreadable value. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = parse(value);
  if (!date) return value;
  return `${date.getDate()}.${date.getMonth() + 1}.${date.getFullYear()}`;
}

/** A timestamp → `14.30` (hours without a leading zero, minutes with one). */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = parse(value);
  if (!date) return '';
  return `${date.getHours()}.${String(date.getMinutes()).padStart(2, '0')}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Today in the browser's calendar as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Full years between a calendar date of birth and today; null if the date cannot be read. */
export function ageInYears(dateOfBirth: string, now: Date = new Date()): number | null {
  const match = calendarDate.exec(dateOfBirth);
  if (!match) return null;
  const [, y, m, d] = match;
  let age = now.getFullYear() - Number(y);
  const month = now.getMonth() + 1;
  if (month < Number(m) || (month === Number(m) && now.getDate() < Number(d))) age -= 1;
  return age >= 0 ? age : null;
}
