import type { CaseSummary, FamilyRole, PersonDetail, PersonIdentity } from '@verkosto/domain';
import type { PersonRow } from './repository';

type IdentityRow = Pick<PersonRow, 'id' | 'firstNames' | 'lastName' | 'dateOfBirth' | 'identityCodeMasked'>;

export function presentIdentity(row: IdentityRow): PersonIdentity {
  return {
    id: row.id,
    firstNames: row.firstNames,
    lastName: row.lastName,
    dateOfBirth: row.dateOfBirth,
    identityCodeMasked: row.identityCodeMasked,
  };
}

export function presentAddress(row: PersonRow) {
  return { streetAddress: row.streetAddress, postalCode: row.postalCode, city: row.city };
}

/** The person page. Under address protection the address is left out until a logged reveal. */
export function presentPerson(
  row: PersonRow,
  families: { id: string; name: string; role: string; isGuardian: boolean }[],
  cases: CaseSummary[],
  others: Pick<PersonDetail, 'sharedClient' | 'otherServices'> = { sharedClient: false, otherServices: [] },
): PersonDetail {
  return {
    ...presentIdentity(row),
    version: row.version,
    languages: row.languages,
    interpreterNeeded: row.interpreterNeeded,
    phone: row.phone,
    email: row.email,
    hasIdentityCode: row.identityCodeCipher !== null,
    addressProtection: row.addressProtection,
    address: row.addressProtection ? null : presentAddress(row),
    families: families.map((f) => ({
      id: f.id,
      name: f.name,
      role: f.role as FamilyRole,
      isGuardian: f.isGuardian,
    })),
    cases,
    ...others,
    updatedAt: row.updatedAt.toISOString(),
  };
}
