import { useQuery } from '@tanstack/react-query';
import type {
  AttendanceInput,
  GroupDetail,
  GroupInput,
  GroupSessionInput,
  GroupSummary,
} from '@verkosto/domain';
import { api } from './client';

export const unitGroupsKey = (unitId: string) => ['groups', 'unit', unitId] as const;
export const groupKey = (id: string) => ['groups', 'one', id] as const;

const unitGroups = (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/groups`;
const one = (id: string) => `/api/groups/${encodeURIComponent(id)}`;

/** A unit's group activities; 404 to anyone who does not work in the unit. */
export function useUnitGroups(unitId: string, enabled = true) {
  return useQuery({
    queryKey: unitGroupsKey(unitId),
    queryFn: () => api.get<{ groups: GroupSummary[] }>(unitGroups(unitId)),
    enabled,
  });
}

export function createGroup(unitId: string, input: GroupInput): Promise<GroupDetail> {
  return api.post<GroupDetail>(unitGroups(unitId), input);
}

/** One group with its participants and attendance; every read is logged with the participants it shows. */
export function useGroup(id: string | undefined) {
  return useQuery({
    queryKey: groupKey(id ?? ''),
    queryFn: () => api.get<GroupDetail>(one(id ?? '')),
    enabled: Boolean(id),
  });
}

/** Registers a registered person as a participant; registering them twice changes nothing. */
export function addGroupParticipant(groupId: string, personId: string): Promise<GroupDetail> {
  return api.post<GroupDetail>(`${one(groupId)}/participants`, { personId });
}

export function addGroupSession(groupId: string, input: GroupSessionInput): Promise<GroupDetail> {
  return api.post<GroupDetail>(`${one(groupId)}/sessions`, input);
}

/** Who came to a session, over the session's version last seen; 409 if someone saved first. */
export function saveAttendance(sessionId: string, input: AttendanceInput): Promise<GroupDetail> {
  return api.put<GroupDetail>(`/api/group-sessions/${encodeURIComponent(sessionId)}/attendance`, input);
}
