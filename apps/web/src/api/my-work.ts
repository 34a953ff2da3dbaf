import { useQuery } from '@tanstack/react-query';
import type { MyWork } from '@verkosto/domain';
import { api } from './client';

export const myWorkKey = ['my-work'] as const;

/** What is coming and what is late on the actor's own cases. */
export function useMyWork(enabled = true) {
  return useQuery({ queryKey: myWorkKey, queryFn: () => api.get<MyWork>('/api/my-work'), enabled });
}
