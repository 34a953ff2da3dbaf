import { type GoalReview, type PlanContent, type PlanVersion, zPlanContentView } from '@verkosto/domain';
import type { ReviewRow, VersionRow, VersionSummaryRow } from './repository';

/**
 * Content is stored as JSON. It was validated before it was written and is never changed (trigger),
 * so it is read through the answer's schema, which names every field and drops anything else.
 */
export function readContent(json: unknown): PlanContent {
  return zPlanContentView.parse(json);
}

export function presentSummary(row: VersionSummaryRow) {
  return {
    versionNo: row.versionNo,
    meetingId: row.meetingId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentVersion(row: VersionRow): PlanVersion {
  return { caseId: row.caseId, ...presentSummary(row), content: readContent(row.content) };
}

export function presentReview(row: ReviewRow): GoalReview {
  return {
    id: row.id,
    evaluatedAt: row.evaluatedAt.toISOString(),
    evaluatedBy: row.evaluatedBy,
    meetingId: row.meetingId,
    planVersionNo: row.planVersionNo,
    scores: row.scores.map((s) => ({ goalId: s.goalId, score: s.score, comment: s.comment })),
  };
}
