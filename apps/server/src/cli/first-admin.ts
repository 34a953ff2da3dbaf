import { zOrganisationInput, zUserInput } from '@verkosto/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { hashPassword } from '../auth/passwords';
import type { Db } from '../db/client';
import { organisations, users } from '../db/schema/index';
import { recordChange } from '../modules/admin/change-log';
import { newOneTimePassword } from '../modules/admin/one-time-password';

/** What the operator gives on the command line, validated by the same pieces as an admin's form. */
export const zFirstAdminInput = zUserInput
  .pick({ username: true, displayName: true, title: true, email: true })
  .extend({ organisation: zOrganisationInput.shape.name });
export type FirstAdminInput = z.input<typeof zFirstAdminInput>;

export type FirstAdminResult =
  | {
      ok: true;
      userId: string;
      organisationId: string;
      organisationCreated: boolean;
      /** Shown to the operator once; only its hash is stored. */
      oneTimePassword: string;
    }
  | { ok: false; reason: 'admin_exists' | 'username_taken' };

/** Orders two operators running the command at once, so that neither can make a second first admin. */
const FIRST_ADMIN_LOCK = 7310432003;

/**
 * Creates a county's first admin on a database that has no admin account: the organisation
 * (a county, unless one of that name exists), the account with a one-time password it must change
 * at first sign-in, and a change-log row for each record made, with no actor (the command line).
 * Once any admin exists it changes nothing: further accounts are made by admins in the app.
 */
export async function createFirstAdmin(options: {
  db: Db;
  input: FirstAdminInput;
}): Promise<FirstAdminResult> {
  const input = zFirstAdminInput.parse(options.input);
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return options.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`);
    const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
    if (admins.length > 0) return { ok: false, reason: 'admin_exists' } as const;
    const taken = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken.length > 0) return { ok: false, reason: 'username_taken' } as const;

    const log = (recordType: 'organisation' | 'user', recordId: string, changes: Record<string, unknown>) =>
      recordChange(tx, {
        actorUserId: null,
        requestId: null,
        action: 'create',
        recordType,
        recordId,
        version: 1,
        changes,
      });

    const [existing] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, input.organisation))
      .limit(1);
    let organisationId = existing?.id;
    if (!organisationId) {
      const values = { name: input.organisation, kind: 'county', parentId: null };
      const [made] = await tx.insert(organisations).values(values).returning({ id: organisations.id });
      organisationId = made!.id;
      await log('organisation', organisationId, values);
    }

    const account = {
      username: input.username,
      displayName: input.displayName,
      title: input.title,
      role: 'admin',
      organisationId,
      email: input.email,
      mustChangePassword: true,
    };
    const [user] = await tx
      .insert(users)
      .values({ ...account, passwordHash })
      .returning({ id: users.id });
    // The password is not among the changes: the log never holds a secret, not even its hash.
    await log('user', user!.id, { ...account, unitIds: [] });
    return {
      ok: true,
      userId: user!.id,
      organisationId,
      organisationCreated: !existing,
      oneTimePassword,
    } as const;
  });
}
