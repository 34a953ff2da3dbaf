import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { Consent, ConsentInput, ConsentPanel } from '@verkosto/domain';
import { caseKey } from './cases';
import { api } from './client';
import { summariesKey } from './summaries';

export const consentsKey = (caseId: string) => ['consents', caseId] as const;

/** The consent panel of a case; the server answers 404 to anyone but the case's own workers. */
export function useConsentPanel(caseId: string) {
  return useQuery({
    queryKey: consentsKey(caseId),
    queryFn: () => api.get<ConsentPanel>(`/api/cases/${encodeURIComponent(caseId)}/consents`),
  });
}

export function recordConsent(caseId: string, input: ConsentInput): Promise<Consent> {
  return api.post<Consent>(`/api/cases/${encodeURIComponent(caseId)}/consents`, input);
}

export function withdrawConsent(id: string): Promise<Consent> {
  return api.post<Consent>(`/api/consents/${encodeURIComponent(id)}/withdraw`, {});
}

/**
 * After a consent changes, the panel, the case (its access basis) and its summaries (whether the
 * purchaser receives them) are read again.
 */
export function refreshAfterConsent(queryClient: QueryClient, caseId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: consentsKey(caseId) }),
    queryClient.invalidateQueries({ queryKey: caseKey(caseId) }),
    queryClient.invalidateQueries({ queryKey: summariesKey(caseId) }),
  ]);
}
