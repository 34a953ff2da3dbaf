import { useQuery } from '@tanstack/react-query';
import type {
  CaseDetail,
  CaseFormOptions,
  CaseInput,
  CaseSummary,
  CloseCase,
  ReassignCase,
} from '@verkosto/domain';
import { api } from './client';

export const caseKey = (id: string) => ['cases', 'one', id] as const;
export const myCasesKey = ['cases', 'mine'] as const;

export function useMyCases(enabled = true) {
  return useQuery({
    queryKey: myCasesKey,
    queryFn: () => api.get<{ cases: CaseSummary[] }>('/api/cases/mine'),
    enabled,
  });
}

export const casesWithoutActiveWorkerKey = ['cases', 'without-active-worker'] as const;

/** A team lead's open cases of their units whose responsible worker can no longer sign in. */
export function useCasesWithoutActiveWorker(enabled = true) {
  return useQuery({
    queryKey: casesWithoutActiveWorkerKey,
    queryFn: () => api.get<{ cases: CaseSummary[] }>('/api/cases/without-active-worker'),
    enabled,
  });
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: caseKey(id ?? ''),
    queryFn: () => api.get<CaseDetail>(`/api/cases/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

export function useCaseFormOptions() {
  return useQuery({
    queryKey: ['cases', 'form-options'],
    queryFn: () => api.get<CaseFormOptions>('/api/cases/form-options'),
  });
}

export function createCase(input: CaseInput): Promise<CaseDetail> {
  return api.post<CaseDetail>('/api/cases', input);
}

export function closeCase(id: string, body: CloseCase): Promise<CaseDetail> {
  return api.post<CaseDetail>(`/api/cases/${encodeURIComponent(id)}/close`, body);
}

/** A team lead moves a case to another worker or pair of its unit, over the version seen (409 when stale). */
export function reassignCase(id: string, body: ReassignCase): Promise<CaseDetail> {
  return api.post<CaseDetail>(`/api/cases/${encodeURIComponent(id)}/reassign`, body);
}
