import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  PhaseChangeInput,
  ProcessView,
  ReviewDecisionInput,
  ServiceType,
  TemplateSave,
  TemplateView,
} from '@verkosto/domain';
import { caseKey, myCasesKey } from './cases';
import { api } from './client';
import { myWorkKey } from './my-work';

export const processKey = (caseId: string) => ['process', caseId] as const;
export const templatesKey = ['process-templates'] as const;

const ofCase = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

/** Where the case is in its process: phases, clocks, what is next; 404 to anyone who cannot see the case. */
export function useProcess(caseId: string) {
  return useQuery({
    queryKey: processKey(caseId),
    queryFn: () => api.get<ProcessView>(`${ofCase(caseId)}/process`),
  });
}

/** One phase on, over the case version last seen, with the warnings the worker confirmed. */
export function changePhase(caseId: string, input: PhaseChangeInput): Promise<ProcessView> {
  return api.post<ProcessView>(`${ofCase(caseId)}/phase`, input);
}

/** The network review's decision; the case moves on to active work or to closing with it. */
export function recordReviewDecision(caseId: string, input: ReviewDecisionInput): Promise<ProcessView> {
  return api.post<ProcessView>(`${ofCase(caseId)}/review-decision`, input);
}

/**
 * After the process changed: the new view is kept, and the case (its phase and version, which the
 * close form sends) and the lists that show phases are read again.
 */
export function processChanged(queryClient: QueryClient, view: ProcessView): void {
  queryClient.setQueryData(processKey(view.caseId), view);
  void queryClient.invalidateQueries({ queryKey: caseKey(view.caseId) });
  void queryClient.invalidateQueries({ queryKey: myCasesKey });
  void queryClient.invalidateQueries({ queryKey: myWorkKey });
}

export function refreshProcess(queryClient: QueryClient, caseId: string): Promise<unknown> {
  return queryClient.invalidateQueries({ queryKey: processKey(caseId) });
}

/** The latest template of each service type; admins only (others get 404, so others do not ask). */
export function useProcessTemplates(enabled: boolean) {
  return useQuery({
    queryKey: templatesKey,
    queryFn: () => api.get<{ templates: TemplateView[] }>('/api/process-templates'),
    enabled,
  });
}

/** Saves a new version of a service type's template over the version edited (409 when a newer one exists). */
export function saveTemplate(serviceType: ServiceType, body: TemplateSave): Promise<TemplateView> {
  return api.put<TemplateView>(`/api/process-templates/${encodeURIComponent(serviceType)}`, body);
}
