import { searchForm } from '@verkosto/domain';
import { and, asc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor, Tx } from '../../db/client';
import {
  casePhaseChanges,
  cases,
  familyMembers,
  organisations,
  persons,
  referrals,
  serviceDirectory,
  units,
  users,
} from '../../db/schema/index';

const sender = alias(users, 'sender');
const decider = alias(users, 'decider');
const redirectUnit = alias(units, 'redirect_unit');
const childMember = alias(familyMembers, 'child_member');
const guardianPerson = alias(persons, 'guardian_person');

const columns = {
  referral: referrals,
  unitName: units.name,
  senderName: sender.displayName,
  senderTitle: sender.title,
  deciderName: decider.displayName,
  redirectUnitName: redirectUnit.name,
  redirectServiceName: serviceDirectory.name,
  casePhase: cases.phase,
  caseStatus: cases.status,
};

function selectReferrals(tx: Executor) {
  return tx
    .select(columns)
    .from(referrals)
    .innerJoin(units, eq(units.id, referrals.targetUnitId))
    .innerJoin(sender, eq(sender.id, referrals.senderUserId))
    .leftJoin(decider, eq(decider.id, referrals.decidedBy))
    .leftJoin(redirectUnit, eq(redirectUnit.id, referrals.redirectedToUnitId))
    .leftJoin(serviceDirectory, eq(serviceDirectory.id, referrals.redirectedToServiceId))
    .leftJoin(cases, eq(cases.id, referrals.caseId));
}
export type ReferralRow = Awaited<ReturnType<typeof findReferral>> & {};

export async function findReferral(tx: Executor, id: string) {
  const [row] = await selectReferrals(tx).where(eq(referrals.id, id));
  return row ?? null;
}

export function referralsSentBy(tx: Tx, userId: string) {
  return selectReferrals(tx).where(eq(referrals.senderUserId, userId)).orderBy(asc(referrals.receivedAt));
}

/** Referrals of a unit waiting for triage, oldest first. */
export function inboxOf(tx: Tx, unitId: string) {
  return selectReferrals(tx)
    .where(and(eq(referrals.targetUnitId, unitId), eq(referrals.status, 'received')))
    .orderBy(asc(referrals.receivedAt));
}

/** Accepted referrals of units whose case is still open in its referral phase: the waiting lists. */
export function waitingIn(tx: Tx, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      referralId: referrals.id,
      unitId: referrals.targetUnitId,
      urgency: referrals.urgency,
      receivedOn: referrals.receivedOn,
      receivedAt: referrals.receivedAt,
      caseId: cases.id,
      personId: cases.personId,
      phase: cases.phase,
      openedOn: cases.openedOn,
      serviceType: cases.serviceType,
      templateId: cases.templateId,
      firstNames: persons.firstNames,
      lastName: persons.lastName,
      responsibleWorker: users.displayName,
    })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(users, eq(users.id, cases.responsibleWorkerId))
    .leftJoin(persons, eq(persons.id, cases.personId))
    .where(
      and(
        inArray(referrals.targetUnitId, unitIds),
        eq(referrals.status, 'accepted'),
        eq(cases.status, 'open'),
        eq(cases.phase, 'referral'),
      ),
    );
}
export type WaitingRow = Awaited<ReturnType<typeof waitingIn>>[number];

/** Days from each referral to its case leaving the waiting list, for cases that left since `since`. */
export async function recentWaits(tx: Tx, unitIds: string[], since: Date) {
  if (unitIds.length === 0) return [];
  return tx
    .select({
      unitId: referrals.targetUnitId,
      days: sql<number>`(min(${casePhaseChanges.changedAt} at time zone 'Europe/Helsinki')::date - ${referrals.receivedOn})::int`,
    })
    .from(referrals)
    .innerJoin(casePhaseChanges, eq(casePhaseChanges.caseId, referrals.caseId))
    .where(
      and(
        inArray(referrals.targetUnitId, unitIds),
        eq(referrals.status, 'accepted'),
        eq(casePhaseChanges.fromPhase, 'referral'),
        gte(casePhaseChanges.changedAt, since),
      ),
    )
    .groupBy(referrals.id, referrals.targetUnitId, referrals.receivedOn);
}

