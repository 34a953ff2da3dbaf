import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { cases, organisations, sessions, unitMemberships, units, users } from '../../db/schema/index';

/**
 * The county's structure: organisations, units and accounts. Configuration, not client data; every
 * change is made over the version the admin saw (`where version = seen`), and the change-log row is
 * written in the same transaction (change-log.ts).
 */

export type OrganisationValues = { name: string; kind: string; parentId: string | null };
export type UnitValues = {
  organisationId: string;
  name: string;
  serviceDomain: string;
  serviceTypes: string[];
  emergencyPhone: string | null;
};
export type AccountValues = {
  username: string;
  displayName: string;
  title: string;
  role: string;
  organisationId: string;
  email: string | null;
  oidcSubject: string | null;
};

export async function listOrganisations(db: Executor) {
  // Column names spelled with their table: in a one-table select Drizzle leaves it out, and
  // `p.id = parent_id` would then compare the subquery's row with itself.
  const parent = sql<
    string | null
  >`(select p.name from ${organisations} p where p.id = "organisations"."parent_id")`;
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      parentId: organisations.parentId,
      parentName: parent,
      version: organisations.version,
      unitCount: sql<number>`(select count(*)::int from ${units} u where u.organisation_id = "organisations"."id")`,
      userCount: sql<number>`(select count(*)::int from ${users} a where a.organisation_id = "organisations"."id" and a.active)`,
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
}
export type OrganisationRow = Awaited<ReturnType<typeof listOrganisations>>[number];

export async function findOrganisation(db: Executor, id: string): Promise<OrganisationRow | null> {
  const rows = await listOrganisations(db);
  return rows.find((o) => o.id === id) ?? null;
}

export async function organisationParents(tx: Tx): Promise<Map<string, string | null>> {
  const rows = await tx
    .select({ id: organisations.id, parentId: organisations.parentId })
    .from(organisations);
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

export async function insertOrganisation(tx: Tx, values: OrganisationValues): Promise<string> {
  const [row] = await tx.insert(organisations).values(values).returning({ id: organisations.id });
  return row!.id;
}

export async function updateOrganisation(tx: Tx, id: string, version: number, values: OrganisationValues) {
  const rows = await tx
    .update(organisations)
    .set({ ...values, version: sql`${organisations.version} + 1` })
    .where(and(eq(organisations.id, id), eq(organisations.version, version)))
    .returning({ version: organisations.version });
  return rows[0] ?? null;
}

export async function organisationVersion(db: Executor, id: string): Promise<number | null> {
  const [row] = await db
    .select({ version: organisations.version })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row?.version ?? null;
}

export async function listUnits(db: Executor, where?: ReturnType<typeof eq>) {
  return db
    .select({
      id: units.id,
      name: units.name,
      organisationId: units.organisationId,
      organisationName: organisations.name,
      serviceDomain: units.serviceDomain,
      serviceTypes: units.serviceTypes,
      emergencyPhone: units.emergencyPhone,
      version: units.version,
      userCount: sql<number>`(select count(*)::int from ${unitMemberships} m join ${users} a on a.id = m.user_id where m.unit_id = ${units.id} and a.active)`,
    })
    .from(units)
    .innerJoin(organisations, eq(organisations.id, units.organisationId))
    .where(where)
    .orderBy(asc(organisations.name), asc(units.name));
}
export type UnitRow = Awaited<ReturnType<typeof listUnits>>[number];

export async function findUnit(db: Executor, id: string): Promise<UnitRow | null> {
  const [row] = await listUnits(db, eq(units.id, id));
  return row ?? null;
}

export async function insertUnit(tx: Tx, values: UnitValues): Promise<string> {
  const [row] = await tx.insert(units).values(values).returning({ id: units.id });
  return row!.id;
}

export async function updateUnit(tx: Tx, id: string, version: number, values: UnitValues) {
  const rows = await tx
    .update(units)
    .set({ ...values, version: sql`${units.version} + 1` })
    .where(and(eq(units.id, id), eq(units.version, version)))
    .returning({ version: units.version });
  return rows[0] ?? null;
}

export async function unitHasCases(tx: Tx, unitId: string): Promise<boolean> {
  const rows = await tx.select({ id: cases.id }).from(cases).where(eq(cases.unitId, unitId)).limit(1);
  return rows.length > 0;
}

/** The organisation of each named unit: an account's units must all be of its own organisation. */
export async function organisationsOfUnits(db: Executor, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({ id: units.id, organisationId: units.organisationId })
    .from(units)
    .where(inArray(units.id, [...unitIds]));
}

export async function listAccounts(db: Executor, where?: ReturnType<typeof eq>) {
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      title: users.title,
      role: users.role,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      email: users.email,
      oidcSubject: users.oidcSubject,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      lockedUntil: users.lockedUntil,
      version: users.version,
      units: sql<{ id: string; name: string }[]>`coalesce((
        select json_agg(json_build_object('id', u.id, 'name', u.name) order by u.name)
        from ${unitMemberships} m join ${units} u on u.id = m.unit_id
        where m.user_id = ${users.id}), '[]'::json)`,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(where)
    .orderBy(asc(users.displayName), asc(users.username));
}
export type AccountRow = Awaited<ReturnType<typeof listAccounts>>[number];

export async function findAccount(db: Executor, id: string): Promise<AccountRow | null> {
  const [row] = await listAccounts(db, eq(users.id, id));
  return row ?? null;
}

/** Whether a username or an identity-service subject is already another account's. */
export async function accountClashes(tx: Tx, values: AccountValues, exceptId: string | null) {
  const other = exceptId ? ne(users.id, exceptId) : undefined;
  const byName = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.username, values.username), other));
  const bySubject = values.oidcSubject
    ? await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.oidcSubject, values.oidcSubject), other))
    : [];
  return { username: byName.length > 0, oidcSubject: bySubject.length > 0 };
}

export async function insertAccount(
  tx: Tx,
  values: AccountValues & { passwordHash: string; mustChangePassword: boolean },
): Promise<string> {
  const [row] = await tx.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

export async function updateAccount(
  tx: Tx,
  id: string,
  version: number,
  values: Partial<AccountValues> & {
    active?: boolean;
    passwordHash?: string;
    mustChangePassword?: boolean;
    failedLogins?: number;
    lockedUntil?: Date | null;
  },
) {
  const rows = await tx
    .update(users)
    .set({ ...values, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ version: users.version });
  return rows[0] ?? null;
}

export async function accountVersion(db: Executor, id: string): Promise<number | null> {
  const [row] = await db.select({ version: users.version }).from(users).where(eq(users.id, id));
  return row?.version ?? null;
}

export async function setAccountUnits(tx: Tx, userId: string, unitIds: readonly string[]) {
  await tx.delete(unitMemberships).where(eq(unitMemberships.userId, userId));
  if (unitIds.length > 0)
    await tx.insert(unitMemberships).values(unitIds.map((unitId) => ({ userId, unitId })));
}

/**
 * The active admins, locked for the rest of the transaction: two admins demoting each other at
 * the same moment cannot both pass the "someone else stays" check.
 */
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .for('update');
  return rows.map((r) => r.id);
}

/** Ends every session of the account: its next request is answered as signed out. */
export async function endSessions(tx: Tx, userId: string) {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}
