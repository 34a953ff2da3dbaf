import type { Tx } from '../db/client';
import { meetings } from '../db/schema/index';
import { must } from './must';

/**
 * The Korpela family's family work at Kompassi so far (seed 001): the intake with the purchaser at the
 * office, then assessment visits at home — what the period summary and the purchaser's figures count.
 */
export async function seedKorpelaWork(tx: Tx, caseId: string, userIds: Map<string, string>) {
  const kaisa = must(userIds, 'kaisa');
  const held = (type: string, setting: string, startsAt: string, place: string) => ({
    caseId,
    type,
    setting,
    startsAt: new Date(startsAt),
    durationMinutes: 90,
    place,
    status: 'held',
    workerIds: [kaisa],
    agenda: [],
    createdBy: kaisa,
  });
  await tx
    .insert(meetings)
    .values([
      held('intake', 'office', '2026-10-13T09:00:00+03:00', 'Kompassin toimisto'),
      held('assessment_visit', 'home', '2026-10-20T14:00:00+03:00', 'Kotikäynti'),
      held('assessment_visit', 'home', '2026-11-03T14:00:00+02:00', 'Kotikäynti'),
      held('assessment_visit', 'familiar_place', '2026-11-17T15:00:00+02:00', 'Kirjaston perhehuone'),
    ]);
}
