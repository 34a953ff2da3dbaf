import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  DirectoryService,
  DirectoryServiceInput,
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

export const directoryKey = ['service-directory'] as const;

/** The county's service directory, for guiding a family onwards; any signed-in user reads it, admins keep it. */
export function useServiceDirectory(enabled = true) {
  return useQuery({
    queryKey: directoryKey,
    queryFn: () => api.get<{ services: DirectoryService[]; canEdit: boolean }>('/api/service-directory'),
    enabled,
    // County configuration, not client data: it changes seldom.
    staleTime: 10 * 60_000,
  });
}

const ofService = (id: string) => `/api/service-directory/${encodeURIComponent(id)}`;

/** A new service in the directory (admins; 404 to others). */
export function addDirectoryService(input: DirectoryServiceInput): Promise<DirectoryService> {
  return api.post<DirectoryService>('/api/service-directory', input);
}

/** A change over the version seen: 409 when someone saved first, 404 when it was retired meanwhile. */
export function changeDirectoryService(
  id: string,
  body: { version: number; service: DirectoryServiceInput },
): Promise<DirectoryService> {
  return api.put<DirectoryService>(ofService(id), body);
}

/** Out of the directory and the suggestions; guidance already given keeps the service. */
export function retireDirectoryService(id: string, version: number): Promise<{ retired: true }> {
  return api.post<{ retired: true }>(`${ofService(id)}/retire`, { version });
}

export function refreshDirectory(queryClient: QueryClient): Promise<unknown> {
  return queryClient.invalidateQueries({ queryKey: directoryKey });
}
