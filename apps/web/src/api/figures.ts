import { useQuery } from '@tanstack/react-query';
import type { Figures } from '@verkosto/domain';
import { api } from './client';

/** The period of the figures as the URL and the API take it: both optional, YYYY-MM-DD. */
export interface FiguresPeriod {
  from?: string;
  to?: string;
}

/** Every period's figures share this prefix, so that a moved case refreshes whichever is shown. */
export const figuresKeyPrefix = ['figures'] as const;
export const figuresKey = (period: FiguresPeriod) => [
  ...figuresKeyPrefix,
  period.from ?? '',
  period.to ?? '',
];

function periodQuery(period: FiguresPeriod): string {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * A team lead's figures for their units; `null` waits (the period did not pass the check). Others
 * get 404 from the server, so they do not ask: the refusal would only be logged.
 */
export function useFigures(period: FiguresPeriod | null, enabled: boolean) {
  return useQuery({
    queryKey: figuresKey(period ?? {}),
    queryFn: () => api.get<Figures>(`/api/figures${periodQuery(period ?? {})}`),
    enabled: enabled && period !== null,
  });
}

/** The same figures as CSV: a plain same-origin link, which the session cookie goes with. */
export function figuresCsvHref(period: FiguresPeriod): string {
  return `/api/figures.csv${periodQuery(period)}`;
}
