/** Why a sign-in through the county's identity service failed, as the server names it in `?error=`. */
export const oidcErrorCodes = ['oidc_failed', 'oidc_no_account', 'oidc_inactive'] as const;
export type OidcErrorCode = (typeof oidcErrorCodes)[number];

function isOidcErrorCode(raw: string): raw is OidcErrorCode {
  return (oidcErrorCodes as readonly string[]).includes(raw);
}

/**
 * The failure the sign-in page shows for its `?error=` value: none without one, and the general
 * failure for anything it does not know. The raw value itself is never shown.
 */
export function oidcErrorOf(raw: string | null): OidcErrorCode | null {
  if (raw === null) return null;
  return isOidcErrorCode(raw) ? raw : 'oidc_failed';
}

/** The translation key of each failure's message. */
export function oidcErrorKey(code: OidcErrorCode) {
  switch (code) {
    case 'oidc_failed':
      return 'signIn.oidcError.failed' as const;
    case 'oidc_no_account':
      return 'signIn.oidcError.noAccount' as const;
    case 'oidc_inactive':
      return 'signIn.oidcError.inactive' as const;
  }
}
