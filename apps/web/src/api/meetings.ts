import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  ConcludedMeeting,
  ConcludeMeeting,
  Meeting,
  MeetingInput,
  MeetingList,
  NoteDraft,
  Outbox,
} from '@verkosto/domain';
import { api } from './client';

export const meetingsKey = (caseId: string) => ['meetings', 'of-case', caseId] as const;
export const meetingKey = (id: string) => ['meetings', 'one', id] as const;
export const outboxKey = ['outbox'] as const;

const one = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

/** The meetings of a case, newest first; 404 to anyone who cannot see the case. */
export function useMeetings(caseId: string) {
  return useQuery({
    queryKey: meetingsKey(caseId),
    queryFn: () => api.get<MeetingList>(`/api/cases/${encodeURIComponent(caseId)}/meetings`),
  });
}

/** A meeting with its participants and note. */
export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: meetingKey(id ?? ''),
    queryFn: () => api.get<Meeting>(one(id ?? '')),
    enabled: Boolean(id),
  });
}

/** Reads the meeting again from the server, bypassing what is kept in memory. */
export function fetchMeeting(queryClient: QueryClient, id: string): Promise<Meeting> {
  return queryClient.fetchQuery({
    queryKey: meetingKey(id),
    queryFn: () => api.get<Meeting>(one(id)),
    staleTime: 0,
  });
}

export function createMeeting(caseId: string, input: MeetingInput): Promise<Meeting> {
  return api.post<Meeting>(`/api/cases/${encodeURIComponent(caseId)}/meetings`, input);
}

export function cancelMeeting(id: string, version: number): Promise<Meeting> {
  return api.post<Meeting>(`${one(id)}/cancel`, { version });
}

/** Saves the note's draft over the version last seen (0 before the first save). */
export function saveNoteDraft(id: string, draft: NoteDraft): Promise<Meeting> {
  return api.put<Meeting>(`${one(id)}/note`, draft);
}

export function signNote(id: string, version: number): Promise<Meeting> {
  return api.post<Meeting>(`${one(id)}/note/sign`, { version });
}

export function addAddendum(id: string, text: string): Promise<Meeting> {
  return api.post<Meeting>(`${one(id)}/note/addenda`, { text });
}

/** The invitation as a calendar file: time, place and a contact only. */
export function invitationFileUrl(id: string): string {
  return `${one(id)}/invitation.ics`;
}

export function sendInvitations(
  id: string,
  participantIds: string[],
): Promise<{ queued: number; withoutAddress: string[] }> {
  return api.post(`${one(id)}/invitations`, { participantIds });
}

/** Ends a network meeting: note, plan version, map snapshot and the next meeting, all or nothing. */
export function concludeMeeting(id: string, body: ConcludeMeeting): Promise<ConcludedMeeting> {
  return api.post<ConcludedMeeting>(`${one(id)}/conclude`, body);
}

/** Mail that would have left in demo mode; admins only, and 404 outside demo mode. */
export function useOutbox(enabled: boolean) {
  return useQuery({ queryKey: outboxKey, queryFn: () => api.get<Outbox>('/api/outbox'), enabled });
}

/**
 * After a meeting changes: the case's list of meetings is read again, and its process, which counts
 * the assessment meetings and offers the network meetings for the review decision.
 */
export function refreshMeetings(queryClient: QueryClient, caseId: string): Promise<unknown> {
  void queryClient.invalidateQueries({ queryKey: ['process', caseId] });
  return queryClient.invalidateQueries({ queryKey: meetingsKey(caseId) });
}
