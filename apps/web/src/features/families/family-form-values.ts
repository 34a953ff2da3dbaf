import type { FamilyDetail, FamilyRole, PersonIdentity } from '@verkosto/domain';

export interface MemberRow {
  personId: string;
  firstNames: string;
  lastName: string;
  dateOfBirth: string;
  role: FamilyRole | null;
  isGuardian: boolean;
}

export interface FamilyFormValues {
  name: string;
  members: MemberRow[];
}

export const emptyFamily: FamilyFormValues = { name: '', members: [] };

export function memberFromPerson(person: PersonIdentity): MemberRow {
  return {
    personId: person.id,
    firstNames: person.firstNames,
    lastName: person.lastName,
    dateOfBirth: person.dateOfBirth,
    role: null,
    isGuardian: false,
  };
}

export function valuesFromDetail(detail: FamilyDetail): FamilyFormValues {
  return {
    name: detail.name,
    members: detail.members.map((m) => ({ ...m })),
  };
}

/** The body before checking: a missing role stays undefined, so the shared schema reports it. */
export interface FamilyDraft {
  name: string;
  members: { personId: string; role: FamilyRole | undefined; isGuardian: boolean }[];
}

export function draftFromValues(values: FamilyFormValues): FamilyDraft {
  return {
    name: values.name,
    members: values.members.map((m) => ({
      personId: m.personId,
      role: m.role ?? undefined,
      isGuardian: m.isGuardian,
    })),
  };
}
