import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import type { PersonDetail, PersonIdentity } from '@verkosto/domain';
import { usePerson } from '../../api/persons';

/** Basic identity, with the person's families when the user may see their details. */
export type KnownPerson = PersonIdentity & { families?: PersonDetail['families'] };

const identityKey = (id: string) => ['persons', 'identity', id] as const;

/**
 * A person picked from a search is remembered in memory, so that the next page (open a case,
 * new family) can name them without putting the name in the URL. Gone on sign-out.
 */
export function rememberPerson(queryClient: QueryClient, person: PersonIdentity): void {
  queryClient.setQueryData<PersonIdentity>(identityKey(person.id), person);
}

/** Reads a remembered person without asking the server. */
export function rememberedPerson(queryClient: QueryClient, id: string): PersonIdentity | undefined {
  return queryClient.getQueryData<PersonIdentity>(identityKey(id));
}

/**
 * A person by id: the details when the user may see them, otherwise what a search showed.
 * `missing` when neither is available (a reloaded page about someone outside the user's cases).
 */
export function useKnownPerson(id: string | null) {
  const queryClient = useQueryClient();
  const detail = usePerson(id ?? undefined);
  const remembered = id ? rememberedPerson(queryClient, id) : undefined;
  const person: KnownPerson | null = detail.data ?? remembered ?? null;
  return {
    person,
    isPending: Boolean(id) && detail.isPending && !remembered,
    missing: Boolean(id) && person === null && detail.isError,
  };
}
