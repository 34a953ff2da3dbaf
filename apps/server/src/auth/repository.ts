import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { organisations, sessions, unitMemberships, units, users } from '../db/schema/index';

export async function findUserByUsername(db: Executor, username: string) {
  const rows = await db.select().from(users).where(eq(users.username, username));
  return rows[0] ?? null;
}

/** Adds one failed sign-in and answers the count so far. */
export async function countFailedLogin(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .update(users)
    .set({ failedLogins: sql`${users.failedLogins} + 1` })
    .where(eq(users.id, userId))
    .returning({ failedLogins: users.failedLogins });
  return row?.failedLogins ?? 0;
}

export async function lockAccount(db: Executor, userId: string, lockedUntil: Date) {
  await db.update(users).set({ failedLogins: 0, lockedUntil }).where(eq(users.id, userId));
}

export async function clearFailedLogins(db: Executor, userId: string) {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function insertSession(
  db: Executor,
  row: { tokenHash: string; userId: string; csrfToken: string; signedInWith: string; expiresAt: Date },
) {
  await db.insert(sessions).values(row);
}

export async function deleteSession(db: Executor, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Executor, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function findLiveSession(db: Executor, tokenHash: string, now: Date) {
  const rows = await db
    .select({
      tokenHash: sessions.tokenHash,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      role: users.role,
      displayName: users.displayName,
      title: users.title,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      signedInWith: sessions.signedInWith,
      // The user's units in the same round trip: this runs on every API request.
      units: sql<{ id: string; name: string; serviceDomain: string }[]>`coalesce((
        select json_agg(json_build_object('id', u.id, 'name', u.name, 'serviceDomain', u.service_domain) order by u.name)
        from ${unitMemberships} m join ${units} u on u.id = m.unit_id
        where m.user_id = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return rows[0] ?? null;
}

export async function touchSession(db: Executor, tokenHash: string, now: Date) {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

export async function findPasswordHash(db: Executor, userId: string): Promise<string | null> {
  const rows = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return rows[0]?.hash ?? null;
}

/** The user's own new password; every other session of theirs ends with the old one. */
export async function replaceOwnPassword(
  db: Db,
  userId: string,
  passwordHash: string,
  keepTokenHash: string,
) {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, failedLogins: 0, lockedUntil: null })
      .where(eq(users.id, userId));
    await tx.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
  });
}
