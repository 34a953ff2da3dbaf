import type { PlanContent } from '@verkosto/domain';
import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client';
import { cases, goalReviews, meetings, networkMembers, planVersions, users } from '../../db/schema/index';

const versionColumns = {
  caseId: planVersions.caseId,
  versionNo: planVersions.versionNo,
  meetingId: planVersions.meetingId,
  createdBy: users.displayName,
  createdAt: planVersions.createdAt,
};

export type VersionSummaryRow = Awaited<ReturnType<typeof versionsOfCase>>[number];
export type VersionRow = VersionSummaryRow & { content: Record<string, unknown> };

/** Every version of the case's plan, newest first, without content (the list of versions). */
export async function versionsOfCase(tx: Tx, caseId: string) {
  return tx
    .select(versionColumns)
    .from(planVersions)
    .innerJoin(users, eq(users.id, planVersions.createdBy))
    .where(eq(planVersions.caseId, caseId))
    .orderBy(desc(planVersions.versionNo));
}

/** One version; the latest when no number is given. */
export async function findVersion(tx: Tx, caseId: string, versionNo?: number): Promise<VersionRow | null> {
  const [row] = await tx
    .select({ ...versionColumns, content: planVersions.content })
    .from(planVersions)
    .innerJoin(users, eq(users.id, planVersions.createdBy))
    .where(
      versionNo === undefined
        ? eq(planVersions.caseId, caseId)
        : and(eq(planVersions.caseId, caseId), eq(planVersions.versionNo, versionNo)),
    )
    .orderBy(desc(planVersions.versionNo))
    .limit(1);
  return row ?? null;
}

/** The number of the latest version, 0 before the first. */
export async function latestVersionNo(tx: Tx, caseId: string): Promise<number> {
  const [row] = await tx
    .select({ versionNo: planVersions.versionNo })
    .from(planVersions)
    .where(eq(planVersions.caseId, caseId))
    .orderBy(desc(planVersions.versionNo))
    .limit(1);
  return row?.versionNo ?? 0;
}

/**
 * Drizzle wraps the driver's error in `cause`; node-postgres and PGlite alike carry the SQLSTATE in
 * `code` and the constraint's name, so the chain is walked rather than one driver's shape assumed.
 */
function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const db = e as Error & { code?: string; constraint?: string };
    if (db.code === '23505' && db.constraint === constraint) return true;
  }
  return false;
}

/**
 * Inserts the version; false when its number is taken, because a save over the same version
 * committed first. The insert runs in a savepoint, so the transaction survives the violation and
 * still commits its access-log rows before answering 409.
 */
export async function insertVersion(
  tx: Tx,
  version: {
    caseId: string;
    versionNo: number;
    content: PlanContent;
    meetingId: string | null;
    createdBy: string;
  },
): Promise<boolean> {
  try {
    await tx.transaction(async (savepoint) => {
      await savepoint.insert(planVersions).values(version);
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error, 'plan_versions_case_version_key')) return false;
    throw error;
  }
}

/** The case's network members the client has not refused: who may carry an action or be invited. */
export async function wantedMembers(tx: Tx, caseId: string) {
  return tx
    .select({ id: networkMembers.id, name: networkMembers.name })
    .from(networkMembers)
    .where(
      and(
        eq(networkMembers.caseId, caseId),
        isNull(networkMembers.removedAt),
        ne(networkMembers.clientChoice, 'not_wanted'),
      ),
    )
    .orderBy(asc(networkMembers.ring), asc(networkMembers.name));
}

const responsible = alias(users, 'responsible');
const pair = alias(users, 'pair');

/** The case's responsible and pair worker, in that order. */
export async function workersOfCase(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({
      responsibleId: responsible.id,
      responsibleName: responsible.displayName,
      pairId: pair.id,
      pairName: pair.displayName,
    })
    .from(cases)
    .innerJoin(responsible, eq(responsible.id, cases.responsibleWorkerId))
    .leftJoin(pair, eq(pair.id, cases.pairWorkerId))
    .where(eq(cases.id, caseId));
  if (!row) return [];
  const workers = [{ id: row.responsibleId, name: row.responsibleName }];
  if (row.pairId && row.pairName) workers.push({ id: row.pairId, name: row.pairName });
  return workers;
}

export async function isMeetingOfCase(tx: Tx, meetingId: string, caseId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.caseId, caseId)))
    .limit(1);
  return rows.length > 0;
}

const reviewColumns = {
  id: goalReviews.id,
  evaluatedAt: goalReviews.evaluatedAt,
  evaluatedBy: users.displayName,
  meetingId: goalReviews.meetingId,
  planVersionNo: goalReviews.planVersionNo,
  scores: goalReviews.scores,
};

export type ReviewRow = Awaited<ReturnType<typeof reviewsOfCase>>[number];

/** Reviews oldest first, as the attainment chart draws them. */
export async function reviewsOfCase(tx: Tx, caseId: string) {
  return tx
    .select(reviewColumns)
    .from(goalReviews)
    .innerJoin(users, eq(users.id, goalReviews.evaluatedBy))
    .where(eq(goalReviews.caseId, caseId))
    .orderBy(asc(goalReviews.evaluatedAt));
}

export async function findReview(tx: Tx, id: string): Promise<ReviewRow | null> {
  const [row] = await tx
    .select(reviewColumns)
    .from(goalReviews)
    .innerJoin(users, eq(users.id, goalReviews.evaluatedBy))
    .where(eq(goalReviews.id, id));
  return row ?? null;
}

export async function insertReview(tx: Tx, review: typeof goalReviews.$inferInsert): Promise<string> {
  const [row] = await tx.insert(goalReviews).values(review).returning({ id: goalReviews.id });
  return row!.id;
}
