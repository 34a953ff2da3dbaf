import type { PersonDetail, PersonInput, PersonKeptField } from '@verkosto/domain';
import { languageCodes } from '@verkosto/domain';

export type LanguageCode = (typeof languageCodes)[number];

export interface PersonFormValues {
  firstNames: string;
  lastName: string;
  dateOfBirth: string;
  /** A new identity code; in `keep` mode the stored one stays and this is not sent. */
  identityCode: string;
  identityCodeMode: 'keep' | 'edit';
  languages: LanguageCode[];
  interpreterNeeded: boolean;
  phone: string;
  email: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  addressProtection: boolean;
  /** The address is protected and not revealed: the fields are not shown and not sent. */
  addressHidden: boolean;
}

export const emptyPerson: PersonFormValues = {
  firstNames: '',
  lastName: '',
  dateOfBirth: '',
  identityCode: '',
  identityCodeMode: 'edit',
  languages: [],
  interpreterNeeded: false,
  phone: '',
  email: '',
  streetAddress: '',
  postalCode: '',
  city: '',
  addressProtection: false,
  addressHidden: false,
};

export function isLanguageCode(value: string): value is LanguageCode {
  return (languageCodes as readonly string[]).includes(value);
}

export function valuesFromDetail(detail: PersonDetail): PersonFormValues {
  return {
    firstNames: detail.firstNames,
    lastName: detail.lastName,
    dateOfBirth: detail.dateOfBirth,
    identityCode: '',
    identityCodeMode: detail.hasIdentityCode ? 'keep' : 'edit',
    languages: detail.languages.filter(isLanguageCode),
    interpreterNeeded: detail.interpreterNeeded,
    phone: detail.phone ?? '',
    email: detail.email ?? '',
    streetAddress: detail.address?.streetAddress ?? '',
    postalCode: detail.address?.postalCode ?? '',
    city: detail.address?.city ?? '',
    addressProtection: detail.addressProtection,
    addressHidden: detail.address === null,
  };
}

/**
 * The body to send. Fields left untouched on purpose are left out (undefined, dropped from JSON):
 * the stored identity code in `keep` mode and a protected address that was not revealed.
 */
export function inputFromValues(values: PersonFormValues): PersonInput {
  const keepCode = values.identityCodeMode === 'keep';
  const input: PersonInput = {
    firstNames: values.firstNames,
    lastName: values.lastName,
    dateOfBirth: values.dateOfBirth,
    identityCode: keepCode ? undefined : values.identityCode.trim() || null,
    languages: values.languages,
    interpreterNeeded: values.interpreterNeeded,
    phone: values.phone,
    email: values.email,
    addressProtection: values.addressProtection,
  };
  if (!values.addressHidden) {
    input.streetAddress = values.streetAddress;
    input.postalCode = values.postalCode;
    input.city = values.city;
  }
  return input;
}

/** What the editor did not see and the server must leave as stored. */
export function keptFromValues(values: PersonFormValues): PersonKeptField[] {
  const keep: PersonKeptField[] = [];
  if (values.identityCodeMode === 'keep') keep.push('identityCode');
  if (values.addressHidden) keep.push('address');
  return keep;
}
