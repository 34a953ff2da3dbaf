import { useQuery } from '@tanstack/react-query';
import type {
  PersonDetail,
  PersonInput,
  PersonSearch,
  PersonSearchResult,
  PersonUpdate,
  RevealResult,
} from '@verkosto/domain';
import { api } from './client';

export const personKey = (id: string) => ['persons', id] as const;

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: personKey(id ?? ''),
    queryFn: () => api.get<PersonDetail>(`/api/persons/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

/** Search terms travel in the body only: never in a URL, a query key of the router or history. */
export function searchPersons(search: PersonSearch): Promise<PersonSearchResult> {
  return api.post<PersonSearchResult>('/api/persons/search', search);
}

export function createPerson(input: PersonInput): Promise<PersonDetail> {
  return api.post<PersonDetail>('/api/persons', input);
}

export function updatePerson(id: string, update: PersonUpdate): Promise<PersonDetail> {
  return api.put<PersonDetail>(`/api/persons/${encodeURIComponent(id)}`, update);
}

export function revealPersonField(id: string, field: 'identityCode' | 'address'): Promise<RevealResult> {
  return api.post<RevealResult>(`/api/persons/${encodeURIComponent(id)}/reveal`, { field });
}
