import {
  type ConcernAssessment,
  type ConcernPerspective,
  type MeetingSummary,
  zonePosition,
} from '@verkosto/domain';
import { todayIso } from '../../i18n/format';

/** One rater's ratings in time order: a line on the chart. Raters are never combined. */
export interface TrendSeries {
  key: string;
  perspective: ConcernPerspective;
  raterLabel: string;
  ratings: ConcernAssessment[];
}

/** The same key the server uses for "the latest rating of each rater". */
export const raterKey = (a: { perspective: ConcernPerspective; raterLabel: string }) =>
  `${a.perspective}|${a.raterLabel}`;

/** The local calendar day of an instant. */
export const dayOf = (iso: string) => todayIso(new Date(iso));

export function trendSeries(assessments: readonly ConcernAssessment[]): TrendSeries[] {
  const byRater = new Map<string, TrendSeries>();
  const sorted = [...assessments].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  for (const a of sorted) {
    const key = raterKey(a);
    const series = byRater.get(key) ?? {
      key,
      perspective: a.perspective,
      raterLabel: a.raterLabel,
      ratings: [],
    };
    series.ratings.push(a);
    byRater.set(key, series);
  }
  return [...byRater.values()];
}

/** The meetings drawn on the time axis: not cancelled, from the first rating's day until today. */
export function meetingsInRange(
  meetings: readonly MeetingSummary[],
  assessments: readonly ConcernAssessment[],
  today: string = todayIso(),
): MeetingSummary[] {
  const first = assessments.map((a) => dayOf(a.recordedAt)).sort()[0];
  if (!first) return [];
  return meetings
    .filter((m) => m.status !== 'cancelled')
    .filter((m) => dayOf(m.startsAt) >= first && dayOf(m.startsAt) <= today)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The days on the time axis, in order: each day with a rating or a meeting has its own slot. */
export function axisDays(
  assessments: readonly ConcernAssessment[],
  meetings: readonly MeetingSummary[],
): string[] {
  const days = new Set(
    [...assessments.map((a) => a.recordedAt), ...meetings.map((m) => m.startsAt)].map(dayOf),
  );
  return [...days].sort();
}

export interface PlacedPoint {
  rating: ConcernAssessment;
  /** Slot on the time axis, with a fraction for several ratings by one rater on one day. */
  slot: number;
  position: number;
}

/**
 * Where each of a rater's ratings sits: its day's slot, spread a little when the rater rated more
 * than once that day, and the zone's position (3.5 for the upper grey zone).
 */
export function placeSeries(series: TrendSeries, days: readonly string[]): PlacedPoint[] {
  const perDay = new Map<string, number>();
  for (const r of series.ratings) perDay.set(dayOf(r.recordedAt), (perDay.get(dayOf(r.recordedAt)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return series.ratings.map((rating) => {
    const day = dayOf(rating.recordedAt);
    const count = perDay.get(day) ?? 1;
    const k = seen.get(day) ?? 0;
    seen.set(day, k + 1);
    const spread = count > 1 ? (k / (count - 1) - 0.5) * 0.5 : 0;
    return { rating, slot: days.indexOf(day) + spread, position: zonePosition(rating.zone) };
  });
}
