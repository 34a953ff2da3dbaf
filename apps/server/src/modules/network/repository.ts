import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { cases, networkMembers, networkSnapshots, persons, units, users } from '../../db/schema/index';

export type MemberRow = typeof networkMembers.$inferSelect;
export type MemberFields = Omit<
  typeof networkMembers.$inferInsert,
  'id' | 'caseId' | 'version' | 'createdBy' | 'createdAt' | 'updatedAt' | 'removedAt'
>;

export async function membersOfCase(tx: Tx, caseId: string): Promise<MemberRow[]> {
  return tx
    .select()
    .from(networkMembers)
    .where(and(eq(networkMembers.caseId, caseId), isNull(networkMembers.removedAt)))
    .orderBy(asc(networkMembers.ring), asc(networkMembers.name));
}

/** Members the family shares from its other cases, with the unit that keeps each. */
export async function membersSharedFrom(tx: Tx, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return tx
    .select({ member: networkMembers, unit: units.name })
    .from(networkMembers)
    .innerJoin(cases, eq(cases.id, networkMembers.caseId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(
      and(
        inArray(networkMembers.caseId, caseIds),
        eq(networkMembers.sharedWithFamily, true),
        isNull(networkMembers.removedAt),
      ),
    )
    .orderBy(asc(networkMembers.ring), asc(networkMembers.name));
}

export async function findMember(tx: Tx, id: string): Promise<MemberRow | null> {
  const [row] = await tx
    .select()
    .from(networkMembers)
    .where(and(eq(networkMembers.id, id), isNull(networkMembers.removedAt)));
  return row ?? null;
}

export async function insertMember(tx: Tx, caseId: string, fields: MemberFields, createdBy: string) {
  const [row] = await tx
    .insert(networkMembers)
    .values({ ...fields, caseId, createdBy })
    .returning();
  return row!;
}

/** Applies the change over the version the editor saw; null when someone saved first. */
export async function updateMember(tx: Tx, id: string, version: number, fields: MemberFields) {
  const [row] = await tx
    .update(networkMembers)
    .set({ ...fields, version: version + 1, updatedAt: new Date() })
    .where(
      and(eq(networkMembers.id, id), eq(networkMembers.version, version), isNull(networkMembers.removedAt)),
    )
    .returning();
  return row ?? null;
}

export async function removeMember(tx: Tx, id: string) {
  await tx.update(networkMembers).set({ removedAt: new Date() }).where(eq(networkMembers.id, id));
}

export async function clientOfCase(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({ firstNames: persons.firstNames, lastName: persons.lastName })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(eq(cases.id, caseId));
  return row ?? null;
}

const snapshotColumns = {
  id: networkSnapshots.id,
  caseId: networkSnapshots.caseId,
  takenAt: networkSnapshots.takenAt,
  takenBy: users.displayName,
  note: networkSnapshots.note,
};

export async function snapshotsOfCase(tx: Tx, caseId: string) {
  return tx
    .select(snapshotColumns)
    .from(networkSnapshots)
    .innerJoin(users, eq(users.id, networkSnapshots.takenBy))
    .where(eq(networkSnapshots.caseId, caseId))
    .orderBy(desc(networkSnapshots.takenAt));
}

export async function findSnapshot(tx: Tx, id: string) {
  const [row] = await tx
    .select({ ...snapshotColumns, members: networkSnapshots.members })
    .from(networkSnapshots)
    .innerJoin(users, eq(users.id, networkSnapshots.takenBy))
    .where(eq(networkSnapshots.id, id));
  return row ?? null;
}

export async function insertSnapshot(
  tx: Tx,
  caseId: string,
  takenBy: string,
  note: string | null,
  members: unknown[],
) {
  const [row] = await tx
    .insert(networkSnapshots)
    .values({ caseId, takenBy, note, members })
    .returning({ id: networkSnapshots.id });
  return row!.id;
}
