import { addDays } from './working-days';

/**
 * The days a team meets in the months from `from` on: the first given weekday of each month, and the
 * third too when it meets twice a month (seed 003: once or twice a month). Days before `from` are left out.
 */
export function teamMeetingDays(
  cadencePerMonth: number,
  weekday: number,
  from: string,
  months: number,
): string[] {
  const [y, m] = from.split('-').map(Number) as [number, number];
  const days: string[] = [];
  for (let i = 0; i < months; i++) {
    const first = new Date(Date.UTC(y, m - 1 + i, 1)).toISOString().slice(0, 10);
    const isoWeekday = ((new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const firstMatch = addDays(first, (weekday - isoWeekday + 7) % 7);
    const wanted = cadencePerMonth >= 2 ? [firstMatch, addDays(firstMatch, 14)] : [firstMatch];
    for (const d of wanted) if (d >= from) days.push(d);
  }
  return days;
}
