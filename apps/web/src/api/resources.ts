import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  DirectoryService,
  Guidance,
  GuidanceInput,
  ResourcesInput,
  ResourcesPanel,
} from '@verkosto/domain';
import { api } from './client';

export const resourcesKey = (caseId: string) => ['resources', caseId] as const;

/** Strengths, risks, protective factors, the services suggested and the guidance given; 404 to anyone who cannot see the case. */
export function useResources(caseId: string) {
  return useQuery({
    queryKey: resourcesKey(caseId),
    queryFn: () => api.get<ResourcesPanel>(`/api/cases/${encodeURIComponent(caseId)}/resources`),
  });
}

/** A save over the version last seen (0 before the first save; 409 when someone else saved first). */
export function saveResources(caseId: string, input: ResourcesInput): Promise<ResourcesPanel> {
  return api.put<ResourcesPanel>(`/api/cases/${encodeURIComponent(caseId)}/resources`, input);
}

/** Records that the family was guided to a service. */
export function recordGuidance(caseId: string, input: GuidanceInput): Promise<Guidance> {
  return api.post<Guidance>(`/api/cases/${encodeURIComponent(caseId)}/guidance`, input);
}

export function refreshResources(queryClient: QueryClient, caseId: string): Promise<unknown> {
  return queryClient.invalidateQueries({ queryKey: resourcesKey(caseId) });
}

/** The county's service directory, for guiding a family onwards; any signed-in user reads it. */
export function useServiceDirectory(enabled = true) {
  return useQuery({
    queryKey: ['service-directory'],
    queryFn: () => api.get<{ services: DirectoryService[] }>('/api/service-directory'),
    enabled,
    // County configuration, not client data: it changes seldom.
    staleTime: 10 * 60_000,
  });
}
