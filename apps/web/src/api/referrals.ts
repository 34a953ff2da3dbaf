import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  ReferralAccept,
  ReferralDecline,
  ReferralInput,
  ReferralMatch,
  ReferralRedirect,
  ReferralView,
  SentReferral,
  UnitReferrals,
} from '@verkosto/domain';
import { myCasesKey } from './cases';
import { api } from './client';
import { myWorkKey } from './my-work';

/** A unit a referral can be sent to. */
export interface ReferralTarget {
  id: string;
  name: string;
  organisation: string;
}

export const referralsKey = ['referrals'] as const;
export const sentReferralsKey = ['referrals', 'sent'] as const;
export const unitReferralsKey = (unitId: string) => ['referrals', 'unit', unitId] as const;
export const referralKey = (id: string) => ['referrals', 'one', id] as const;
const matchesKey = (id: string) => ['referrals', 'matches', id] as const;

const one = (id: string) => `/api/referrals/${encodeURIComponent(id)}`;

/** Units a referral can be sent to: county configuration, not client data. */
export function useReferralTargets(enabled = true) {
  return useQuery({
    queryKey: ['referral-targets'],
    queryFn: () => api.get<{ units: ReferralTarget[] }>('/api/referral-targets'),
    enabled,
    staleTime: 10 * 60_000,
  });
}

export function sendReferral(input: ReferralInput): Promise<SentReferral> {
  return api.post<SentReferral>('/api/referrals', input);
}

/** The actor's own referrals with where each stands; nothing of the unit's other clients. */
export function useSentReferrals(enabled = true) {
  return useQuery({
    queryKey: sentReferralsKey,
    queryFn: () => api.get<{ referrals: SentReferral[] }>('/api/referrals/sent'),
    enabled,
  });
}

/** A unit's inbox and waiting list; 404 to anyone who does not work in the unit. */
export function useUnitReferrals(unitId: string, enabled = true) {
  return useQuery({
    queryKey: unitReferralsKey(unitId),
    queryFn: () => api.get<UnitReferrals>(`/api/units/${encodeURIComponent(unitId)}/referrals`),
    enabled,
  });
}

/** One referral for the receiving unit's triage; 404 to others. */
export function useReferral(id: string | undefined) {
  return useQuery({
    queryKey: referralKey(id ?? ''),
    queryFn: () => api.get<ReferralView>(one(id ?? '')),
    enabled: Boolean(id),
  });
}

/**
 * The duplicate check: registered persons with the same name, or last name and date of birth, and
 * the units that already have an open case of them. Asked only while the referral waits for triage.
 */
export function useReferralMatches(id: string, enabled: boolean) {
  return useQuery({
    queryKey: matchesKey(id),
    queryFn: () => api.get<{ matches: ReferralMatch[] }>(`${one(id)}/matches`),
    enabled,
  });
}

/** Into the waiting list: a case opens in its referral phase, dated on the day the referral came. */
export function acceptReferral(id: string, body: ReferralAccept): Promise<ReferralView> {
  return api.post<ReferralView>(`${one(id)}/accept`, body);
}

/** To another Verkosto unit's inbox, or out to a service of the directory; the message goes to the sender. */
export function redirectReferral(id: string, body: ReferralRedirect): Promise<ReferralView> {
  return api.post<ReferralView>(`${one(id)}/redirect`, body);
}

export function declineReferral(id: string, body: ReferralDecline): Promise<ReferralView> {
  return api.post<ReferralView>(`${one(id)}/decline`, body);
}

/**
 * After a triage decision: the referral as decided is kept, and the lists it leaves or joins are read
 * again (the unit's inbox and queue; a new case shows in the worker's cases and work).
 */
export function referralDecided(queryClient: QueryClient, view: ReferralView): void {
  queryClient.setQueryData(referralKey(view.id), view);
  void queryClient.invalidateQueries({ queryKey: unitReferralsKey(view.targetUnit.id) });
  void queryClient.invalidateQueries({ queryKey: sentReferralsKey });
  if (view.caseId) {
    void queryClient.invalidateQueries({ queryKey: myCasesKey });
    void queryClient.invalidateQueries({ queryKey: myWorkKey });
  }
}
