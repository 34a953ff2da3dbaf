import {
  type ConcernPerspective,
  type ConcernZone,
  concernPerspectives,
  concernZones,
  countMeetings,
  helsinkiDayEnd,
  helsinkiDayStart,
  isOneOf,
  type SummaryFacts,
  zPlanContent,
} from '@verkosto/domain';
import { and, asc, desc, eq, gte, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import {
  caseGuidance,
  concernAssessments,
  goalReviews,
  meetings,
  networkMembers,
  networkSnapshots,
  planVersions,
  serviceDirectory,
} from '../../db/schema/index';

/**
 * What a case's own record holds for a period: the facts a summary is drafted from. Only this case's
 * rows are read — nothing another unit keeps, nothing a consent would have to open.
 */
export async function recordOfPeriod(
  tx: Tx,
  caseId: string,
  from: string,
  to: string,
): Promise<SummaryFacts> {
  const start = helsinkiDayStart(from);
  const end = helsinkiDayEnd(to);
  return {
    meetings: await meetingsOf(tx, caseId, start, end),
    network: await networkOf(tx, caseId, start, end),
    concern: await concernOf(tx, caseId, start, end),
    plan: await planOf(tx, caseId, start, end),
    guidance: (
      await tx
        .select({ service: serviceDirectory.name, givenAt: caseGuidance.givenAt })
        .from(caseGuidance)
        .innerJoin(serviceDirectory, eq(serviceDirectory.id, caseGuidance.serviceId))
        .where(
          and(
            eq(caseGuidance.caseId, caseId),
            gte(caseGuidance.givenAt, start),
            lt(caseGuidance.givenAt, end),
          ),
        )
        .orderBy(asc(caseGuidance.givenAt))
    ).map((g) => ({ service: g.service, givenOn: g.givenAt.toISOString().slice(0, 10) })),
  };
}

const isPerspective = isOneOf(concernPerspectives);
const isZone = isOneOf(concernZones);

async function meetingsOf(tx: Tx, caseId: string, start: Date, end: Date) {
  const rows = await tx
    .select({ type: meetings.type, setting: meetings.setting, n: sql<number>`count(*)::int` })
    .from(meetings)
    .where(
      and(
        eq(meetings.caseId, caseId),
        ne(meetings.status, 'cancelled'),
        gte(meetings.startsAt, start),
        lt(meetings.startsAt, end),
      ),
    )
    .groupBy(meetings.type, meetings.setting);
  return countMeetings(rows);
}

async function networkOf(tx: Tx, caseId: string, start: Date, end: Date) {
  const [now] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(networkMembers)
    .where(and(eq(networkMembers.caseId, caseId), isNull(networkMembers.removedAt)));
  // The map as it stood when the period began: the last snapshot before it, or else the first within it.
  const [before] = await tx
    .select({ members: networkSnapshots.members })
    .from(networkSnapshots)
    .where(and(eq(networkSnapshots.caseId, caseId), lt(networkSnapshots.takenAt, start)))
    .orderBy(desc(networkSnapshots.takenAt))
    .limit(1);
  const within = await tx
    .select({ members: networkSnapshots.members })
    .from(networkSnapshots)
    .where(
      and(
        eq(networkSnapshots.caseId, caseId),
        gte(networkSnapshots.takenAt, start),
        lt(networkSnapshots.takenAt, end),
      ),
    )
    .orderBy(asc(networkSnapshots.takenAt));
  const startMap = before ?? within[0];
  return {
    membersAtStart: startMap ? startMap.members.length : null,
    membersNow: now?.n ?? 0,
    snapshots: within.length,
  };
}

async function concernOf(tx: Tx, caseId: string, start: Date, end: Date) {
  const rows = await tx
    .select({ zone: concernAssessments.zone, perspective: concernAssessments.perspective })
    .from(concernAssessments)
    .where(
      and(
        eq(concernAssessments.caseId, caseId),
        gte(concernAssessments.recordedAt, start),
        lt(concernAssessments.recordedAt, end),
      ),
    )
    .orderBy(asc(concernAssessments.recordedAt));
  const by = new Map<ConcernPerspective, { first: ConcernZone; latest: ConcernZone; ratings: number }>();
  for (const r of rows) {
    if (!isPerspective(r.perspective) || !isZone(r.zone)) continue;
    const seen = by.get(r.perspective);
    by.set(
      r.perspective,
      seen
        ? { ...seen, latest: r.zone, ratings: seen.ratings + 1 }
        : { first: r.zone, latest: r.zone, ratings: 1 },
    );
  }
  return concernPerspectives.flatMap((p) => {
    const v = by.get(p);
    return v ? [{ perspective: p, ...v }] : [];
  });
}

async function planOf(tx: Tx, caseId: string, start: Date, end: Date) {
  const [counted] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(planVersions)
    .where(
      and(
        eq(planVersions.caseId, caseId),
        gte(planVersions.createdAt, start),
        lt(planVersions.createdAt, end),
      ),
    );
  const [latest] = await tx
    .select({ versionNo: planVersions.versionNo, content: planVersions.content })
    .from(planVersions)
    .where(and(eq(planVersions.caseId, caseId), lt(planVersions.createdAt, end)))
    .orderBy(desc(planVersions.versionNo))
    .limit(1);
  const content = latest ? zPlanContent.safeParse(latest.content) : null;
  const goals = content?.success ? content.data.goals : [];
  const reviews = await tx
    .select({ scores: goalReviews.scores })
    .from(goalReviews)
    .where(and(eq(goalReviews.caseId, caseId), lte(goalReviews.evaluatedAt, end)))
    .orderBy(asc(goalReviews.evaluatedAt));
  const latestScore = new Map<string, number>();
  for (const r of reviews) for (const s of r.scores) latestScore.set(s.goalId, s.score);
  return {
    versions: counted?.n ?? 0,
    latestVersionNo: latest?.versionNo ?? null,
    goals: goals.map((g) => ({ title: g.familyWords, latestRating: latestScore.get(g.id) ?? null })),
  };
}