export async function insertReferral(tx: Tx, values: typeof referrals.$inferInsert) {
  const [row] = await tx.insert(referrals).values(values).returning({ id: referrals.id });
  return row!.id;
}

/** Records the triage over the version seen, while the referral still waits for it; false otherwise. */
export async function decide(
  tx: Tx,
  id: string,
  version: number,
  change: Partial<typeof referrals.$inferInsert>,
) {
  const rows = await tx
    .update(referrals)
    .set({ ...change, version: version + 1 })
    .where(and(eq(referrals.id, id), eq(referrals.version, version), eq(referrals.status, 'received')))
    .returning({ id: referrals.id });
  return rows.length > 0;
}

/** Units a referral can be sent to: the social and health care units of every organisation. */
export function referralTargets(tx: Executor) {
  return tx
    .select({ id: units.id, name: units.name, organisation: organisations.name })
    .from(units)
    .innerJoin(organisations, eq(organisations.id, units.organisationId))
    .where(inArray(units.serviceDomain, ['social', 'health']))
    .orderBy(asc(organisations.name), asc(units.name));
}

/**
 * Registered persons a referral may be about: the same first and last name, or the same date of
 * birth with either name — spelled as the search folds them (Mäki = Maki).
 */
export function personsLike(tx: Tx, r: { firstNames: string; lastName: string; dateOfBirth: string }) {
  const first = searchForm(r.firstNames);
  const last = searchForm(r.lastName);
  return tx
    .select({
      personId: persons.id,
      firstNames: persons.firstNames,
      lastName: persons.lastName,
      dateOfBirth: persons.dateOfBirth,
      identityCodeMasked: persons.identityCodeMasked,
    })
    .from(persons)
    .where(
      or(
        and(eq(persons.firstNamesSearch, first), eq(persons.lastNameSearch, last)),
        and(
          eq(persons.dateOfBirth, r.dateOfBirth),
          or(eq(persons.firstNamesSearch, first), eq(persons.lastNameSearch, last)),
        ),
      ),
    )
    .orderBy(asc(persons.lastName), asc(persons.firstNames))
    .limit(20);
}

/** Which units have an open case of these persons: whom to contact, nothing of what the case holds. */
export function openCasesOf(tx: Tx, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return tx
    .selectDistinct({ personId: cases.personId, unit: units.name, serviceType: cases.serviceType })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(and(inArray(cases.personId, personIds), eq(cases.status, 'open')));
}

/** The child a case is about, with a guardian to contact: what a referral out to another unit carries. */
export async function childOfCase(tx: Tx, caseId: string) {
  const [child] = await tx
    .select({
      personId: persons.id,
      firstNames: persons.firstNames,
      lastName: persons.lastName,
      dateOfBirth: persons.dateOfBirth,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(eq(cases.id, caseId));
  if (!child) return null;
  const [guardian] = await tx
    .select({
      firstNames: guardianPerson.firstNames,
      lastName: guardianPerson.lastName,
      phone: guardianPerson.phone,
    })
    .from(familyMembers)
    .innerJoin(
      childMember,
      and(eq(childMember.familyId, familyMembers.familyId), eq(childMember.personId, child.personId)),
    )
    .innerJoin(guardianPerson, eq(guardianPerson.id, familyMembers.personId))
    .where(eq(familyMembers.isGuardian, true))
    .limit(1);
  return {
    ...child,
    guardianName: guardian ? `${guardian.firstNames} ${guardian.lastName}` : null,
    guardianPhone: guardian?.phone ?? null,
  };
}
