import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  AgendaItem,
  AgendaItemInput,
  CaseTeamDecision,
  ItemRecordInput,
  TeamDetail,
  TeamInput,
  TeamMeetingView,
  TeamSummary,
} from '@verkosto/domain';
import { api } from './client';

export const teamsKey = ['teams'] as const;
export const teamKey = (id: string) => ['teams', 'one', id] as const;
export const teamMeetingKey = (id: string) => ['team-meetings', id] as const;
export const caseTeamDecisionsKey = (caseId: string) => ['team-decisions', caseId] as const;

const team = (id: string) => `/api/teams/${encodeURIComponent(id)}`;
const meeting = (id: string) => `/api/team-meetings/${encodeURIComponent(id)}`;

/** The multi-agency teams the actor is a member of; team leads may create new ones. */
export function useTeams() {
  return useQuery({
    queryKey: teamsKey,
    queryFn: () => api.get<{ teams: TeamSummary[]; canCreate: boolean }>('/api/teams'),
  });
}

export function createTeam(input: TeamInput): Promise<TeamSummary> {
  return api.post<TeamSummary>('/api/teams', input);
}

/** A team's members, meetings and rolling agenda; 404 to anyone who is not a member. */
export function useTeam(id: string | undefined) {
  return useQuery({
    queryKey: teamKey(id ?? ''),
    queryFn: () => api.get<TeamDetail>(team(id ?? '')),
    enabled: Boolean(id),
  });
}

/** Schedules the team's meetings by its cadence for the coming months. */
export function planTeamMeetings(id: string, months: number): Promise<TeamDetail> {
  return api.post<TeamDetail>(`${team(id)}/meetings/plan`, { months });
}

/** Brings a client to the team's agenda, by name under the guardian's consent or anonymously. */
export function addAgendaItem(id: string, input: AgendaItemInput): Promise<AgendaItem> {
  return api.post<AgendaItem>(`${team(id)}/agenda`, input);
}

/** One meeting of a team: the agenda as it stands for it, and what was recorded of each item. */
export function useTeamMeeting(id: string | undefined) {
  return useQuery({
    queryKey: teamMeetingKey(id ?? ''),
    queryFn: () => api.get<TeamMeetingView>(meeting(id ?? '')),
    enabled: Boolean(id),
  });
}

/** Saves one item's record over the version last seen (0 before the first save). */
export function saveItemRecord(
  meetingId: string,
  itemId: string,
  input: ItemRecordInput,
): Promise<TeamMeetingView> {
  return api.put<TeamMeetingView>(`${meeting(meetingId)}/items/${encodeURIComponent(itemId)}`, input);
}

/** Signs the minutes over the meeting's version last seen; they never change afterwards. */
export function signMinutes(meetingId: string, version: number): Promise<TeamMeetingView> {
  return api.post<TeamMeetingView>(`${meeting(meetingId)}/sign`, { version });
}

/** The team decisions that landed in a case; 404 to anyone who cannot see the case. */
export function useCaseTeamDecisions(caseId: string) {
  return useQuery({
    queryKey: caseTeamDecisionsKey(caseId),
    queryFn: () =>
      api.get<{ decisions: CaseTeamDecision[] }>(`/api/cases/${encodeURIComponent(caseId)}/team-decisions`),
  });
}

/**
 * After a meeting changed: the new view is kept, and the team (its agenda and meetings) and the list
 * of teams (open items, next meeting) are read again. Decisions land in cases only on signing; those
 * are read again when a case page is next opened.
 */
export function teamMeetingChanged(queryClient: QueryClient, view: TeamMeetingView): void {
  queryClient.setQueryData(teamMeetingKey(view.id), view);
  void queryClient.invalidateQueries({ queryKey: teamKey(view.team.id) });
  void queryClient.invalidateQueries({ queryKey: teamsKey, exact: true });
}

/** After the team's agenda or meetings changed. */
export function refreshTeam(queryClient: QueryClient, teamId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: teamKey(teamId) }),
    queryClient.invalidateQueries({ queryKey: teamsKey, exact: true }),
  ]);
}
