import { eq, sql } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { cases, families, organisations, persons, units, users } from '../src/db/schema/index';

/** Looks up the seeded demo county by name, for tests that start from it. */
export async function unitId(db: Db, name: string): Promise<string> {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.name, name));
  if (!row) throw new Error(`no unit ${name}`);
  return row.id;
}

export async function userId(db: Db, username: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return row.id;
}

export async function personId(db: Db, firstNames: string, lastName: string): Promise<string> {
  const [row] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(sql`${persons.firstNames} = ${firstNames} and ${persons.lastName} = ${lastName}`);
  if (!row) throw new Error(`no person ${firstNames} ${lastName}`);
  return row.id;
}

/** The first case of a unit about a person (by the person's id). */
export async function caseOf(db: Db, unitName: string, subjectPersonId: string): Promise<string> {
  const unit = await unitId(db, unitName);
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(sql`${cases.unitId} = ${unit} and ${cases.personId} = ${subjectPersonId}`);
  if (!row) throw new Error(`no case in ${unitName}`);
  return row.id;
}

export async function familyId(db: Db, name: string): Promise<string> {
  const [row] = await db.select({ id: families.id }).from(families).where(eq(families.name, name));
  if (!row) throw new Error(`no family ${name}`);
  return row.id;
}

export async function organisationId(db: Db, name: string): Promise<string> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, name));
  if (!row) throw new Error(`no organisation ${name}`);
  return row.id;
}
