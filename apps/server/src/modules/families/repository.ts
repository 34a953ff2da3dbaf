import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { families, familyMembers, persons } from '../../db/schema/index';

export type FamilyRow = typeof families.$inferSelect;

export async function findFamily(tx: Tx, id: string): Promise<FamilyRow | null> {
  const rows = await tx.select().from(families).where(eq(families.id, id));
  return rows[0] ?? null;
}

export async function membersOfFamily(tx: Tx, familyId: string) {
  return tx
    .select({
      personId: persons.id,
      firstNames: persons.firstNames,
      lastName: persons.lastName,
      dateOfBirth: persons.dateOfBirth,
      role: familyMembers.role,
      isGuardian: familyMembers.isGuardian,
    })
    .from(familyMembers)
    .innerJoin(persons, eq(persons.id, familyMembers.personId))
    .where(eq(familyMembers.familyId, familyId))
    .orderBy(asc(persons.dateOfBirth));
}

export async function existingPersonIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.select({ id: persons.id }).from(persons).where(inArray(persons.id, ids));
  return new Set(rows.map((r) => r.id));
}

export interface MemberInput {
  personId: string;
  role: string;
  isGuardian: boolean;
}

export async function insertFamily(tx: Tx, name: string, members: MemberInput[], createdBy: string) {
  const [row] = await tx.insert(families).values({ name, createdBy }).returning();
  await tx.insert(familyMembers).values(members.map((m) => ({ ...m, familyId: row!.id })));
  return row!;
}

/** Replaces name and members over the version the editor saw; null when someone saved first. */
export async function updateFamily(
  tx: Tx,
  id: string,
  version: number,
  name: string,
  members: MemberInput[],
) {
  const [row] = await tx
    .update(families)
    .set({ name, version: version + 1, updatedAt: new Date() })
    .where(and(eq(families.id, id), eq(families.version, version)))
    .returning();
  if (!row) return null;
  await tx.delete(familyMembers).where(eq(familyMembers.familyId, id));
  await tx.insert(familyMembers).values(members.map((m) => ({ ...m, familyId: id })));
  return row;
}
