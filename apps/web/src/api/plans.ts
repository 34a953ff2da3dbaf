import { type QueryClient, useQueries, useQuery } from '@tanstack/react-query';
import type { GoalEvaluationInput, GoalReview, PlanOverview, PlanSave, PlanVersion } from '@verkosto/domain';
import { api } from './client';
import { myWorkKey } from './my-work';

export const planKey = (caseId: string) => ['plan', caseId] as const;
export const planVersionKey = (caseId: string, versionNo: number) =>
  ['plan-version', caseId, versionNo] as const;
export const goalReviewsKey = (caseId: string) => ['goal-reviews', caseId] as const;

const planPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/plan`;

/** The case's shared plan: the current version, the list of versions, and whom it may name. */
export function usePlan(caseId: string) {
  return useQuery({ queryKey: planKey(caseId), queryFn: () => api.get<PlanOverview>(planPath(caseId)) });
}

export function fetchPlanVersion(caseId: string, versionNo: number): Promise<PlanVersion> {
  return api.get<PlanVersion>(`${planPath(caseId)}/versions/${versionNo}`);
}

/** One saved version; a version never changes, so it is read once. */
export function usePlanVersion(caseId: string, versionNo: number | null) {
  return useQuery({
    queryKey: planVersionKey(caseId, versionNo ?? 0),
    queryFn: () => fetchPlanVersion(caseId, versionNo ?? 0),
    enabled: versionNo !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Several saved versions at once, e.g. those that still name goals since removed. */
export function usePlanVersions(caseId: string, versionNos: readonly number[]) {
  return useQueries({
    queries: versionNos.map((n) => ({
      queryKey: planVersionKey(caseId, n),
      queryFn: () => fetchPlanVersion(caseId, n),
      staleTime: Number.POSITIVE_INFINITY,
    })),
  });
}

/** A new version over the one the editor saw (0 for the first); 409 when someone saved first. */
export function savePlan(caseId: string, body: PlanSave): Promise<PlanVersion> {
  return api.post<PlanVersion>(planPath(caseId), body);
}

/** Every goal review of the case, oldest first. */
export function useGoalReviews(caseId: string, enabled = true) {
  return useQuery({
    queryKey: goalReviewsKey(caseId),
    queryFn: () => api.get<{ reviews: GoalReview[] }>(`${planPath(caseId)}/evaluations`),
    enabled,
  });
}

export function addGoalReview(caseId: string, body: GoalEvaluationInput): Promise<GoalReview> {
  return api.post<GoalReview>(`${planPath(caseId)}/evaluations`, body);
}

export function refreshPlan(queryClient: QueryClient, caseId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: planKey(caseId) }),
    queryClient.invalidateQueries({ queryKey: goalReviewsKey(caseId) }),
    // "My work" lists overdue actions and plans to re-evaluate.
    queryClient.invalidateQueries({ queryKey: myWorkKey }),
  ]);
}
