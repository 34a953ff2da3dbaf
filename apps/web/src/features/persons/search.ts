import { useQuery } from '@tanstack/react-query';
import type { PersonSearch } from '@verkosto/domain';
import { zPersonSearch } from '@verkosto/domain';
import { searchPersons } from '../../api/persons';
import { type FormErrors, fromIssues } from '../../components/form-errors';
import type { SearchTerms } from './search-memory';

export type SearchCheck =
  | { ok: true; body: PersonSearch }
  | { ok: false; errors: FormErrors; noTerms: boolean };

/** Checks the terms with the shared schema before anything is sent. */
export function checkTerms(terms: SearchTerms): SearchCheck {
  const input = {
    name: terms.name.trim() || undefined,
    dateOfBirth: terms.dateOfBirth || undefined,
    identityCode: terms.identityCode.trim() || undefined,
  };
  const parsed = zPersonSearch.safeParse(input);
  if (parsed.success) return { ok: true, body: parsed.data };
  const noTerms = !input.name && !input.dateOfBirth && !input.identityCode;
  return {
    ok: false,
    errors: noTerms ? { general: null, fields: {} } : fromIssues(parsed.error.issues, input),
    noTerms,
  };
}

export const searchKey = (body: PersonSearch | null) => ['persons', 'search', body] as const;

/** Results stay cached for the session, so coming back does not search (and log) again. */
export function usePersonSearch(body: PersonSearch | null) {
  return useQuery({
    queryKey: searchKey(body),
    queryFn: () => searchPersons(body ?? {}),
    enabled: body !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
