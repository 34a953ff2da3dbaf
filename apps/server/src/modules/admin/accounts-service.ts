import type { AdminUser, zUserInput } from '@verkosto/domain';
import type { z } from 'zod';
import { hashPassword } from '../../auth/passwords';
import type { Tx } from '../../db/client';
import { ApiError, notFound } from '../../http/errors';
import { changedFields } from './change-log';
import { newOneTimePassword } from './one-time-password';
import { presentAccount } from './presenter';
import * as repo from './repository';
import { administer, fieldError, type Options, staleOrMissing } from './structure-service';

type UserInput = z.output<typeof zUserInput>;

export function listAccounts({ deps, ctx }: Options<undefined>) {
  return administer(deps.db, ctx, async (tx) => ({
    users: (await repo.listAccounts(tx)).map((row) => presentAccount(row)),
  }));
}

const valuesOf = (input: UserInput): repo.AccountValues => ({
  username: input.username,
  displayName: input.displayName,
  title: input.title,
  role: input.role,
  organisationId: input.organisationId,
  email: input.email,
  oidcSubject: input.oidcSubject,
});

/** What an account must be: unique names, an organisation, and units of that organisation. */
async function checkAccount(tx: Tx, input: UserInput, exceptId: string | null, prefix: string | null) {
  if ((await repo.organisationVersion(tx, input.organisationId)) === null)
    throw fieldError(prefix, 'organisationId', 'invalid');
  const clashes = await repo.accountClashes(tx, valuesOf(input), exceptId);
  if (clashes.username) throw fieldError(prefix, 'username', 'taken');
  if (clashes.oidcSubject) throw fieldError(prefix, 'oidcSubject', 'taken');
  const unitOrgs = await repo.organisationsOfUnits(tx, input.unitIds);
  if (unitOrgs.length !== input.unitIds.length) throw fieldError(prefix, 'unitIds', 'invalid');
  if (unitOrgs.some((u) => u.organisationId !== input.organisationId))
    throw fieldError(prefix, 'unitIds', 'not_in_organisation');
  // Client work happens in units: a worker or team lead with none could open nothing.
  if ((input.role === 'worker' || input.role === 'team_lead') && input.unitIds.length === 0)
    throw fieldError(prefix, 'unitIds', 'required');
}

/** Refuses a change that would leave no active admin: somebody must be able to sign the others in. */
async function keepAnAdmin(tx: Tx, userId: string) {
  const admins = await repo.lockActiveAdmins(tx);
  if (admins.includes(userId) && admins.length === 1) throw new ApiError('last_admin');
}

async function presentFresh(tx: Tx, id: string): Promise<AdminUser> {
  return presentAccount((await repo.findAccount(tx, id))!);
}

export function addAccount({ deps, ctx, input }: Options<UserInput>) {
  return administer(deps.db, ctx, async (tx, log) => {
    await checkAccount(tx, input, null, null);
    const oneTimePassword = newOneTimePassword();
    const id = await repo.insertAccount(tx, {
      ...valuesOf(input),
      passwordHash: await hashPassword(oneTimePassword),
      mustChangePassword: true,
    });
    await repo.setAccountUnits(tx, id, input.unitIds);
    await log({ action: 'create', recordType: 'user', recordId: id, version: 1, changes: { ...input } });
    return { user: await presentFresh(tx, id), oneTimePassword };
  });
}

export function changeAccount({
  deps,
  ctx,
  input,
}: Options<{ id: string; version: number; user: UserInput }>): Promise<AdminUser> {
  return administer(deps.db, ctx, async (tx, log) => {
    const before = await repo.findAccount(tx, input.id);
    if (!before) throw notFound();
    await checkAccount(tx, input.user, input.id, 'user');
    if (before.role === 'admin' && input.user.role !== 'admin') await keepAnAdmin(tx, input.id);
    const updated = await repo.updateAccount(tx, input.id, input.version, valuesOf(input.user));
    if (!updated) throw staleOrMissing(await repo.accountVersion(tx, input.id));
    await repo.setAccountUnits(tx, input.id, input.user.unitIds);
    const changes = changedFields(
      {
        username: before.username,
        displayName: before.displayName,
        title: before.title,
        role: before.role,
        organisationId: before.organisationId,
        unitIds: before.units.map((u) => u.id).sort(),
        email: before.email,
        oidcSubject: before.oidcSubject,
      },
      { ...input.user, unitIds: [...input.user.unitIds].sort() },
    );
    // A new role or units change what the account may open: its sessions start again with the new ones.
    if ('role' in changes || 'unitIds' in changes || 'organisationId' in changes)
      await repo.endSessions(tx, input.id);
    await log({
      action: 'update',
      recordType: 'user',
      recordId: input.id,
      version: updated.version,
      changes,
    });
    return presentFresh(tx, input.id);
  });
}

export function setAccountActive({
  deps,
  ctx,
  input,
}: Options<{ id: string; version: number; active: boolean }>): Promise<AdminUser> {
  return administer(deps.db, ctx, async (tx, log) => {
    const before = await repo.findAccount(tx, input.id);
    if (!before) throw notFound();
    if (!input.active) await keepAnAdmin(tx, input.id);
    const updated = await repo.updateAccount(tx, input.id, input.version, { active: input.active });
    if (!updated) throw staleOrMissing(await repo.accountVersion(tx, input.id));
    // Sessions are checked against the account on every request too; ending them here frees the rows.
    if (!input.active) await repo.endSessions(tx, input.id);
    await log({
      action: input.active ? 'reactivate' : 'deactivate',
      recordType: 'user',
      recordId: input.id,
      version: updated.version,
      changes: { active: input.active },
    });
    return presentFresh(tx, input.id);
  });
}

export function resetPassword({ deps, ctx, input }: Options<{ id: string; version: number }>) {
  return administer(deps.db, ctx, async (tx, log) => {
    if (!(await repo.findAccount(tx, input.id))) throw notFound();
    const oneTimePassword = newOneTimePassword();
    const updated = await repo.updateAccount(tx, input.id, input.version, {
      passwordHash: await hashPassword(oneTimePassword),
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
    });
    if (!updated) throw staleOrMissing(await repo.accountVersion(tx, input.id));
    await repo.endSessions(tx, input.id);
    await log({
      action: 'reset_password',
      recordType: 'user',
      recordId: input.id,
      version: updated.version,
      changes: { passwordHash: true, mustChangePassword: true },
    });
    return { user: await presentFresh(tx, input.id), oneTimePassword };
  });
}
