import { and, asc, eq, gte, lt, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { cases, families, meetings, organisations, persons, summaries, units } from '../../db/schema/index';

/** The cases an organisation bought, with who provides them. */
export function purchasedCases(tx: Tx, organisationId: string) {
  return tx
    .select({
      caseId: cases.id,
      personId: cases.personId,
      familyId: cases.familyId,
      firstNames: persons.firstNames,
      lastName: persons.lastName,
      familyName: families.name,
      unit: units.name,
      provider: organisations.name,
      serviceType: cases.serviceType,
      phase: cases.phase,
      status: cases.status,
      openedOn: cases.openedOn,
      closedOn: cases.closedOn,
      purchaserOrganisationId: cases.purchaserOrganisationId,
    })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .innerJoin(organisations, eq(organisations.id, units.organisationId))
    .leftJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(families, eq(families.id, cases.familyId))
    .where(eq(cases.purchaserOrganisationId, organisationId))
    .orderBy(asc(cases.openedOn));
}

/** Meetings delivered on the purchased cases within [start, end): counted by type and setting. */
export function deliveredMeetings(tx: Tx, organisationId: string, start: Date, end: Date) {
  return tx
    .select({
      caseId: meetings.caseId,
      type: meetings.type,
      setting: meetings.setting,
      n: sql<number>`count(*)::int`,
    })
    .from(meetings)
    .innerJoin(cases, eq(cases.id, meetings.caseId))
    .where(
      and(
        eq(cases.purchaserOrganisationId, organisationId),
        ne(meetings.status, 'cancelled'),
        gte(meetings.startsAt, start),
        lt(meetings.startsAt, end),
        lt(meetings.startsAt, new Date()),
      ),
    )
    .groupBy(meetings.caseId, meetings.type, meetings.setting);
}

export function signedSummaries(tx: Tx, organisationId: string) {
  return tx
    .select({
      id: summaries.id,
      caseId: summaries.caseId,
      kind: summaries.kind,
      periodStart: summaries.periodStart,
      periodEnd: summaries.periodEnd,
      signedAt: summaries.signedAt,
    })
    .from(summaries)
    .innerJoin(cases, eq(cases.id, summaries.caseId))
    .where(and(eq(cases.purchaserOrganisationId, organisationId), eq(summaries.status, 'signed')))
    .orderBy(asc(summaries.periodEnd));
}
