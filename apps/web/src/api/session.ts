import { useQuery } from '@tanstack/react-query';
import type { LoginRequest, PasswordChange, SessionState } from '@verkosto/domain';
import { api, setCsrfToken } from './client';

export const sessionKey = ['session'] as const;

/** Every SessionState that arrives carries the CSRF token for the next state-changing request. */
function remember(state: SessionState): SessionState {
  setCsrfToken(state.csrfToken);
  return state;
}

export async function fetchSession(): Promise<SessionState> {
  return remember(await api.get<SessionState>('/api/session'));
}

export async function signIn(body: LoginRequest): Promise<SessionState> {
  const state = remember(await api.post<SessionState>('/api/session', body));
  signOutMarker.active = false;
  return state;
}

/**
 * Changes the signed-in user's password; the answer is the session with `mustChangePassword` off.
 * The server ends the user's other sessions.
 */
export async function changePassword(body: PasswordChange): Promise<SessionState> {
  return remember(await api.post<SessionState>('/api/session/password', body));
}

/**
 * The address that starts a sign-in through the county's identity service: a whole-page navigation,
 * coming back to `returnTo` (a path of ours) afterwards.
 */
export function oidcStartPath(returnTo: string): string {
  return `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`;
}

/**
 * Set while the user has signed out on purpose, so the session guard sends them to sign-in without
 * remembering the page they were on (the next person to sign in starts from their own cases).
 */
export const signOutMarker = { active: false };

/** Signs out, then fetches a fresh anonymous session so the next sign-in has a valid token. */
export async function signOut(): Promise<SessionState> {
  await api.delete<void>('/api/session');
  signOutMarker.active = true;
  return fetchSession();
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Number.POSITIVE_INFINITY });
}
