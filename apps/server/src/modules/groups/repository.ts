import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { groupParticipants, groupSessions, groups, persons, units, users } from '../../db/schema/index';

export function groupsOfUnit(tx: Tx, unitId: string) {
  return tx.select().from(groups).where(eq(groups.unitId, unitId)).orderBy(asc(groups.name));
}

export async function findGroup(tx: Tx, id: string) {
  const [row] = await tx
    .select({ group: groups, unitName: units.name })
    .from(groups)
    .innerJoin(units, eq(units.id, groups.unitId))
    .where(eq(groups.id, id));
  return row ?? null;
}

export async function insertGroup(tx: Tx, values: typeof groups.$inferInsert) {
  const [row] = await tx.insert(groups).values(values).returning({ id: groups.id });
  return row!.id;
}

export function participantsOf(tx: Tx, groupIds: string[]) {
  if (groupIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      groupId: groupParticipants.groupId,
      id: persons.id,
      firstNames: persons.firstNames,
      lastName: persons.lastName,
      dateOfBirth: persons.dateOfBirth,
    })
    .from(groupParticipants)
    .innerJoin(persons, eq(persons.id, groupParticipants.personId))
    .where(inArray(groupParticipants.groupId, groupIds))
    .orderBy(asc(persons.lastName), asc(persons.firstNames));
}

export async function addParticipant(tx: Tx, groupId: string, personId: string, by: string) {
  await tx.insert(groupParticipants).values({ groupId, personId, addedBy: by }).onConflictDoNothing();
}

export function sessionsOf(tx: Tx, groupIds: string[]) {
  if (groupIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(groupSessions)
    .where(inArray(groupSessions.groupId, groupIds))
    .orderBy(asc(groupSessions.startsAt));
}

export async function findSession(tx: Tx, id: string) {
  const [row] = await tx.select().from(groupSessions).where(eq(groupSessions.id, id));
  return row ?? null;
}

export async function insertSession(tx: Tx, values: typeof groupSessions.$inferInsert) {
  const [row] = await tx.insert(groupSessions).values(values).returning({ id: groupSessions.id });
  return row!.id;
}

/** Records who came over the version seen; false when someone saved first. */
export async function saveAttendance(
  tx: Tx,
  id: string,
  version: number,
  attendance: { attendedPersonIds: string[]; anonymousCount: number },
) {
  const rows = await tx
    .update(groupSessions)
    .set({ ...attendance, version: version + 1 })
    .where(and(eq(groupSessions.id, id), eq(groupSessions.version, version)))
    .returning({ id: groupSessions.id });
  return rows.length > 0;
}

export function usersByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
}

/** The unit's groups in a period: sessions held, registered attendances and unregistered visitors. */
export async function groupFigures(tx: Tx, unitIds: string[], p: { start: Date; end: Date }) {
  if (unitIds.length === 0) return [];
  return tx
    .select({
      unitId: groups.unitId,
      sessions: sql<number>`count(*)::int`,
      attendances: sql<number>`coalesce(sum(cardinality(${groupSessions.attendedPersonIds})), 0)::int`,
      anonymous: sql<number>`coalesce(sum(${groupSessions.anonymousCount}), 0)::int`,
    })
    .from(groupSessions)
    .innerJoin(groups, eq(groups.id, groupSessions.groupId))
    .where(
      and(
        inArray(groups.unitId, unitIds),
        gte(groupSessions.startsAt, p.start),
        sql`${groupSessions.startsAt} < ${p.end}`,
        sql`${groupSessions.startsAt} <= now()`,
      ),
    )
    .groupBy(groups.unitId);
}
