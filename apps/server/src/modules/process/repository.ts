import type { CasePhase, ServiceType } from '@verkosto/domain';
import { and, asc, desc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import {
  casePhaseChanges,
  cases,
  meetingParticipants,
  meetings,
  networkMembers,
  reviewDecisions,
  serviceDirectory,
  summaries,
  users,
} from '../../db/schema/index';

/** The case fields the process needs. */
export async function processCase(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({
      id: cases.id,
      phase: cases.phase,
      status: cases.status,
      version: cases.version,
      openedOn: cases.openedOn,
      serviceType: cases.serviceType,
      templateId: cases.templateId,
      purchaserOrganisationId: cases.purchaserOrganisationId,
    })
    .from(cases)
    .where(eq(cases.id, caseId));
  return row ? { ...row, phase: row.phase as CasePhase, serviceType: row.serviceType as ServiceType } : null;
}
export type ProcessCase = NonNullable<Awaited<ReturnType<typeof processCase>>>;

export function phaseChanges(tx: Tx, caseId: string) {
  return tx
    .select({ change: casePhaseChanges, changedBy: users.displayName })
    .from(casePhaseChanges)
    .innerJoin(users, eq(users.id, casePhaseChanges.changedBy))
    .where(eq(casePhaseChanges.caseId, caseId))
    .orderBy(asc(casePhaseChanges.changedAt), asc(casePhaseChanges.id));
}
export type PhaseChangeRow = Awaited<ReturnType<typeof phaseChanges>>[number];

/** Moves the case to `phase` over the version the worker saw; false when someone saved first. */
export async function movePhase(
  tx: Tx,
  c: { caseId: string; version: number; from: CasePhase; to: CasePhase },
  change: { reason: string; warnings: string[]; changedBy: string },
) {
  const moved = await tx
    .update(cases)
    .set({ phase: c.to, version: c.version + 1, updatedAt: new Date() })
    .where(and(eq(cases.id, c.caseId), eq(cases.version, c.version), eq(cases.status, 'open')))
    .returning({ id: cases.id });
  if (moved.length === 0) return false;
  await insertPhaseChange(tx, c.caseId, c.from, c.to, change);
  return true;
}

export async function insertPhaseChange(
  tx: Tx,
  caseId: string,
  from: CasePhase,
  to: CasePhase,
  change: { reason: string; warnings: string[]; changedBy: string },
) {
  await tx.insert(casePhaseChanges).values({ caseId, fromPhase: from, toPhase: to, ...change });
}

/** Assessment visits of the case that were not cancelled: what the template's 3–5 counts. */
export async function assessmentMeetingCount(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(meetings)
    .where(
      and(
        eq(meetings.caseId, caseId),
        eq(meetings.type, 'assessment_visit'),
        ne(meetings.status, 'cancelled'),
      ),
    );
  return row?.n ?? 0;
}

/**
 * The case's network meetings that could be its review — held or begun, since the review decides in
 * the meeting, not before it — and whether someone of the purchasing organisation takes part: a
 * participant who is a network member linked to one of its users.
 */
export async function reviewMeetings(tx: Tx, caseId: string, purchaserOrganisationId: string | null) {
  const rows = await tx
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(
      and(
        eq(meetings.caseId, caseId),
        eq(meetings.type, 'network_meeting'),
        ne(meetings.status, 'cancelled'),
        lte(meetings.startsAt, new Date()),
      ),
    )
    .orderBy(desc(meetings.startsAt));
  const withPurchaser = new Set<string>();
  if (purchaserOrganisationId && rows.length > 0) {
    const present = await tx
      .selectDistinct({ meetingId: meetingParticipants.meetingId })
      .from(meetingParticipants)
      .innerJoin(networkMembers, eq(networkMembers.id, meetingParticipants.memberId))
      .innerJoin(users, eq(users.id, networkMembers.userId))
      .where(
        and(
          inArray(
            meetingParticipants.meetingId,
            rows.map((r) => r.id),
          ),
          eq(users.organisationId, purchaserOrganisationId),
          sql`${meetingParticipants.attendance} is distinct from 'absent'`,
        ),
      );
    for (const p of present) withPurchaser.add(p.meetingId);
  }
  return rows.map((r) => ({ ...r, purchaserPresent: withPurchaser.has(r.id) }));
}

export async function latestReviewDecision(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({
      decision: reviewDecisions,
      meetingStartsAt: meetings.startsAt,
      serviceName: serviceDirectory.name,
      decidedBy: users.displayName,
    })
    .from(reviewDecisions)
    .innerJoin(meetings, eq(meetings.id, reviewDecisions.meetingId))
    .innerJoin(users, eq(users.id, reviewDecisions.decidedBy))
    .leftJoin(serviceDirectory, eq(serviceDirectory.id, reviewDecisions.serviceId))
    .where(eq(reviewDecisions.caseId, caseId))
    .orderBy(desc(reviewDecisions.decidedAt))
    .limit(1);
  return row ?? null;
}
export type ReviewDecisionRow = NonNullable<Awaited<ReturnType<typeof latestReviewDecision>>>;

export async function insertReviewDecision(tx: Tx, values: typeof reviewDecisions.$inferInsert) {
  await tx.insert(reviewDecisions).values(values);
}

/** What the summaries add to the process: the signed final evaluation, and the last signed period's end. */
export async function summaryFacts(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({
      finalSigned: sql<boolean>`bool_or(${summaries.kind} = 'final' and ${summaries.status} = 'signed')`,
      lastPeriodEnd: sql<
        string | null
      >`(max(${summaries.periodEnd}) filter (where ${summaries.kind} = 'period' and ${summaries.status} = 'signed'))::text`,
    })
    .from(summaries)
    .where(eq(summaries.caseId, caseId));
  return { finalEvaluationSigned: row?.finalSigned === true, lastSummaryEnd: row?.lastPeriodEnd ?? null };
}
