import type { GoalAttainmentScore, GoalReview } from '@verkosto/domain';
import type { PlanContentView } from './plan-draft';

/** A score as people write it: −2, −1, 0, +1, +2 (with a real minus sign). */
export function formatScore(score: number): string {
  if (score > 0) return `+${score}`;
  if (score < 0) return `\u2212${Math.abs(score)}`;
  return '0';
}

export function isScore(n: number): n is GoalAttainmentScore {
  return Number.isInteger(n) && n >= -2 && n <= 2;
}

/** One line of the chart: a goal and its score in each review, null where it was not rated. */
export interface GoalSeries {
  goalId: string;
  /** The goal's number in the current version; null for a goal no longer in the plan. */
  number: number | null;
  /** For a goal no longer in the plan: its number among those (1, 2, …). */
  earlier: number | null;
  words: string | null;
  points: ({ score: number; comment: string | null } | null)[];
}

/**
 * The goals that have been rated, in the order of the current version and then those since removed,
 * each with its scores over the reviews (oldest first).
 */
export function goalSeries(
  reviews: readonly GoalReview[],
  goals: PlanContentView['goals'],
  /** The words of goals since removed, from the versions that had them. */
  earlierWords: ReadonlyMap<string, string> = new Map(),
): GoalSeries[] {
  const current = goals.map((g) => g.id);
  const removed = removedGoalIds(reviews, goals);
  return [...current, ...removed].map((goalId) => {
    const index = goals.findIndex((g) => g.id === goalId);
    const earlier = removed.indexOf(goalId);
    return {
      goalId,
      number: index < 0 ? null : index + 1,
      earlier: earlier < 0 ? null : earlier + 1,
      words: goals[index]?.familyWords ?? earlierWords.get(goalId) ?? null,
      points: reviews.map((r) => {
        const s = r.scores.find((x) => x.goalId === goalId);
        return s ? { score: s.score, comment: s.comment } : null;
      }),
    };
  });
}

/** Goals rated in some review but no longer in the current version, in the order first rated. */
export function removedGoalIds(reviews: readonly GoalReview[], goals: PlanContentView['goals']): string[] {
  const current = new Set(goals.map((g) => g.id));
  const rated = reviews.flatMap((r) => r.scores.map((s) => s.goalId));
  return [...new Set(rated)].filter((id) => !current.has(id));
}

/** The versions whose reviews rated a goal since removed: reading them gives the goal's words. */
export function versionsNamingRemoved(
  reviews: readonly GoalReview[],
  goals: PlanContentView['goals'],
): number[] {
  const removed = new Set(removedGoalIds(reviews, goals));
  const versions = reviews
    .filter((r) => r.scores.some((s) => removed.has(s.goalId)))
    .map((r) => r.planVersionNo);
  return [...new Set(versions)];
}
