import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { Network, NetworkMember, NetworkMemberInput, NetworkSnapshot } from '@verkosto/domain';
import { api } from './client';

export const networkKey = (caseId: string) => ['network', caseId] as const;
export const snapshotKey = (id: string) => ['network-snapshot', id] as const;

/** The client's network on a case; 404 to anyone who cannot see the case. */
export function useNetwork(caseId: string) {
  return useQuery({
    queryKey: networkKey(caseId),
    queryFn: () => api.get<Network>(`/api/cases/${encodeURIComponent(caseId)}/network`),
  });
}

/** A saved map; it never changes, so it is read once. */
export function useSnapshot(id: string | null) {
  return useQuery({
    queryKey: snapshotKey(id ?? ''),
    queryFn: () => api.get<NetworkSnapshot>(`/api/network-snapshots/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function addMember(caseId: string, input: NetworkMemberInput): Promise<NetworkMember> {
  return api.post<NetworkMember>(`/api/cases/${encodeURIComponent(caseId)}/network/members`, input);
}

export function updateMember(
  id: string,
  version: number,
  member: NetworkMemberInput,
): Promise<NetworkMember> {
  return api.put<NetworkMember>(`/api/network-members/${encodeURIComponent(id)}`, { version, member });
}

export function removeMember(id: string): Promise<void> {
  return api.post<void>(`/api/network-members/${encodeURIComponent(id)}/remove`, {});
}

export function saveSnapshot(caseId: string, note: string | null): Promise<NetworkSnapshot> {
  return api.post<NetworkSnapshot>(`/api/cases/${encodeURIComponent(caseId)}/network/snapshots`, {
    note: note ?? undefined,
  });
}

export function refreshNetwork(queryClient: QueryClient, caseId: string): Promise<unknown> {
  return queryClient.invalidateQueries({ queryKey: networkKey(caseId) });
}
