import { maskIdentityCode, searchForm } from '@verkosto/domain';
import type { FieldProtector } from '../../crypto/protect';
import type { persons } from '../../db/schema/index';

/** A person's fields as the form gives them, after validation. */
export interface PersonFields {
  firstNames: string;
  lastName: string;
  dateOfBirth: string;
  identityCode?: string | null;
  languages: string[];
  interpreterNeeded: boolean;
  phone: string | null;
  email: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  addressProtection: boolean;
}

/** The stored form: search forms of the names, the identity code sealed, hashed and masked. */
export function personRow(fields: PersonFields, protector: FieldProtector) {
  const code = fields.identityCode ?? null;
  return {
    firstNames: fields.firstNames,
    lastName: fields.lastName,
    firstNamesSearch: searchForm(fields.firstNames),
    lastNameSearch: searchForm(fields.lastName),
    dateOfBirth: fields.dateOfBirth,
    identityCodeCipher: code ? protector.encrypt(code) : null,
    identityCodeHash: code ? protector.lookupHash(code) : null,
    identityCodeMasked: code ? maskIdentityCode(code) : null,
    languages: fields.languages,
    interpreterNeeded: fields.interpreterNeeded,
    phone: fields.phone,
    email: fields.email,
    streetAddress: fields.streetAddress,
    postalCode: fields.postalCode,
    city: fields.city,
    addressProtection: fields.addressProtection,
  } satisfies Partial<typeof persons.$inferInsert>;
}
