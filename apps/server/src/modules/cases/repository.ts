import { and, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor, Tx } from '../../db/client';
import {
  cases,
  consents,
  families,
  organisations,
  persons,
  unitMemberships,
  units,
  users,
} from '../../db/schema/index';

const responsible = alias(users, 'responsible');
const pair = alias(users, 'pair');
const purchaser = alias(organisations, 'purchaser');
const unitOrganisation = alias(organisations, 'unit_organisation');

const caseColumns = {
  id: cases.id,
  version: cases.version,
  serviceType: cases.serviceType,
  phase: cases.phase,
  status: cases.status,
  openedOn: cases.openedOn,
  closedOn: cases.closedOn,
  closingReason: cases.closingReason,
  closingNote: cases.closingNote,
  unitId: units.id,
  unitName: units.name,
  serviceDomain: units.serviceDomain,
  organisationId: unitOrganisation.id,
  organisationName: unitOrganisation.name,
  personId: persons.id,
  personFirstNames: persons.firstNames,
  personLastName: persons.lastName,
  personDateOfBirth: persons.dateOfBirth,
  familyId: families.id,
  familyName: families.name,
  responsibleId: responsible.id,
  responsibleName: responsible.displayName,
  responsibleTitle: responsible.title,
  pairId: pair.id,
  pairName: pair.displayName,
  pairTitle: pair.title,
  purchaserId: purchaser.id,
  purchaserName: purchaser.name,
};

export type CaseRow = Awaited<ReturnType<typeof selectCases>>[number];

/** The case header with its unit, workers, subject and purchaser; exported for the bench's direct-SQL twin. */
export function selectCases(db: Executor, where: SQL | undefined) {
  return db
    .select(caseColumns)
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .innerJoin(unitOrganisation, eq(unitOrganisation.id, units.organisationId))
    .innerJoin(responsible, eq(responsible.id, cases.responsibleWorkerId))
    .leftJoin(pair, eq(pair.id, cases.pairWorkerId))
    .leftJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(families, eq(families.id, cases.familyId))
    .leftJoin(purchaser, eq(purchaser.id, cases.purchaserOrganisationId))
    .where(where)
    .orderBy(desc(cases.openedOn), desc(cases.createdAt));
}

export const caseById = (id: string) => eq(cases.id, id);

/**
 * The header joins eight tables in a plain order: the case, then each row it points to by key.
 * Weighing every join order cost the planner more than running the query (1.6 ms against 0.2 ms),
 * so these reads keep the written order for the rest of their transaction.
 */
async function keepWrittenJoinOrder(tx: Tx) {
  await tx.execute(sql`set local join_collapse_limit = 1`);
}

export async function findCase(tx: Tx, id: string): Promise<CaseRow | null> {
  await keepWrittenJoinOrder(tx);
  const rows = await selectCases(tx, caseById(id));
  return rows[0] ?? null;
}

export async function casesByIds(tx: Tx, ids: string[]): Promise<CaseRow[]> {
  if (ids.length === 0) return [];
  await keepWrittenJoinOrder(tx);
  return selectCases(tx, inArray(cases.id, ids));
}

/** The worker's own cases (responsible or pair) and the open cases of their units. */
export async function casesOfWorker(tx: Tx, userId: string, unitIds: readonly string[]): Promise<CaseRow[]> {
  const mine = or(eq(cases.responsibleWorkerId, userId), eq(cases.pairWorkerId, userId));
  const where =
    unitIds.length > 0 ? or(mine, and(inArray(cases.unitId, [...unitIds]), eq(cases.status, 'open'))) : mine;
  await keepWrittenJoinOrder(tx);
  return selectCases(tx, where).limit(500);
}

/** Open cases of the units whose responsible worker's account has been deactivated. */
export async function casesWithoutActiveWorker(tx: Tx, unitIds: readonly string[]): Promise<CaseRow[]> {
  if (unitIds.length === 0) return [];
  await keepWrittenJoinOrder(tx);
  return selectCases(
    tx,
    and(inArray(cases.unitId, [...unitIds]), eq(cases.status, 'open'), eq(responsible.active, false)),
  ).limit(500);
}

