import type { CaseSummary, FamilyDetail, FamilyRole } from '@verkosto/domain';
import type { FamilyRow, membersOfFamily } from './repository';

type MemberRow = Awaited<ReturnType<typeof membersOfFamily>>[number];

export function presentFamily(row: FamilyRow, members: MemberRow[], cases: CaseSummary[]): FamilyDetail {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    members: members.map((m) => ({
      personId: m.personId,
      firstNames: m.firstNames,
      lastName: m.lastName,
      dateOfBirth: m.dateOfBirth,
      role: m.role as FamilyRole,
      isGuardian: m.isGuardian,
    })),
    cases,
  };
}
