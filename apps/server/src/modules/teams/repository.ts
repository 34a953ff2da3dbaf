import { and, asc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import {
  cases,
  caseTeamDecisions,
  consents,
  type ItemRecordContent,
  persons,
  teamAgendaItems,
  teamItemRecords,
  teamMeetings,
  teamMembers,
  teams,
  unitMemberships,
  units,
  users,
} from '../../db/schema/index';

export async function teamsOfUser(tx: Tx, userId: string) {
  return tx
    .select({ team: teams })
    .from(teams)
    .innerJoin(teamMembers, eq(teamMembers.teamId, teams.id))
    .where(eq(teamMembers.userId, userId))
    .orderBy(asc(teams.name));
}

export async function findTeam(tx: Tx, id: string) {
  const [row] = await tx.select().from(teams).where(eq(teams.id, id));
  return row ?? null;
}

export async function isMember(tx: Tx, teamId: string, userId: string) {
  const [row] = await tx
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
  return row !== undefined;
}

/** The members with the units they work in: whose views a team meeting asks. */
export async function membersOf(tx: Tx, teamIds: string[]) {
  if (teamIds.length === 0) return [];
  return tx
    .select({
      teamId: teamMembers.teamId,
      id: users.id,
      name: users.displayName,
      title: users.title,
      unitId: units.id,
      unit: units.name,
    })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .leftJoin(unitMemberships, eq(unitMemberships.userId, users.id))
    .leftJoin(units, eq(units.id, unitMemberships.unitId))
    .where(inArray(teamMembers.teamId, teamIds))
    .orderBy(asc(users.displayName));
}

export async function insertTeam(tx: Tx, values: typeof teams.$inferInsert, memberIds: string[]) {
  const [row] = await tx.insert(teams).values(values).returning({ id: teams.id });
  await tx.insert(teamMembers).values(memberIds.map((userId) => ({ teamId: row!.id, userId })));
  return row!.id;
}

export function meetingsOf(tx: Tx, teamId: string) {
  return tx
    .select()
    .from(teamMeetings)
    .where(eq(teamMeetings.teamId, teamId))
    .orderBy(asc(teamMeetings.startsAt));
}

export async function nextMeetings(tx: Tx, teamIds: string[], now: Date) {
  if (teamIds.length === 0) return [];
  return tx
    .selectDistinctOn([teamMeetings.teamId], {
      teamId: teamMeetings.teamId,
      id: teamMeetings.id,
      startsAt: teamMeetings.startsAt,
    })
    .from(teamMeetings)
    .where(
      and(
        inArray(teamMeetings.teamId, teamIds),
        gte(teamMeetings.startsAt, now),
        eq(teamMeetings.status, 'planned'),
      ),
    )
    .orderBy(teamMeetings.teamId, asc(teamMeetings.startsAt));
}

export async function insertMeetings(tx: Tx, teamId: string, startsAt: Date[]) {
  const existing = new Set((await meetingsOf(tx, teamId)).map((m) => m.startsAt.getTime()));
  const fresh = startsAt.filter((d) => !existing.has(d.getTime()));
  if (fresh.length > 0) await tx.insert(teamMeetings).values(fresh.map((d) => ({ teamId, startsAt: d })));
}

export async function findMeeting(tx: Tx, id: string) {
  const [row] = await tx.select().from(teamMeetings).where(eq(teamMeetings.id, id));
  return row ?? null;
}

const itemColumns = {
  item: teamAgendaItems,
  broughtBy: users.displayName,
  broughtByUnit: units.name,
  childFirstNames: persons.firstNames,
  childLastName: persons.lastName,
  casePersonId: cases.personId,
};

function selectItems(tx: Tx) {
  return tx
    .select(itemColumns)
    .from(teamAgendaItems)
    .innerJoin(users, eq(users.id, teamAgendaItems.broughtBy))
    .leftJoin(units, eq(units.id, teamAgendaItems.broughtByUnitId))
    .leftJoin(cases, eq(cases.id, teamAgendaItems.caseId))
    .leftJoin(persons, eq(persons.id, cases.personId));
}
export type ItemRow = Awaited<ReturnType<ReturnType<typeof selectItems>['execute']>>[number];

/** The rolling agenda: every item not yet decided, oldest first. */
export function openItems(tx: Tx, teamIds: string[]) {
  if (teamIds.length === 0) return Promise.resolve([]);
  return selectItems(tx)
    .where(and(inArray(teamAgendaItems.teamId, teamIds), eq(teamAgendaItems.status, 'open')))
    .orderBy(asc(teamAgendaItems.broughtAt));
}

/** A meeting's agenda: the items still open, and those it decided. */
export function itemsOfMeeting(tx: Tx, teamId: string, meetingId: string) {
  return selectItems(tx)
    .where(
      and(
        eq(teamAgendaItems.teamId, teamId),
        or(eq(teamAgendaItems.status, 'open'), eq(teamAgendaItems.decidedInMeetingId, meetingId)),
      ),
    )
    .orderBy(asc(teamAgendaItems.broughtAt));
}

export async function insertItem(tx: Tx, values: typeof teamAgendaItems.$inferInsert) {
  const [row] = await tx.insert(teamAgendaItems).values(values).returning({ id: teamAgendaItems.id });
  return row!.id;
}

export async function findItem(tx: Tx, id: string) {
  const [row] = await selectItems(tx).where(eq(teamAgendaItems.id, id));
  return row ?? null;
}

/**
 * The actor-independent part of the named rule: cases with a guardian's consent for this team in force
 * on `today`. The service still decides which of them the actor may bring.
 */
export async function casesWithTeamConsent(tx: Tx, teamId: string, today: string, caseIds?: string[]) {
  return tx
    .selectDistinct({ caseId: consents.caseId })
    .from(consents)
    .where(
      and(
        eq(consents.recipientTeamId, teamId),
        eq(consents.purpose, 'team_consultation'),
        isNull(consents.withdrawnAt),
        sql`${consents.validFrom} <= ${today}`,
        sql`(${consents.validTo} is null or ${consents.validTo} >= ${today})`,
        caseIds ? inArray(consents.caseId, caseIds) : undefined,
      ),
    );
}

export function recordsOfMeeting(tx: Tx, meetingId: string) {
  return tx.select().from(teamItemRecords).where(eq(teamItemRecords.meetingId, meetingId));
}

/** Saves an item's record over the version seen (0: none yet); false when someone saved first. */
export async function saveRecord(
  tx: Tx,
  r: { meetingId: string; itemId: string; version: number; content: ItemRecordContent; by: string },
) {
  if (r.version === 0) {
    const rows = await tx
      .insert(teamItemRecords)
      .values({ meetingId: r.meetingId, itemId: r.itemId, content: r.content, recordedBy: r.by })
      .onConflictDoNothing()
      .returning({ id: teamItemRecords.id });
    if (rows.length > 0) await touchMeeting(tx, r.meetingId);
    return rows.length > 0;
  }
  const rows = await tx
    .update(teamItemRecords)
    .set({ content: r.content, version: r.version + 1, recordedBy: r.by, recordedAt: new Date() })
    .where(
      and(
        eq(teamItemRecords.meetingId, r.meetingId),
        eq(teamItemRecords.itemId, r.itemId),
        eq(teamItemRecords.version, r.version),
        eq(teamItemRecords.signed, false),
      ),
    )
    .returning({ id: teamItemRecords.id });
  if (rows.length > 0) await touchMeeting(tx, r.meetingId);
  return rows.length > 0;
}

/** Every item saved changes the minutes: signing over an older version then answers 409, not signs it unseen. */
async function touchMeeting(tx: Tx, meetingId: string) {
  await tx
    .update(teamMeetings)
    .set({ version: sql`${teamMeetings.version} + 1` })
    .where(eq(teamMeetings.id, meetingId));
}

/** Signs the minutes over the version seen: the meeting, then each of its records. */
export async function signMeeting(tx: Tx, meetingId: string, version: number, by: string) {
  const rows = await tx
    .update(teamMeetings)
    .set({ status: 'signed', signedBy: by, signedAt: new Date(), version: version + 1 })
    .where(
      and(
        eq(teamMeetings.id, meetingId),
        eq(teamMeetings.version, version),
        eq(teamMeetings.status, 'planned'),
      ),
    )
    .returning({ id: teamMeetings.id });
  if (rows.length === 0) return false;
  await tx.update(teamItemRecords).set({ signed: true }).where(eq(teamItemRecords.meetingId, meetingId));
  return true;
}

export async function markDecided(tx: Tx, itemIds: string[], meetingId: string) {
  if (itemIds.length === 0) return;
  await tx
    .update(teamAgendaItems)
    .set({ status: 'decided', decidedInMeetingId: meetingId })
    .where(inArray(teamAgendaItems.id, itemIds));
}

/** The open cases of a person in the given units: where a decision about them lands. */
export function openCasesInUnits(tx: Tx, personId: string, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.personId, personId), inArray(cases.unitId, unitIds), eq(cases.status, 'open')));
}