export async function insertCase(tx: Tx, row: typeof cases.$inferInsert) {
  const [inserted] = await tx.insert(cases).values(row).returning({ id: cases.id });
  return inserted!.id;
}

export async function closeCase(
  tx: Tx,
  id: string,
  version: number,
  change: { closedOn: string; closingReason: string; closingNote: string | null },
) {
  const [updated] = await tx
    .update(cases)
    .set({ ...change, status: 'closed', phase: 'closed', version: version + 1, updatedAt: new Date() })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning({ id: cases.id });
  return updated ?? null;
}

export async function reassignCase(
  tx: Tx,
  id: string,
  version: number,
  change: { responsibleWorkerId: string; pairWorkerId: string | null },
) {
  const [updated] = await tx
    .update(cases)
    .set({ ...change, version: version + 1, updatedAt: new Date() })
    .where(and(eq(cases.id, id), eq(cases.version, version), eq(cases.status, 'open')))
    .returning({ id: cases.id });
  return updated ?? null;
}

/** A unit's workers (for the case form), and whether a user works in a unit. */
export async function usersOfUnits(tx: Tx, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return tx
    .select({
      unitId: unitMemberships.unitId,
      id: users.id,
      displayName: users.displayName,
      title: users.title,
      role: users.role,
    })
    .from(unitMemberships)
    .innerJoin(users, eq(users.id, unitMemberships.userId))
    .where(and(inArray(unitMemberships.unitId, unitIds), eq(users.active, true)));
}

/** Workers and team leads (not admins): those who may be named on a case. */
export async function isClientWorker(tx: Tx, userId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true), inArray(users.role, ['worker', 'team_lead'])));
  return rows.length > 0;
}

export async function allClientWorkers(tx: Tx) {
  const rows = await tx
    .select({
      id: users.id,
      displayName: users.displayName,
      title: users.title,
      unitName: sql<string>`min(${units.name})`,
    })
    .from(users)
    .innerJoin(unitMemberships, eq(unitMemberships.userId, users.id))
    .innerJoin(units, eq(units.id, unitMemberships.unitId))
    .where(and(eq(users.active, true), inArray(users.role, ['worker', 'team_lead'])))
    .groupBy(users.id)
    .orderBy(users.displayName);
  return rows;
}

/**
 * Users a network member may be linked to: client workers, and purchasers, who take part in the
 * network reviews of the cases they buy. A purchaser has no unit; their organisation names them.
 */
export async function networkLinkableUsers(tx: Tx) {
  const purchasers = await tx
    .select({
      id: users.id,
      displayName: users.displayName,
      title: users.title,
      unitName: organisations.name,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.active, true), eq(users.role, 'purchaser')))
    .orderBy(users.displayName);
  return [...(await allClientWorkers(tx)), ...purchasers];
}

/** Whether a user may be linked to a network member (see networkLinkableUsers). */
export async function isLinkableUser(tx: Tx, userId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        eq(users.active, true),
        inArray(users.role, ['worker', 'team_lead', 'purchaser']),
      ),
    );
  return rows.length > 0;
}

export async function unitsByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: units.id, name: units.name, serviceDomain: units.serviceDomain })
    .from(units)
    .where(inArray(units.id, ids));
}

/** Organisations that buy services: counties and municipalities. */
export async function purchaserOrganisations(tx: Tx) {
  return tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.kind, ['county', 'municipality']));
}

/** Who gave the consent that opened a case: said beside the case, so the reader knows on whose word. */
export async function consentGiverName(tx: Tx, consentId: string): Promise<string | null> {
  const rows = await tx
    .select({ firstNames: persons.firstNames, lastName: persons.lastName })
    .from(consents)
    .innerJoin(persons, eq(persons.id, consents.givenByPersonId))
    .where(eq(consents.id, consentId));
  return rows[0] ? `${rows[0].firstNames} ${rows[0].lastName}` : null;
}
