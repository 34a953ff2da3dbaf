import { likePrefix } from '@verkosto/domain';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { families, familyMembers, personNameWords, persons } from '../../db/schema/index';
import type { personRow } from './row';

export type PersonRow = typeof persons.$inferSelect;

const identityColumns = {
  id: persons.id,
  firstNames: persons.firstNames,
  lastName: persons.lastName,
  dateOfBirth: persons.dateOfBirth,
  identityCodeMasked: persons.identityCodeMasked,
};

export interface SearchCriteria {
  terms: string[];
  dateOfBirth?: string;
  identityCodeHash?: string;
}

/**
 * Basic identity of the persons matching every given criterion. Each name term must begin some word
 * of the names: any given name, the surname or a part of a double surname (person_name_words).
 * Returns the query, so the bench can run the very same SQL straight through the driver.
 */
export function searchIdentities(db: Executor, criteria: SearchCriteria, limit: number) {
  const conditions: SQL[] = [];
  if (criteria.terms.length > 0) {
    // The ids are gathered first (one index range per term, intersected) and then looked up by key:
    // written as a join, the planner chose to scan every person and hash them against the words.
    const perTerm = criteria.terms.map(
      (term) =>
        sql`select ${personNameWords.personId} from ${personNameWords} where ${personNameWords.word} like ${likePrefix(term)}`,
    );
    conditions.push(sql`${persons.id} = any(array(${sql.join(perTerm, sql` intersect `)}))`);
  }
  if (criteria.dateOfBirth) conditions.push(eq(persons.dateOfBirth, criteria.dateOfBirth));
  if (criteria.identityCodeHash) conditions.push(eq(persons.identityCodeHash, criteria.identityCodeHash));
  return db
    .select(identityColumns)
    .from(persons)
    .where(and(...conditions))
    .orderBy(asc(persons.lastNameSearch), asc(persons.firstNamesSearch), asc(persons.dateOfBirth))
    .limit(limit);
}

export async function findPerson(tx: Tx, id: string): Promise<PersonRow | null> {
  const rows = await tx.select().from(persons).where(eq(persons.id, id));
  return rows[0] ?? null;
}

export async function identitiesByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select(identityColumns).from(persons).where(inArray(persons.id, ids));
}

export async function insertPerson(tx: Tx, row: ReturnType<typeof personRow>, createdBy: string) {
  const [inserted] = await tx
    .insert(persons)
    .values({ ...row, createdBy })
    .returning();
  return inserted!;
}

/** Applies the change only over the version the editor saw; null when someone saved first. */
export async function updatePerson(tx: Tx, id: string, version: number, row: ReturnType<typeof personRow>) {
  const [updated] = await tx
    .update(persons)
    .set({ ...row, version: version + 1, updatedAt: new Date() })
    .where(and(eq(persons.id, id), eq(persons.version, version)))
    .returning();
  return updated ?? null;
}

export async function findByIdentityHash(tx: Tx, hash: string) {
  const rows = await tx.select({ id: persons.id }).from(persons).where(eq(persons.identityCodeHash, hash));
  return rows[0] ?? null;
}

export async function familiesOfPerson(tx: Tx, personId: string) {
  return tx
    .select({
      id: families.id,
      name: families.name,
      role: familyMembers.role,
      isGuardian: familyMembers.isGuardian,
    })
    .from(familyMembers)
    .innerJoin(families, eq(families.id, familyMembers.familyId))
    .where(eq(familyMembers.personId, personId))
    .orderBy(asc(families.name));
}
