import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { LifeEvent, LifeEventInput, Timeline } from '@verkosto/domain';
import { api } from './client';

export const timelineKey = (caseId: string) => ['timeline', caseId] as const;

/** The family's life events on a case, in time order; 404 to anyone who cannot see the case. */
export function useTimeline(caseId: string) {
  return useQuery({
    queryKey: timelineKey(caseId),
    queryFn: () => api.get<Timeline>(`/api/cases/${encodeURIComponent(caseId)}/timeline`),
  });
}

export function addEvent(caseId: string, event: LifeEventInput): Promise<LifeEvent> {
  return api.post<LifeEvent>(`/api/cases/${encodeURIComponent(caseId)}/timeline/events`, event);
}

/** An edit over the version last seen (409 when someone else saved first). */
export function updateEvent(id: string, version: number, event: LifeEventInput): Promise<LifeEvent> {
  return api.put<LifeEvent>(`/api/timeline-events/${encodeURIComponent(id)}`, { version, event });
}

/** Takes the event off the timeline; the record keeps it. */
export function removeEvent(id: string): Promise<void> {
  return api.post<void>(`/api/timeline-events/${encodeURIComponent(id)}/remove`, {});
}

export function refreshTimeline(queryClient: QueryClient, caseId: string): Promise<unknown> {
  return queryClient.invalidateQueries({ queryKey: timelineKey(caseId) });
}
