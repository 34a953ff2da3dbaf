import type { TeamSummary } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';

/** Meeting weekdays as the API numbers them (ISO: 1 = Monday … 5 = Friday), as keys of the words. */
export const weekdays = ['1', '2', '3', '4', '5'] as const;
export type Weekday = (typeof weekdays)[number];

export function weekdayOf(n: number): Weekday {
  return weekdays[Math.min(Math.max(n, 1), 5) - 1] ?? '1';
}

/** "09:30" → "9.30", as the pages show times. */
export function clockText(time: string): string {
  const [h, m] = time.split(':');
  return `${Number(h)}.${m ?? '00'}`;
}

/** "Twice a month: the first and third Monday of the month at 13.00". */
export function useCadenceText() {
  const { t } = useTranslation();
  return (team: Pick<TeamSummary, 'cadencePerMonth' | 'weekday' | 'time'>) => {
    const values = { weekday: t(`teams.weekdayOn.${weekdayOf(team.weekday)}`), time: clockText(team.time) };
    return team.cadencePerMonth === 1 ? t('teams.cadence.once', values) : t('teams.cadence.twice', values);
  };
}

type Member = TeamSummary['members'][number];

/**
 * The members under each of their units, units in the order of first appearance: a member of two
 * units is shown under both, since the team asks each unit's view.
 */
export function membersByUnit(members: readonly Member[]): { unit: string; members: Member[] }[] {
  const groups = new Map<string, Member[]>();
  for (const member of members) {
    for (const unit of member.units) groups.set(unit, [...(groups.get(unit) ?? []), member]);
  }
  return [...groups].map(([unit, unitMembers]) => ({ unit, members: unitMembers }));
}
