import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { ReferralOut, ReferralOutInput, ReferralOutStatus } from '@verkosto/domain';
import { api } from './client';
import { sentReferralsKey } from './referrals';

/** The case's referrals out, oldest first, and whether the actor may send and record them. */
export interface ReferralsOut {
  referrals: ReferralOut[];
  canEdit: boolean;
}

export const referralsOutKey = (caseId: string) => ['referrals-out', caseId] as const;

const ofCase = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/referrals-out`;

/** Where each referral out of the case stands; 404 to anyone who cannot see the case. */
export function useReferralsOut(caseId: string) {
  return useQuery({
    queryKey: referralsOutKey(caseId),
    queryFn: () => api.get<ReferralsOut>(ofCase(caseId)),
  });
}

/** To a service of the directory, or to a Verkosto unit, where it arrives in the unit's inbox. */
export function sendReferralOut(caseId: string, input: ReferralOutInput): Promise<ReferralOut> {
  return api.post<ReferralOut>(ofCase(caseId), input);
}

/** The next step of a referral to a directory service, over the version seen (409 when someone was first). */
export function recordReferralOutStatus(
  id: string,
  body: { version: number; status: ReferralOutStatus },
): Promise<ReferralOut> {
  return api.post<ReferralOut>(`/api/referrals-out/${encodeURIComponent(id)}/status`, body);
}

/**
 * After a referral out was sent or moved on: it is kept in the case's list at once, and the list is
 * read again. One sent to a Verkosto unit is also the sender's own referral there, so that list too.
 */
export function referralOutChanged(queryClient: QueryClient, caseId: string, changed: ReferralOut): void {
  queryClient.setQueryData<ReferralsOut>(referralsOutKey(caseId), (old) => {
    if (!old) return old;
    const known = old.referrals.some((r) => r.id === changed.id);
    const referrals = known
      ? old.referrals.map((r) => (r.id === changed.id ? changed : r))
      : [...old.referrals, changed];
    return { ...old, referrals };
  });
  void queryClient.invalidateQueries({ queryKey: referralsOutKey(caseId) });
  if (changed.target.kind === 'unit') void queryClient.invalidateQueries({ queryKey: sentReferralsKey });
}
