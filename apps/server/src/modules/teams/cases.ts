import { and, eq, or } from 'drizzle-orm';
import type { Door } from '../../access/door';
import { cases, families, persons, units } from '../../db/schema/index';
import { caseRefColumns } from '../cases/case-ref';

/** The actor's own open cases (responsible or pair): what they can bring to a team by name. */
export function myCaseRefs(door: Door) {
  const me = door.actor.userId;
  return door.tx
    .select(caseRefColumns)
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(families, eq(families.id, cases.familyId))
    .where(and(eq(cases.status, 'open'), or(eq(cases.responsibleWorkerId, me), eq(cases.pairWorkerId, me))));
}
