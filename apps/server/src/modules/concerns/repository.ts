import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import {
  cases,
  concernAssessments,
  families,
  meetings,
  networkMembers,
  persons,
  units,
  urgentRecords,
  users,
} from '../../db/schema/index';
import { caseRefColumns } from '../cases/case-ref';

export type AssessmentRow = Awaited<ReturnType<typeof assessmentsOfCase>>[number];

export async function insertAssessment(tx: Tx, row: typeof concernAssessments.$inferInsert) {
  const [inserted] = await tx.insert(concernAssessments).values(row).returning({ id: concernAssessments.id });
  return inserted!.id;
}

export async function insertUrgentRecord(tx: Tx, assessmentId: string, caseId: string) {
  await tx.insert(urgentRecords).values({ assessmentId, caseId });
}

export function assessmentsOfCase(tx: Tx, caseId: string) {
  return tx
    .select({ assessment: concernAssessments, recordedBy: users.displayName, urgent: urgentRecords })
    .from(concernAssessments)
    .innerJoin(users, eq(users.id, concernAssessments.recordedBy))
    .leftJoin(urgentRecords, eq(urgentRecords.assessmentId, concernAssessments.id))
    .where(eq(concernAssessments.caseId, caseId))
    .orderBy(asc(concernAssessments.recordedAt));
}

export async function userName(tx: Tx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

export async function findAssessment(tx: Tx, id: string) {
  const [row] = await tx
    .select({ assessment: concernAssessments, urgent: urgentRecords })
    .from(concernAssessments)
    .leftJoin(urgentRecords, eq(urgentRecords.assessmentId, concernAssessments.id))
    .where(eq(concernAssessments.id, id));
  return row ?? null;
}

export async function updateUrgentRecord(
  tx: Tx,
  assessmentId: string,
  version: number,
  fields: Omit<typeof urgentRecords.$inferInsert, 'assessmentId' | 'caseId' | 'version'>,
) {
  const [row] = await tx
    .update(urgentRecords)
    .set({ ...fields, version: version + 1 })
    .where(and(eq(urgentRecords.assessmentId, assessmentId), eq(urgentRecords.version, version)))
    .returning({ assessmentId: urgentRecords.assessmentId });
  return row ?? null;
}

export async function memberOfCase(tx: Tx, caseId: string, memberId: string) {
  const [row] = await tx
    .select({ name: networkMembers.name })
    .from(networkMembers)
    .where(
      and(
        eq(networkMembers.id, memberId),
        eq(networkMembers.caseId, caseId),
        isNull(networkMembers.removedAt),
      ),
    );
  return row ?? null;
}

export async function meetingOfCase(tx: Tx, caseId: string, meetingId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.caseId, caseId)));
  return rows.length > 0;
}

/** The emergency social services number: the case's unit's own, else one the organisation has set. */
export async function emergencyPhoneFor(tx: Tx, caseId: string): Promise<string | null> {
  const [own] = await tx
    .select({ phone: units.emergencyPhone, organisationId: units.organisationId })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(eq(cases.id, caseId));
  if (!own) return null;
  if (own.phone) return own.phone;
  const [any] = await tx
    .select({ phone: units.emergencyPhone })
    .from(units)
    .where(and(eq(units.organisationId, own.organisationId), isNotNull(units.emergencyPhone)))
    .orderBy(asc(units.name))
    .limit(1);
  return any?.phone ?? null;
}

/** Zone-4 ratings on the open cases of these units whose record of what was done is not complete. */
export function openUrgentInUnits(tx: Tx, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      ...caseRefColumns,
      assessmentId: concernAssessments.id,
      recordedAt: concernAssessments.recordedAt,
      recordedBy: users.displayName,
    })
    .from(urgentRecords)
    .innerJoin(concernAssessments, eq(concernAssessments.id, urgentRecords.assessmentId))
    .innerJoin(users, eq(users.id, concernAssessments.recordedBy))
    .innerJoin(cases, eq(cases.id, urgentRecords.caseId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(families, eq(families.id, cases.familyId))
    .where(and(isNull(urgentRecords.completedAt), inArray(cases.unitId, unitIds), eq(cases.status, 'open')))
    .orderBy(asc(concernAssessments.recordedAt));
}

/**
 * Each rater's latest rating on open cases matching `where`, when its follow-up date has come: a
 * newer rating by the same rater is the follow-up.
 */
export function dueFollowUps(tx: Tx, caseFilter: SQL, today: string) {
  const latest = tx
    .selectDistinctOn(
      [concernAssessments.caseId, concernAssessments.perspective, concernAssessments.raterLabel],
      {
        id: concernAssessments.id,
        caseId: concernAssessments.caseId,
        zone: concernAssessments.zone,
        perspective: concernAssessments.perspective,
        raterLabel: concernAssessments.raterLabel,
        followUpOn: concernAssessments.followUpOn,
      },
    )
    .from(concernAssessments)
    .innerJoin(cases, eq(cases.id, concernAssessments.caseId))
    .where(and(caseFilter, eq(cases.status, 'open')))
    .orderBy(
      concernAssessments.caseId,
      concernAssessments.perspective,
      concernAssessments.raterLabel,
      desc(concernAssessments.recordedAt),
    )
    .as('latest');
  return tx
    .select({
      ...caseRefColumns,
      assessmentId: latest.id,
      zone: latest.zone,
      perspective: latest.perspective,
      raterLabel: latest.raterLabel,
      followUpOn: latest.followUpOn,
    })
    .from(latest)
    .innerJoin(cases, eq(cases.id, latest.caseId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(families, eq(families.id, cases.familyId))
    .where(lte(latest.followUpOn, today))
    .orderBy(asc(latest.followUpOn));
}

export const casesOfUnits = (unitIds: string[]): SQL => inArray(cases.unitId, unitIds);
export const casesOfWorker = (userId: string): SQL =>
  sql`(${cases.responsibleWorkerId} = ${userId} or ${cases.pairWorkerId} = ${userId})`;
