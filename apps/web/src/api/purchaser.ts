import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PurchasedCases } from '@verkosto/domain';
import { api } from './client';

export const purchasedCasesKey = (from: string, to: string) => ['purchaser', 'cases', from, to] as const;

/** The services the purchaser's organisation bought, with what was delivered between the two dates. */
export function usePurchasedCases(from: string, to: string) {
  return useQuery({
    queryKey: purchasedCasesKey(from, to),
    queryFn: () =>
      api.get<PurchasedCases>(`/api/purchaser/cases?${new URLSearchParams({ from, to }).toString()}`),
    // The table stays in view while another period loads, instead of blinking to a spinner.
    placeholderData: keepPreviousData,
  });
}
