import { createHash, randomBytes } from 'node:crypto';
import type { Actor, SessionUser, UserRole } from '@verkosto/domain';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { ApiError } from '../http/errors';
import { dummyHash, verifyPassword } from './passwords';
import * as repo from './repository';

export interface SignedIn {
  actor: Actor;
  user: SessionUser;
  csrfToken: string;
  tokenHash: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export type SignInMethod = 'password' | 'oidc';

export async function signIn(options: {
  db: Db;
  config: Config;
  username: string;
  password: string;
  now?: Date;
}): Promise<{ token: string; signedIn: SignedIn }> {
  const { db, config } = options;
  if (!config.passwordSignIn) throw new ApiError('password_sign_in_off');
  const now = options.now ?? new Date();
  const user = await repo.findUserByUsername(db, options.username.toLowerCase());
  if (!user?.active) {
    await verifyPassword(await dummyHash(), options.password);
    throw new ApiError('invalid_credentials');
  }
  if (user.lockedUntil && user.lockedUntil > now) throw new ApiError('account_locked');
  if (!(await verifyPassword(user.passwordHash, options.password))) {
    // Counted in the database: parallel wrong guesses each count.
    const failed = await repo.countFailedLogin(db, user.id);
    if (failed < config.login.lockoutAttempts) throw new ApiError('invalid_credentials');
    await repo.lockAccount(db, user.id, new Date(now.getTime() + config.login.lockoutMinutes * 60_000));
    throw new ApiError('account_locked');
  }
  await repo.clearFailedLogins(db, user.id);
  return openSession({ db, config, userId: user.id, method: 'password', now });
}

/** A new session of a user whose sign-in has been checked, by password or by the identity service. */
export async function openSession(options: {
  db: Db;
  config: Config;
  userId: string;
  method: SignInMethod;
  now?: Date;
}): Promise<{ token: string; signedIn: SignedIn }> {
  const { db, config } = options;
  const now = options.now ?? new Date();
  const token = newToken();
  const tokenHash = hashToken(token);
  const csrfToken = newToken();
  await repo.deleteExpiredSessions(db, now);
  await repo.insertSession(db, {
    tokenHash,
    userId: options.userId,
    csrfToken,
    signedInWith: options.method,
    expiresAt: new Date(now.getTime() + config.session.absoluteHours * 3_600_000),
  });
  const signedIn = await resolveSession({ db, config, token, now });
  if (!signedIn) throw new ApiError('internal_error');
  return { token, signedIn };
}

/** Seconds between writes of a session's last-seen time: idle expiry needs no write per request. */
const TOUCH_INTERVAL_MS = 60_000;

export async function resolveSession(options: {
  db: Db;
  config: Config;
  token: string;
  now?: Date;
}): Promise<SignedIn | null> {
  const { db, config, token } = options;
  const now = options.now ?? new Date();
  const tokenHash = hashToken(token);
  const row = await repo.findLiveSession(db, tokenHash, now);
  if (!row?.active) return null;
  const idleMs = now.getTime() - row.lastSeenAt.getTime();
  if (idleMs > config.session.idleMinutes * 60_000) {
    await repo.deleteSession(db, tokenHash);
    return null;
  }
  if (idleMs > TOUCH_INTERVAL_MS) await repo.touchSession(db, tokenHash, now);
  const units = row.units;
  const role = row.role as UserRole;
  return {
    tokenHash,
    csrfToken: row.csrfToken,
    actor: { userId: row.userId, role, organisationId: row.organisationId, unitIds: units.map((u) => u.id) },
    user: {
      id: row.userId,
      displayName: row.displayName,
      title: row.title,
      role,
      organisation: { id: row.organisationId, name: row.organisationName },
      units: units.map((u) => ({
        ...u,
        serviceDomain: u.serviceDomain as SessionUser['units'][number]['serviceDomain'],
      })),
      // A one-time password binds only those who signed in with it, not the identity service's.
      mustChangePassword: row.mustChangePassword && row.signedInWith === 'password',
    },
  };
}

export async function signOut(options: { db: Db; tokenHash: string }) {
  await repo.deleteSession(options.db, options.tokenHash);
}
