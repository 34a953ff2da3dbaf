import { cases, families, persons, units } from '../../db/schema/index';

/**
 * The columns that name a case on a worker's lists (My work, the team lead's page): which unit, and
 * whom it is about. Queries join `units`, and left-join `persons` and `families`, on the case.
 */
export const caseRefColumns = {
  caseId: cases.id,
  unit: units.name,
  personId: cases.personId,
  familyId: cases.familyId,
  firstNames: persons.firstNames,
  lastName: persons.lastName,
  familyName: families.name,
};

export interface CaseRefRow {
  caseId: string;
  unit: string;
  firstNames: string | null;
  lastName: string | null;
  familyName: string | null;
}

/** The case as a list names it: the person, or else the family. */
export function presentCaseRef(r: CaseRefRow) {
  return {
    caseId: r.caseId,
    unit: r.unit,
    client: r.firstNames && r.lastName ? `${r.firstNames} ${r.lastName}` : (r.familyName ?? ''),
  };
}
