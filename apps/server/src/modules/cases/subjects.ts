import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { cases, familyMembers } from '../../db/schema/index';
import type { CaseRow } from './repository';

/** Every person a list of cases is about: the case's person and the members of its family. */
export async function subjectsOfCases(
  tx: Tx,
  rows: Pick<CaseRow, 'personId' | 'familyId'>[],
): Promise<string[]> {
  const ids = new Set<string>();
  const familyIds = new Set<string>();
  for (const row of rows) {
    if (row.personId) ids.add(row.personId);
    if (row.familyId) familyIds.add(row.familyId);
  }
  if (familyIds.size > 0) {
    const members = await tx
      .select({ personId: familyMembers.personId })
      .from(familyMembers)
      .where(inArray(familyMembers.familyId, [...familyIds]));
    for (const m of members) ids.add(m.personId);
  }
  return [...ids];
}

export async function subjectsOfCase(tx: Tx, caseId: string): Promise<string[]> {
  const rows = await tx
    .select({ personId: cases.personId, familyId: cases.familyId })
    .from(cases)
    .where(eq(cases.id, caseId));
  return subjectsOfCases(tx, rows);
}
