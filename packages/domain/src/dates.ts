/**
 * The county's calendar day. The server runs in UTC, but a day in the services is a day in Finland:
 * a consent valid "until 31.5." still holds at 23.30 that evening in Helsinki, when UTC has already
 * turned to the next day.
 */
const helsinkiParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) in Helsinki at the given instant. */
export function helsinkiDate(at: Date = new Date()): string {
  const parts = Object.fromEntries(helsinkiParts.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The instant a Helsinki calendar day begins (22.00 or 21.00 UTC the day before). */
export function helsinkiDayStart(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  for (const hour of [21, 22]) {
    const candidate = new Date(Date.UTC(y, m - 1, d - 1, hour));
    if (helsinkiDate(candidate) === isoDate && helsinkiDate(new Date(candidate.getTime() - 1)) !== isoDate) {
      return candidate;
    }
  }
  return new Date(Date.UTC(y, m - 1, d) - 2 * 3_600_000);
}

/** The instant the Helsinki calendar day after `isoDate` begins: the end of that day. */
export function helsinkiDayEnd(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return helsinkiDayStart(new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10));
}

/** The Helsinki date `days` from now: for tests and defaults that count days. */
export function helsinkiDateIn(days: number, from: Date = new Date()): string {
  return helsinkiDate(new Date(from.getTime() + days * 86_400_000));
}

/** A date as the three languages print it in Finland: 2.11.2026. */
export function printedDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}
