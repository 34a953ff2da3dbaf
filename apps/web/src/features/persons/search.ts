import { useQuery } from '@tanstack/react-query';
import type { PersonSearch } from '@verkosto/domain';
import { zPersonSearch } from '@verkosto/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchPersons } from '../../api/persons';
import { type FormErrors, fromIssues, noErrors, withoutFields } from '../../components/form-errors';
import { emptyTerms, type SearchTerms } from './search-memory';

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

interface SearchState {
  terms: SearchTerms;
  setTerms: (terms: SearchTerms) => void;
  /** The body of the search sent last; its results are cached under it. */
  submitted: PersonSearch | null;
  setSubmitted: (body: PersonSearch | null) => void;
}

/**
 * A person search as the user types and sends it: the terms are checked with the shared schema
 * before anything is sent, a changed term stops saying it is wrong, and the same terms sent again
 * search again.
 */
export function useCheckedSearch({ terms, setTerms, submitted, setSubmitted }: SearchState) {
  const { t } = useTranslation();
  const [localErrors, setLocalErrors] = useState<FormErrors>(noErrors);
  const [noTerms, setNoTerms] = useState(false);
  const query = usePersonSearch(submitted);

  /** Sends the terms if they pass the check; false, with the reasons in `localErrors`, if not. */
  const search = (): boolean => {
    const check = checkTerms(terms);
    if (!check.ok) {
      setLocalErrors(check.errors);
      setNoTerms(check.noTerms);
      return false;
    }
    setLocalErrors(noErrors);
    setNoTerms(false);
    if (JSON.stringify(check.body) === JSON.stringify(submitted)) void query.refetch();
    else setSubmitted(check.body);
    return true;
  };

  const changeTerms = (next: SearchTerms) => {
    const changed = (Object.keys(next) as (keyof SearchTerms)[]).filter((key) => next[key] !== terms[key]);
    setTerms(next);
    setLocalErrors((e) => withoutFields(e, changed));
    setNoTerms(false);
  };

  const clear = () => {
    setTerms(emptyTerms);
    setSubmitted(null);
    setLocalErrors(noErrors);
    setNoTerms(false);
  };

  const data = query.data;
  /** The results line: searching, or how many were found. */
  const resultStatus = query.isFetching
    ? t('persons.search.searching')
    : data
      ? data.truncated
        ? t('persons.search.truncatedCount', { count: data.persons.length })
        : t('persons.search.resultCount', { count: data.persons.length })
      : '';

  return { query, localErrors, noTerms, search, changeTerms, clear, resultStatus };
}
