import { useQuery } from '@tanstack/react-query';
import type { FamilyDetail, FamilyInput, FamilyUpdate } from '@verkosto/domain';
import { api } from './client';

export const familyKey = (id: string) => ['families', id] as const;

export function useFamily(id: string | undefined) {
  return useQuery({
    queryKey: familyKey(id ?? ''),
    queryFn: () => api.get<FamilyDetail>(`/api/families/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

export function createFamily(input: FamilyInput): Promise<FamilyDetail> {
  return api.post<FamilyDetail>('/api/families', input);
}

export function updateFamily(id: string, update: FamilyUpdate): Promise<FamilyDetail> {
  return api.put<FamilyDetail>(`/api/families/${encodeURIComponent(id)}`, update);
}
