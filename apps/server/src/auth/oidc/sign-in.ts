import type { Config, OidcConfig } from '../../config';
import type { Db } from '../../db/client';
import { recordChange } from '../../modules/admin/change-log';
import { hashToken, openSession } from '../service';
import type { IdentityService } from './identity-service';
import * as repo from './repository';

/** Why a sign-in through the identity service did not end in a session: shown on the sign-in page. */
export type OidcFailure = 'oidc_failed' | 'oidc_no_account' | 'oidc_inactive';

const PENDING_MINUTES = 10;

/** Only a path of this app: never another site, and never a protocol-relative `//host`. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 512) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\\]/.test(value) || value.startsWith('/api/')) return '/';
  return value;
}

/** Starts a sign-in: keeps its state, nonce and PKCE verifier, and answers where to send the browser. */
export async function startOidcSignIn(options: {
  db: Db;
  identity: IdentityService;
  returnTo: unknown;
  now?: Date;
}): Promise<{ url: URL; state: string }> {
  const now = options.now ?? new Date();
  const request = await options.identity.authorizationRequest();
  await repo.insertPendingLogin(
    options.db,
    {
      stateHash: hashToken(request.state),
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      returnTo: safeReturnPath(options.returnTo),
      expiresAt: new Date(now.getTime() + PENDING_MINUTES * 60_000),
    },
    now,
  );
  return { url: request.url, state: request.state };
}

/** The person's lasting name at the identity service: the subject claims, in order. */
export function subjectOf(config: OidcConfig, claims: Record<string, unknown>): string | null {
  const parts = config.subjectClaims.map((name) => claims[name]);
  if (!parts.every((p): p is string => typeof p === 'string' && p.length > 0)) return null;
  return parts.join(':');
}

type Finished = { ok: true; token: string; returnTo: string } | { ok: false; reason: OidcFailure };

/**
 * Finishes a sign-in at the callback. The state must be the one this browser started with (its
 * cookie) and still pending; the identity service's answer must hold (see IdentityService.claims).
 * The person is then found by subject, or linked once by the link claim to an account's e-mail.
 */
export async function finishOidcSignIn(options: {
  db: Db;
  config: Config;
  oidc: OidcConfig;
  identity: IdentityService;
  query: URLSearchParams;
  browserState: string | undefined;
  requestId: string;
  now?: Date;
}): Promise<Finished> {
  const { db, oidc, query } = options;
  const now = options.now ?? new Date();
  const state = query.get('state');
  if (!state || !options.browserState || state !== options.browserState) return fail('oidc_failed');
  const pending = await repo.takePendingLogin(db, hashToken(state), now);
  if (!pending) return fail('oidc_failed');

  const callbackUrl = new URL(oidc.redirectUri);
  callbackUrl.search = query.toString();
  let claims: Record<string, unknown>;
  try {
    claims = await options.identity.claims(callbackUrl, {
      state,
      nonce: pending.nonce,
      codeVerifier: pending.codeVerifier,
    });
  } catch {
    return fail('oidc_failed');
  }
  const subject = subjectOf(oidc, claims);
  if (!subject) return fail('oidc_failed');

  const user = (await repo.findUserBySubject(db, subject)) ?? (await linkByClaim(options, claims, subject));
  if (!user) return fail('oidc_no_account');
  if (!user.active) return fail('oidc_inactive');
  const { token } = await openSession({ db, config: options.config, userId: user.id, method: 'oidc', now });
  return { ok: true, token, returnTo: pending.returnTo };
}

const fail = (reason: OidcFailure): Finished => ({ ok: false, reason });

/** A first sign-in: the account whose e-mail the link claim names gets this subject, logged. */
async function linkByClaim(
  options: { db: Db; oidc: OidcConfig; requestId: string },
  claims: Record<string, unknown>,
  subject: string,
) {
  const claimName = options.oidc.linkClaim;
  const value = claimName ? claims[claimName] : undefined;
  if (typeof value !== 'string' || !value) return null;
  const user = await repo.findUnlinkedUserByEmail(options.db, value);
  if (!user?.active) return user;
  return options.db.transaction(async (tx) => {
    const version = await repo.linkSubject(tx, user.id, user.version, subject);
    if (version === null) return null;
    await recordChange(tx, {
      actorUserId: user.id,
      requestId: options.requestId,
      action: 'link_identity',
      recordType: 'user',
      recordId: user.id,
      version,
      changes: { oidcSubject: subject },
    });
    return { ...user, version };
  });
}
