import { todayIso } from '../../i18n/format';

/** What a period start is chosen from: the case's summaries so far. */
interface Summarised {
  status: 'draft' | 'signed';
  periodEnd: string;
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Where the next period summary starts: the day after the latest signed one ends, or the case's first
 * day. Never after today, so that the default period is never backwards. Drafts do not count: until
 * signed, their period has not been reported to anyone.
 */
export function nextPeriodStart(
  summaries: readonly Summarised[],
  openedOn: string,
  today: string = todayIso(),
): string {
  const lastEnd = summaries
    .filter((s) => s.status === 'signed')
    .map((s) => s.periodEnd)
    .sort()
    .at(-1);
  const start = lastEnd ? dayAfter(lastEnd) : openedOn;
  return start > today ? today : start;
}
