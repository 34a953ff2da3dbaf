import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  ConcernAssessment,
  ConcernInput,
  ConcernPanel,
  TeamConcerns,
  UrgentRecordInput,
} from '@verkosto/domain';
import { api } from './client';
import { myWorkKey } from './my-work';

export const concernsKey = (caseId: string) => ['concerns', caseId] as const;
export const teamConcernsKey = ['team-concerns'] as const;

/** The ratings of a case, each rater apart; 404 to anyone who cannot see the case. */
export function useConcernPanel(caseId: string, enabled = true) {
  return useQuery({
    queryKey: concernsKey(caseId),
    queryFn: () => api.get<ConcernPanel>(`/api/cases/${encodeURIComponent(caseId)}/concerns`),
    enabled,
  });
}

/** A new rating; ratings are never changed afterwards. */
export function rateConcern(caseId: string, input: ConcernInput): Promise<ConcernAssessment> {
  return api.post<ConcernAssessment>(`/api/cases/${encodeURIComponent(caseId)}/concerns`, input);
}

/** What was done after a zone-4 rating, over the version last seen (409 when stale). */
export function recordUrgent(id: string, input: UrgentRecordInput): Promise<ConcernAssessment> {
  return api.put<ConcernAssessment>(`/api/concerns/${encodeURIComponent(id)}/urgent`, input);
}

/** A team lead's overdue follow-ups and open zone-4 flags; others get 404, so they do not ask. */
export function useTeamConcerns(enabled: boolean) {
  return useQuery({
    queryKey: teamConcernsKey,
    queryFn: () => api.get<TeamConcerns>('/api/team/concerns'),
    enabled,
  });
}

/** After a rating or an urgent record: the case's panel, and the lists that show follow-ups and flags. */
export function refreshConcerns(queryClient: QueryClient, caseId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: concernsKey(caseId) }),
    queryClient.invalidateQueries({ queryKey: teamConcernsKey }),
    queryClient.invalidateQueries({ queryKey: myWorkKey }),
  ]);
}
