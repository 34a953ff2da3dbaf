import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { oidcLogins, users } from '../../db/schema/index';

export interface PendingLogin {
  stateHash: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: Date;
}

export async function insertPendingLogin(db: Executor, row: PendingLogin, now: Date) {
  await db.delete(oidcLogins).where(lt(oidcLogins.expiresAt, now));
  await db.insert(oidcLogins).values(row);
}

/** Takes the sign-in under way for good: a second callback with the same state finds nothing. */
export async function takePendingLogin(db: Executor, stateHash: string, now: Date) {
  const rows = await db.delete(oidcLogins).where(eq(oidcLogins.stateHash, stateHash)).returning({
    nonce: oidcLogins.nonce,
    codeVerifier: oidcLogins.codeVerifier,
    returnTo: oidcLogins.returnTo,
    expiresAt: oidcLogins.expiresAt,
  });
  const row = rows[0];
  return row && row.expiresAt > now ? row : null;
}

const account = { id: users.id, active: users.active, version: users.version };

export async function findUserBySubject(db: Executor, subject: string) {
  const rows = await db.select(account).from(users).where(eq(users.oidcSubject, subject));
  return rows[0] ?? null;
}

/** An account not yet linked to anyone at the identity service, whose e-mail is this address. */
export async function findUnlinkedUserByEmail(db: Executor, email: string) {
  const rows = await db
    .select(account)
    .from(users)
    .where(and(isNull(users.oidcSubject), eq(sql`lower(${users.email})`, email.toLowerCase())));
  // Two accounts with the same address: linking either would be a guess.
  return rows.length === 1 ? rows[0]! : null;
}

/** Links the account, unless someone linked it (or the subject) first. */
export async function linkSubject(tx: Tx, userId: string, version: number, subject: string) {
  const rows = await tx
    .update(users)
    .set({ oidcSubject: subject, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, userId), eq(users.version, version), isNull(users.oidcSubject)))
    .returning({ version: users.version });
  return rows[0]?.version ?? null;
}
