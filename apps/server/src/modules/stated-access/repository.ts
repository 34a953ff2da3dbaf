import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client';
import { accessLog, cases, organisations, statedAccesses, units, users } from '../../db/schema/index';

const reviewer = alias(users, 'reviewer');
const caseUnit = alias(units, 'case_unit');

export async function insertStatedAccess(tx: Tx, row: typeof statedAccesses.$inferInsert) {
  const [inserted] = await tx.insert(statedAccesses).values(row).returning({
    id: statedAccesses.id,
    caseId: statedAccesses.caseId,
    legalBasis: statedAccesses.legalBasis,
    expiresAt: statedAccesses.expiresAt,
  });
  if (!inserted) throw new Error('stated access insert returned nothing');
  return inserted;
}

/** The case a statement is about: whom it concerns, for the log and for the relation check. */
export async function caseOfStatement(tx: Tx, caseId: string) {
  const rows = await tx
    .select({ personId: cases.personId, familyId: cases.familyId })
    .from(cases)
    .where(eq(cases.id, caseId));
  return rows[0] ?? null;
}

const reviewColumns = {
  id: statedAccesses.id,
  caseId: statedAccesses.caseId,
  userId: statedAccesses.userId,
  unitId: statedAccesses.unitId,
  statedAt: statedAccesses.statedAt,
  expiresAt: statedAccesses.expiresAt,
  legalBasis: statedAccesses.legalBasis,
  explanation: statedAccesses.explanation,
  workerName: users.displayName,
  workerTitle: users.title,
  caseUnit: caseUnit.name,
  caseOrganisation: organisations.name,
  personId: cases.personId,
  familyId: cases.familyId,
  reviewVerdict: statedAccesses.reviewVerdict,
  reviewComment: statedAccesses.reviewComment,
  reviewer: reviewer.displayName,
  reviewedAt: statedAccesses.reviewedAt,
  // Reads of the case that rested on this statement, counted from the access log itself.
  reads: sql<number>`(select count(*)::int from ${accessLog}
    where ${accessLog.recordId} = ${statedAccesses.caseId}
      and ${accessLog.action} = 'read'
      and ${accessLog.recordType} = 'case'
      and ${accessLog.basis} = 'stated_legal_basis'
      and ${accessLog.detail}->>'statedAccessId' = ${statedAccesses.id}::text)`,
};

function selectForReview(tx: Tx) {
  return tx
    .select(reviewColumns)
    .from(statedAccesses)
    .innerJoin(users, eq(users.id, statedAccesses.userId))
    .innerJoin(cases, eq(cases.id, statedAccesses.caseId))
    .innerJoin(caseUnit, eq(caseUnit.id, cases.unitId))
    .innerJoin(organisations, eq(organisations.id, caseUnit.organisationId))
    .leftJoin(reviewer, eq(reviewer.id, statedAccesses.reviewedBy));
}

export type StatedAccessRow = Awaited<ReturnType<typeof findForReview>>[number];

/** Statements made in the given units, unreviewed first, newest first; never the reviewer's own. */
export function findForReview(tx: Tx, unitIds: readonly string[], exceptUserId: string) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return selectForReview(tx)
    .where(
      and(inArray(statedAccesses.unitId, [...unitIds]), sql`${statedAccesses.userId} <> ${exceptUserId}`),
    )
    .orderBy(sql`${statedAccesses.reviewedAt} is not null`, desc(statedAccesses.statedAt))
    .limit(200);
}

export async function findOneForReview(tx: Tx, id: string) {
  const rows = await selectForReview(tx).where(eq(statedAccesses.id, id));
  return rows[0] ?? null;
}

/** Sets the review once: a second review of the same statement changes nothing. */
export async function recordReview(
  tx: Tx,
  id: string,
  review: { verdict: string; comment: string | null; reviewedBy: string },
): Promise<boolean> {
  const updated = await tx
    .update(statedAccesses)
    .set({
      reviewVerdict: review.verdict,
      reviewComment: review.comment,
      reviewedBy: review.reviewedBy,
      reviewedAt: sql`now()`,
    })
    .where(and(eq(statedAccesses.id, id), isNull(statedAccesses.reviewedAt)))
    .returning({ id: statedAccesses.id });
  return updated.length > 0;
}
