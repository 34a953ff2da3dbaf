import type {
  ClientChoice,
  memberKinds,
  NetworkSector,
  RelationshipQuality,
  SupportDirection,
} from '@verkosto/domain';

/** A member of a demo network; `user` names a demo account for professionals who use Verkosto. */
export interface DemoMember {
  kind: (typeof memberKinds)[number];
  name: string;
  relation: string;
  sector: NetworkSector;
  ring: 1 | 2 | 3 | null;
  quality: RelationshipQuality;
  support: SupportDirection;
  choice: ClientChoice;
  invited?: boolean;
  organisation?: string;
  title?: string;
  email?: string;
  user?: string;
  sharedWithFamily?: boolean;
}

/**
 * Eetu Mäki's network at Perheneuvola as it stands now, and as it was drawn at the first network
 * meeting in September: the father has come closer, the school's part grew, a friend and a hobby
 * appeared. The uncle the family does not want in the work stays outside and is never invited.
 */
export const eetuNetworkNow: DemoMember[] = [
  {
    kind: 'close_person',
    name: 'Tiina Mäki',
    relation: 'äiti',
    sector: 'family',
    ring: 1,
    quality: 'supportive',
    support: 'mutual',
    choice: 'wanted',
    invited: true,
    sharedWithFamily: true,
  },
  {
    kind: 'close_person',
    name: 'Janne Mäki',
    relation: 'isä',
    sector: 'family',
    ring: 1,
    quality: 'supportive',
    support: 'to_client',
    choice: 'wanted',
    invited: true,
    sharedWithFamily: true,
  },
  {
    kind: 'close_person',
    name: 'Helena Mäki',
    relation: 'mummi',
    sector: 'relatives',
    ring: 2,
    quality: 'supportive',
    support: 'to_client',
    choice: 'wanted',
    invited: true,
  },
  {
    kind: 'close_person',
    name: 'Onni',
    relation: 'paras kaveri',
    sector: 'friends',
    ring: 2,
    quality: 'supportive',
    support: 'mutual',
    choice: 'not_asked',
  },
  {
    kind: 'professional',
    name: 'Outi Lindholm',
    relation: 'koulukuraattori',
    sector: 'school_work',
    ring: 2,
    quality: 'supportive',
    support: 'to_client',
    choice: 'wanted',
    invited: true,
    organisation: 'Koivurannan koulu',
    title: 'Koulukuraattori',
    email: 'outi.lindholm@example.fi',
    user: 'outi',
  },
  {
    kind: 'professional',
    name: 'Sanna Koskinen',
    relation: 'toimintaterapeutti',
    sector: 'services',
    ring: 3,
    quality: 'supportive',
    support: 'to_client',
    choice: 'wanted',
    invited: true,
    organisation: 'Kehitykselliset palvelut',
    user: 'sanna',
  },
  {
    kind: 'close_person',
    name: 'Salibandyvalmentaja Ville',
    relation: 'valmentaja',
    sector: 'hobbies',
    ring: 3,
    quality: 'supportive',
    support: 'to_client',
    choice: 'not_asked',
  },
  {
    kind: 'close_person',
    name: 'Pekka Mäki',
    relation: 'eno',
    sector: 'relatives',
    ring: null,
    quality: 'broken',
    support: 'none',
    choice: 'not_wanted',
  },
];

export const eetuNetworkInSeptember: DemoMember[] = eetuNetworkNow
  .filter((m) => m.name !== 'Onni' && m.name !== 'Salibandyvalmentaja Ville')
  .map((m) => {
    if (m.name === 'Janne Mäki') return { ...m, ring: 2, quality: 'strained', support: 'none' } as DemoMember;
    if (m.name === 'Outi Lindholm') return { ...m, ring: 3 } as DemoMember;
    return m;
  });