export async function landDecision(tx: Tx, caseId: string, recordId: string, meetingOn: string) {
  await tx.insert(caseTeamDecisions).values({ caseId, recordId, meetingOn });
}

export function decisionsOfCase(tx: Executor, caseId: string) {
  return tx
    .select({
      decision: caseTeamDecisions,
      content: teamItemRecords.content,
      version: teamItemRecords.version,
      team: teams.name,
      signedBy: users.displayName,
    })
    .from(caseTeamDecisions)
    .innerJoin(teamItemRecords, eq(teamItemRecords.id, caseTeamDecisions.recordId))
    .innerJoin(teamMeetings, eq(teamMeetings.id, teamItemRecords.meetingId))
    .innerJoin(teams, eq(teams.id, teamMeetings.teamId))
    .innerJoin(users, eq(users.id, teamMeetings.signedBy))
    .where(eq(caseTeamDecisions.caseId, caseId))
    .orderBy(asc(caseTeamDecisions.meetingOn));
}

export function unitNames(tx: Tx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
}

export function userUnits(tx: Tx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .select({ id: users.id, name: users.displayName, unit: sql<string>`coalesce(min(${units.name}), '')` })
    .from(users)
    .leftJoin(unitMemberships, eq(unitMemberships.userId, users.id))
    .leftJoin(units, eq(units.id, unitMemberships.unitId))
    .where(inArray(users.id, ids))
    .groupBy(users.id);
}
