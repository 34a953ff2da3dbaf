import { useQuery } from '@tanstack/react-query';
import type { PersonAccessLog } from '@verkosto/domain';
import { api } from './client';

/** The dates of a log view as the URL and the API take them: both optional, YYYY-MM-DD. */
export interface LogRange {
  from?: string;
  to?: string;
}

/** Kept apart from the person's own key: invalidating a person must not read (and log) the log again. */
export const accessLogKey = (personId: string, range: LogRange) =>
  ['access-log', personId, range.from ?? '', range.to ?? ''] as const;

function rangeQuery(range: LogRange): string {
  const params = new URLSearchParams();
  if (range.from) params.set('from', range.from);
  if (range.to) params.set('to', range.to);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The person's access log for a range; `null` waits (the range did not pass the check). */
export function useAccessLog(personId: string, range: LogRange | null) {
  return useQuery({
    queryKey: accessLogKey(personId, range ?? {}),
    queryFn: () =>
      api.get<PersonAccessLog>(
        `/api/persons/${encodeURIComponent(personId)}/access-log${rangeQuery(range ?? {})}`,
      ),
    enabled: Boolean(personId) && range !== null,
  });
}

/** The CSV download of the same range (admins only): a plain same-origin link with the session cookie. */
export function accessLogCsvHref(personId: string, range: LogRange): string {
  return `/api/persons/${encodeURIComponent(personId)}/access-log.csv${rangeQuery(range)}`;
}
