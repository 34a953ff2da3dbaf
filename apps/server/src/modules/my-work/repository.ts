import { and, asc, eq, gte, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { cases, families, meetings, persons, planVersions, summaries, units } from '../../db/schema/index';
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
      pairWorker: sql<string | null>`(select u.display_name from users u
        where u.id = any(${meetings.workerIds}) and u.id <> ${userId}::uuid limit 1)`,
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

/** The actor's open cases with what their summaries' due dates follow from. */
export function summaryStateOfMyCases(tx: Tx, userId: string) {
  return tx
    .select({
      ...caseRefColumns,
      phase: cases.phase,
      openedOn: cases.openedOn,
      serviceType: cases.serviceType,
      templateId: cases.templateId,
      lastSummaryEnd: sql<string | null>`(select max(s.period_end)::text from ${summaries} s
        where s.case_id = ${cases.id} and s.kind = 'period' and s.status = 'signed')`,
      finalSigned: sql<boolean>`exists (select 1 from ${summaries} s
        where s.case_id = ${cases.id} and s.kind = 'final' and s.status = 'signed')`,
    })
    .from(cases)
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
