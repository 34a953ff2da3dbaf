import type { SessionUser } from '@verkosto/domain';
import { createContext, useContext } from 'react';

export const UserContext = createContext<SessionUser | null>(null);

/** The signed-in user; only used below the session guard, which always provides one. */
export function useUser(): SessionUser {
  const user = useContext(UserContext);
  if (!user) throw new Error('useUser outside the session guard');
  return user;
}

/**
 * Where a user starts: a purchaser on the services their organisation bought (they have no cases of
 * their own), everyone else on their cases.
 */
export function homePath(user: SessionUser): string {
  return user.role === 'purchaser' ? '/purchaser' : '/cases';
}

/** The page where users change their password; while a one-time password is in use, the only one open. */
export const changePasswordPath = '/change-password';

/** Workers and team leads work with clients; admins keep accounts and see no client data. */
export function handlesClients(user: SessionUser): boolean {
  return user.role === 'worker' || user.role === 'team_lead';
}
