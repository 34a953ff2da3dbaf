import { useQuery } from '@tanstack/react-query';
import type {
  StatedAccess,
  StatedAccessForReview,
  StatedAccessReviewInput,
  StatedAccessReviewList,
  StateLegalBasis,
} from '@verkosto/domain';
import { api } from './client';

export const reviewsKey = ['stated-accesses', 'review'] as const;

/** A worker states a legal basis to read a case nothing else opens to them (for 12 hours, to read). */
export function stateLegalBasis(caseId: string, body: StateLegalBasis): Promise<StatedAccess> {
  return api.post<StatedAccess>(`/api/cases/${encodeURIComponent(caseId)}/stated-access`, body);
}

/** The statements a team lead reviews, unreviewed first; the server answers 404 to anyone else. */
export function useStatementsForReview(enabled: boolean) {
  return useQuery({
    queryKey: reviewsKey,
    queryFn: () => api.get<StatedAccessReviewList>('/api/stated-accesses/review'),
    enabled,
  });
}

export function reviewStatement(id: string, body: StatedAccessReviewInput): Promise<StatedAccessForReview> {
  return api.post<StatedAccessForReview>(`/api/stated-accesses/${encodeURIComponent(id)}/review`, body);
}
