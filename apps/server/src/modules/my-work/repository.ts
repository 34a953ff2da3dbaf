import { and, asc, eq, gte, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { cases, families, meetings, persons, planVersions, units } from '../../db/schema/index';
import { caseRefColumns } from '../cases/case-ref';

/** The actor's own planned meetings from now on. */
export function upcomingMeetings(tx: Tx, userId: string, now: Date) {
  return tx
    .select({
      ...caseRefColumns,
      meetingId: meetings.id,
      type: meetings.type,
      setting: meetings.setting,
      startsAt: meetings.startsAt,
    })
    .from(meetings)
    .innerJoin(cases, eq(cases.id, meetings.caseId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(families, eq(families.id, cases.familyId))
    .where(
      and(
        sql`${meetings.workerIds} @> array[${userId}]::uuid[]`,
        eq(meetings.status, 'planned'),
        gte(meetings.startsAt, now),
      ),
    )
    .orderBy(asc(meetings.startsAt))
    .limit(50);
}

/** The latest plan version of each open case the actor is responsible or pair worker for. */
export function latestPlansOfMyCases(tx: Tx, userId: string) {
  const latest = tx
    .selectDistinctOn([planVersions.caseId], {
      caseId: planVersions.caseId,
      versionNo: planVersions.versionNo,
      content: planVersions.content,
    })
    .from(planVersions)
    .orderBy(planVersions.caseId, sql`${planVersions.versionNo} desc`)
    .as('latest');
  return tx
    .select({ ...caseRefColumns, versionNo: latest.versionNo, content: latest.content })
    .from(cases)
    .innerJoin(latest, eq(latest.caseId, cases.id))
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(families, eq(families.id, cases.familyId))
    .where(
      and(
        eq(cases.status, 'open'),
        or(eq(cases.responsibleWorkerId, userId), eq(cases.pairWorkerId, userId)),
      ),
    );
}
