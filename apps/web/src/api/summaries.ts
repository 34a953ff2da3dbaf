import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { SummaryDraftInput, SummaryList, SummarySave, SummaryView } from '@verkosto/domain';
import { api } from './client';
import { myWorkKey } from './my-work';

/** A summary as the case's list shows it. */
export type SummaryListItem = SummaryList['summaries'][number];

export const summariesKey = (caseId: string) => ['summaries', 'case', caseId] as const;
export const summaryKey = (id: string) => ['summaries', 'one', id] as const;

const one = (id: string) => `/api/summaries/${encodeURIComponent(id)}`;

/** The case's period summaries and final evaluation, drafts and signed; 404 to anyone who cannot see the case. */
export function useSummaries(caseId: string) {
  return useQuery({
    queryKey: summariesKey(caseId),
    queryFn: () => api.get<SummaryList>(`/api/cases/${encodeURIComponent(caseId)}/summaries`),
  });
}

export function useSummary(id: string | undefined) {
  return useQuery({
    queryKey: summaryKey(id ?? ''),
    queryFn: () => api.get<SummaryView>(one(id ?? '')),
    enabled: Boolean(id),
  });
}

/** A new draft: the server writes every section from the period's record, in the language given. */
export function draftSummary(caseId: string, body: SummaryDraftInput): Promise<SummaryView> {
  return api.post<SummaryView>(`/api/cases/${encodeURIComponent(caseId)}/summaries`, body);
}

/** The sections over the version last seen (409 stale_version when someone saved first). */
export function saveSummary(id: string, body: SummarySave): Promise<SummaryView> {
  return api.put<SummaryView>(one(id), body);
}

/** Signed, the summary never changes again. */
export function signSummary(id: string, version: number): Promise<SummaryView> {
  return api.post<SummaryView>(`${one(id)}/sign`, { version });
}

/** The printable summary; the server watermarks a draft. */
export function summaryPdfUrl(id: string): string {
  return `${one(id)}/pdf`;
}

export function refreshSummaries(queryClient: QueryClient, caseId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: summariesKey(caseId) }),
    // "My work" lists the summaries coming due.
    queryClient.invalidateQueries({ queryKey: myWorkKey }),
  ]);
}
