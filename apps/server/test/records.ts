import { asc, eq } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { cases, families, familyMembers, persons, sessions } from '../src/db/schema/index';

/** Straight reads of what is stored, for asserting that a refused request changed nothing. */

export async function storedPerson(db: Db, id: string) {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  return row ?? null;
}

export async function personsNamed(db: Db, lastName: string) {
  return db.select().from(persons).where(eq(persons.lastName, lastName));
}

export async function storedCase(db: Db, id: string) {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row ?? null;
}

export async function casesOfPerson(db: Db, personId: string) {
  return db.select().from(cases).where(eq(cases.personId, personId));
}

export async function familiesNamed(db: Db, name: string) {
  return db.select().from(families).where(eq(families.name, name));
}

export async function storedFamily(db: Db, id: string) {
  const [row] = await db.select().from(families).where(eq(families.id, id));
  return row ?? null;
}

export async function storedMembers(db: Db, familyId: string) {
  return db
    .select({
      personId: familyMembers.personId,
      role: familyMembers.role,
      isGuardian: familyMembers.isGuardian,
    })
    .from(familyMembers)
    .where(eq(familyMembers.familyId, familyId))
    .orderBy(asc(familyMembers.personId));
}

export async function sessionsOf(db: Db, userId: string) {
  return db.select().from(sessions).where(eq(sessions.userId, userId));
}
