import { helsinkiDate, helsinkiDayStart, teamMeetingDays } from '@verkosto/domain';
import type { Tx } from '../db/client';
import { teamMeetings, teamMembers, teams } from '../db/schema/index';
import { must } from './must';

/**
 * The multi-agency team of seed 003: Perheneuvola and Kehitykselliset palvelut meet twice a month
 * on Tuesdays at one o'clock; its meetings for the coming two months are planned.
 */
export async function seedTeam(tx: Tx, userIds: Map<string, string>) {
  const [team] = await tx
    .insert(teams)
    .values({
      name: 'Lasten ja nuorten monialainen tiimi',
      cadencePerMonth: 2,
      weekday: 2,
      time: '13:00',
      createdBy: must(userIds, 'marja'),
    })
    .returning({ id: teams.id });
  const teamId = team!.id;
  await tx
    .insert(teamMembers)
    .values(['aino', 'marja', 'sanna', 'jussi'].map((key) => ({ teamId, userId: must(userIds, key) })));
  const days = teamMeetingDays(2, 2, helsinkiDate(), 3);
  await tx
    .insert(teamMeetings)
    .values(
      days.map((d) => ({ teamId, startsAt: new Date(helsinkiDayStart(d).getTime() + 13 * 3_600_000) })),
    );
}
