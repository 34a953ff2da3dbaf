import { and, asc, desc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client';
import {
  cases,
  consents,
  familyMembers,
  networkMembers,
  organisations,
  persons,
  teamMembers,
  teams,
  unitMemberships,
  units,
  users,
} from '../../db/schema/index';

const fromUnit = alias(units, 'from_unit');
const recipientUnit = alias(units, 'recipient_unit');
const recipientOrganisation = alias(organisations, 'recipient_organisation');
const recorder = alias(users, 'recorder');
const withdrawer = alias(users, 'withdrawer');

function selectConsents(tx: Tx) {
  return tx
    .select({
      consent: consents,
      fromUnitId: fromUnit.id,
      fromUnitName: fromUnit.name,
      giverFirstNames: persons.firstNames,
      giverLastName: persons.lastName,
      recipientUnitName: recipientUnit.name,
      recipientOrganisationName: recipientOrganisation.name,
      recipientMemberName: networkMembers.name,
      recipientTeamName: teams.name,
      recordedByName: recorder.displayName,
      withdrawnByName: withdrawer.displayName,
    })
    .from(consents)
    .innerJoin(cases, eq(cases.id, consents.caseId))
    .innerJoin(fromUnit, eq(fromUnit.id, cases.unitId))
    .innerJoin(persons, eq(persons.id, consents.givenByPersonId))
    .innerJoin(recorder, eq(recorder.id, consents.recordedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, consents.withdrawnBy))
    .leftJoin(recipientUnit, eq(recipientUnit.id, consents.recipientUnitId))
    .leftJoin(recipientOrganisation, eq(recipientOrganisation.id, consents.recipientOrganisationId))
    .leftJoin(networkMembers, eq(networkMembers.id, consents.recipientMemberId))
    .leftJoin(teams, eq(teams.id, consents.recipientTeamId));
}

export type ConsentRow = Awaited<ReturnType<ReturnType<typeof selectConsents>['execute']>>[number];

export async function consentsOfCase(tx: Tx, caseId: string): Promise<ConsentRow[]> {
  return selectConsents(tx).where(eq(consents.caseId, caseId)).orderBy(desc(consents.recordedAt));
}

export async function findConsent(tx: Tx, id: string): Promise<ConsentRow | null> {
  const [row] = await selectConsents(tx).where(eq(consents.id, id));
  return row ?? null;
}

export async function insertConsent(tx: Tx, row: typeof consents.$inferInsert): Promise<string> {
  const [inserted] = await tx.insert(consents).values(row).returning({ id: consents.id });
  return inserted!.id;
}

/** Withdraws a consent still in effect; null when it had been withdrawn already. */
export async function withdrawConsent(tx: Tx, id: string, by: string) {
  const [row] = await tx
    .update(consents)
    .set({ withdrawnAt: new Date(), withdrawnBy: by })
    .where(and(eq(consents.id, id), isNull(consents.withdrawnAt)))
    .returning({ id: consents.id });
  return row ?? null;
}

/**
 * Who may give consent for a case: its client, and the guardians in the client's families or in
 * the case's family (a child's own view is recorded beside a guardian's consent).
 */
export async function giversOfCase(tx: Tx, caseRow: { personId: string | null; familyId: string | null }) {
  const familyIds: string[] = [];
  if (caseRow.familyId) familyIds.push(caseRow.familyId);
  if (caseRow.personId) {
    const own = await tx
      .select({ id: familyMembers.familyId })
      .from(familyMembers)
      .where(eq(familyMembers.personId, caseRow.personId));
    familyIds.push(...own.map((f) => f.id));
  }
  const conditions = [
    ...(caseRow.personId ? [eq(persons.id, caseRow.personId)] : []),
    ...(familyIds.length > 0
      ? [and(inArray(familyMembers.familyId, familyIds), eq(familyMembers.isGuardian, true))]
      : []),
  ];
  if (conditions.length === 0) return [];
  const rows = await tx
    .selectDistinct({
      id: persons.id,
      firstNames: persons.firstNames,
      lastName: persons.lastName,
      isGuardian: familyMembers.isGuardian,
    })
    .from(persons)
    .leftJoin(familyMembers, eq(familyMembers.personId, persons.id))
    .where(or(...conditions))
    .orderBy(asc(persons.lastName), asc(persons.firstNames));
  const byId = new Map<string, { id: string; firstNames: string; lastName: string; role: string }>();
  for (const r of rows) {
    const role = r.id === caseRow.personId ? 'client' : 'guardian';
    if (!byId.has(r.id) || role === 'client')
      byId.set(r.id, { id: r.id, firstNames: r.firstNames, lastName: r.lastName, role });
  }
  return [...byId.values()];
}

export async function allUnits(tx: Tx) {
  return tx
    .select({ id: units.id, name: units.name, organisation: organisations.name })
    .from(units)
    .innerJoin(organisations, eq(organisations.id, units.organisationId))
    .orderBy(asc(units.name));
}

export async function allOrganisations(tx: Tx) {
  return tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .orderBy(asc(organisations.name));
}

/** What the consent rules need of the case: its unit and whom it is about. */
export async function caseSubject(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({ id: cases.id, unitId: cases.unitId, personId: cases.personId, familyId: cases.familyId })
    .from(cases)
    .where(eq(cases.id, caseId));
  return row ?? null;
}

/** The case's network members a consent may name: present, and not refused by the client. */
export async function recipientMembersOfCase(tx: Tx, caseId: string) {
  return tx
    .select({ id: networkMembers.id, name: networkMembers.name, relation: networkMembers.relation })
    .from(networkMembers)
    .where(
      and(
        eq(networkMembers.caseId, caseId),
        isNull(networkMembers.removedAt),
        ne(networkMembers.clientChoice, 'not_wanted'),
      ),
    )
    .orderBy(asc(networkMembers.name));
}

export async function findMember(tx: Tx, memberId: string) {
  const [member] = await tx
    .select({
      caseId: networkMembers.caseId,
      clientChoice: networkMembers.clientChoice,
      removedAt: networkMembers.removedAt,
    })
    .from(networkMembers)
    .where(eq(networkMembers.id, memberId));
  return member ?? null;
}

/** Teams with a member working in the unit: the teams a client of the unit can be brought to. */
export function teamsOfUnit(tx: Tx, unitId: string) {
  return tx
    .selectDistinct({ id: teams.id, name: teams.name })
    .from(teams)
    .innerJoin(teamMembers, eq(teamMembers.teamId, teams.id))
    .innerJoin(unitMemberships, eq(unitMemberships.userId, teamMembers.userId))
    .where(eq(unitMemberships.unitId, unitId))
    .orderBy(asc(teams.name));
}
