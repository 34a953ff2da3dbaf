import type {
  ClientChoice,
  memberKinds,
  NetworkMember,
  NetworkMemberInput,
  NetworkSector,
  RelationshipQuality,
  SupportDirection,
} from '@verkosto/domain';

export type MemberKind = (typeof memberKinds)[number];
export const ringChoices = ['1', '2', '3', 'outside'] as const;
export type RingChoice = (typeof ringChoices)[number];

/** The member form as the user leaves it; choices not yet made are null. */
export interface MemberDraft {
  kind: MemberKind;
  name: string;
  relation: string;
  sector: NetworkSector | null;
  ring: RingChoice | null;
  quality: RelationshipQuality | null;
  supportDirection: SupportDirection | null;
  roleInWork: string;
  organisation: string;
  title: string;
  phone: string;
  email: string;
  clientChoice: ClientChoice;
  invited: boolean;
  /** The Verkosto user the professional is, if any. */
  userId: string | null;
  /** The family wants the member in the networks of its other cases too. */
  sharedWithFamily: boolean;
}

export function emptyDraft(): MemberDraft {
  return {
    kind: 'close_person',
    name: '',
    relation: '',
    sector: null,
    ring: null,
    quality: null,
    supportDirection: null,
    roleInWork: '',
    organisation: '',
    title: '',
    phone: '',
    email: '',
    clientChoice: 'not_asked',
    invited: false,
    userId: null,
    sharedWithFamily: false,
  };
}

export function draftOf(m: NetworkMember): MemberDraft {
  return {
    kind: m.kind,
    name: m.name,
    relation: m.relation,
    sector: m.sector,
    ring: m.ring === null ? 'outside' : (String(m.ring) as RingChoice),
    quality: m.quality,
    supportDirection: m.supportDirection,
    roleInWork: m.roleInWork ?? '',
    organisation: m.organisation ?? '',
    title: m.title ?? '',
    phone: m.phone ?? '',
    email: m.email ?? '',
    clientChoice: m.clientChoice,
    invited: m.invited,
    userId: m.userId,
    sharedWithFamily: m.sharedWithFamily,
  };
}

const rings = { '1': 1, '2': 2, '3': 3, outside: null } as const;

/**
 * What the form sends: missing choices stay undefined so the shared schema reports them as
 * required; contact details, and being a Verkosto user, belong to professionals only.
 */
export function bodyOf(d: MemberDraft): Partial<Record<keyof NetworkMemberInput, unknown>> {
  const professional = d.kind === 'professional';
  return {
    kind: d.kind,
    name: d.name,
    relation: d.relation,
    sector: d.sector ?? undefined,
    ring: d.ring === null ? undefined : rings[d.ring],
    quality: d.quality ?? undefined,
    supportDirection: d.supportDirection ?? undefined,
    roleInWork: d.roleInWork,
    organisation: professional ? d.organisation : null,
    title: professional ? d.title : null,
    phone: professional ? d.phone : null,
    email: professional ? d.email : null,
    clientChoice: d.clientChoice,
    invited: d.invited,
    userId: professional ? d.userId : null,
    sharedWithFamily: d.sharedWithFamily,
  };
}

/** What the form needs of a Verkosto user to fill in a professional's details. */
export interface UserDetails {
  displayName: string;
  title: string;
  unitName: string;
}

/**
 * The draft linked to a Verkosto user, or to none. The user's name, title and unit fill only the
 * fields still empty: what the worker has written stays.
 */
export function withUser(d: MemberDraft, userId: string | null, user: UserDetails | null): MemberDraft {
  if (!user) return { ...d, userId };
  const orEmpty = (current: string, value: string) => (current.trim() ? current : value);
  return {
    ...d,
    userId,
    name: orEmpty(d.name, user.displayName),
    title: orEmpty(d.title, user.title),
    organisation: orEmpty(d.organisation, user.unitName),
  };
}
