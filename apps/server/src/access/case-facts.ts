import { type CaseFacts, registerOfDomain, type ServiceDomain } from '@verkosto/domain';
import { eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { cases, familyMembers, units } from '../db/schema/index';

/**
 * The facts the access policy decides by: the cases around a record, with their unit, register,
 * status and workers. Read inside the door's transaction, so the decision and the data agree.
 */
const factColumns = {
  caseId: cases.id,
  unitId: cases.unitId,
  serviceDomain: units.serviceDomain,
  status: cases.status,
  responsibleWorkerId: cases.responsibleWorkerId,
  pairWorkerId: cases.pairWorkerId,
};

type FactRow = {
  caseId: string;
  unitId: string;
  serviceDomain: string;
  status: string;
  responsibleWorkerId: string;
  pairWorkerId: string | null;
};

export function caseFacts(row: FactRow): CaseFacts {
  return {
    caseId: row.caseId,
    unitId: row.unitId,
    register: registerOfDomain(row.serviceDomain as ServiceDomain),
    status: row.status === 'closed' ? 'closed' : 'open',
    responsibleWorkerId: row.responsibleWorkerId,
    pairWorkerId: row.pairWorkerId,
  };
}

export async function factsOfCase(tx: Tx, caseId: string): Promise<CaseFacts | null> {
  const rows = await tx
    .select(factColumns)
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(eq(cases.id, caseId));
  return rows[0] ? caseFacts(rows[0]) : null;
}

/** Cases of the person and of every family the person belongs to. */
export async function factsAroundPerson(tx: Tx, personId: string): Promise<CaseFacts[]> {
  const familiesOfPerson = tx
    .select({ id: familyMembers.familyId })
    .from(familyMembers)
    .where(eq(familyMembers.personId, personId));
  const rows = await tx
    .select(factColumns)
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(or(eq(cases.personId, personId), inArray(cases.familyId, familiesOfPerson)));
  return rows.map(caseFacts);
}

/** Cases of the family and of each of its members. */
export async function factsAroundFamily(tx: Tx, familyId: string): Promise<CaseFacts[]> {
  const membersOfFamily = tx
    .select({ id: familyMembers.personId })
    .from(familyMembers)
    .where(eq(familyMembers.familyId, familyId));
  const rows = await tx
    .select(factColumns)
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(or(eq(cases.familyId, familyId), inArray(cases.personId, membersOfFamily)));
  return rows.map(caseFacts);
}
