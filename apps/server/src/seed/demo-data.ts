import type { FamilyRole, OrganisationKind, ServiceDomain, ServiceType, UserRole } from '@verkosto/domain';

/**
 * The demo: a fictional wellbeing services county with the units of the seeds, a private family-work
 * provider, a school and a daycare, and families whose situations follow the seeds.
 * Every name is invented; identity codes are in the temporary range 900–999.
 */
export const DEMO_PASSWORD = 'Verkosto-demo-2026';

export const demoOrganisations: { key: string; name: string; kind: OrganisationKind }[] = [
  { key: 'county', name: 'Järvilaakson hyvinvointialue', kind: 'county' },
  { key: 'provider', name: 'Perhetyö Kompassi Oy', kind: 'private_provider' },
  { key: 'city', name: 'Järvilaakson kaupunki', kind: 'municipality' },
];

export const demoUnits: {
  key: string;
  org: string;
  name: string;
  domain: ServiceDomain;
  emergencyPhone?: string;
}[] = [
  { key: 'pn', org: 'county', name: 'Perheneuvola', domain: 'social' },
  { key: 'kp', org: 'county', name: 'Kehitykselliset palvelut', domain: 'health' },
  { key: 'lpsy', org: 'county', name: 'Lastenpsykiatrian poliklinikka', domain: 'health' },
  { key: 'pt', org: 'county', name: 'Perhetyö', domain: 'social' },
  { key: 'ls', org: 'county', name: 'Lastensuojelu', domain: 'social', emergencyPhone: '0800 555 010' },
  { key: 'neuvola', org: 'county', name: 'Äitiys- ja lastenneuvola', domain: 'health' },
  { key: 'kompassi', org: 'provider', name: 'Kompassin perhetyö', domain: 'social' },
  { key: 'koulu', org: 'city', name: 'Koivurannan koulu', domain: 'education' },
  { key: 'pk', org: 'city', name: 'Päiväkoti Satakieli', domain: 'education' },
];

export const demoUsers: {
  key: string;
  username: string;
  name: string;
  title: string;
  role: UserRole;
  org: string;
  units: string[];
}[] = [
  {
    key: 'aino',
    username: 'aino.virtanen',
    name: 'Aino Virtanen',
    title: 'Psykologi',
    role: 'worker',
    org: 'county',
    units: ['pn'],
  },
  {
    key: 'mikko',
    username: 'mikko.lehtinen',
    name: 'Mikko Lehtinen',
    title: 'Sosiaalityöntekijä',
    role: 'worker',
    org: 'county',
    units: ['pn'],
  },
  {
    key: 'johanna',
    username: 'johanna.lindberg',
    name: 'Johanna Lindberg',
    title: 'Psykolog',
    role: 'worker',
    org: 'county',
    units: ['pn'],
  },
  {
    key: 'marja',
    username: 'marja.kallio',
    name: 'Marja Kallio',
    title: 'Johtava psykologi',
    role: 'team_lead',
    org: 'county',
    units: ['pn'],
  },
  {
    key: 'sanna',
    username: 'sanna.koskinen',
    name: 'Sanna Koskinen',
    title: 'Sairaanhoitaja',
    role: 'worker',
    org: 'county',
    units: ['kp'],
  },
  {
    key: 'jussi',
    username: 'jussi.heikkila',
    name: 'Jussi Heikkilä',
    title: 'Lääkäri',
    role: 'worker',
    org: 'county',
    units: ['kp'],
  },
  {
    key: 'laura',
    username: 'laura.makela',
    name: 'Laura Mäkelä',
    title: 'Psykiatrinen sairaanhoitaja',
    role: 'worker',
    org: 'county',
    units: ['lpsy'],
  },
  {
    key: 'petra',
    username: 'petra.nieminen',
    name: 'Petra Nieminen',
    title: 'Perhetyöntekijä',
    role: 'worker',
    org: 'county',
    units: ['pt'],
  },
  {
    key: 'timo',
    username: 'timo.hamalainen',
    name: 'Timo Hämäläinen',
    title: 'Perhetyöntekijä',
    role: 'worker',
    org: 'county',
    units: ['pt'],
  },
  {
    key: 'riikka',
    username: 'riikka.salonen',
    name: 'Riikka Salonen',
    title: 'Sosiaalityöntekijä',
    role: 'worker',
    org: 'county',
    units: ['ls'],
  },
  {
    key: 'hanna',
    username: 'hanna.laine',
    name: 'Hanna Laine',
    title: 'Terveydenhoitaja',
    role: 'worker',
    org: 'county',
    units: ['neuvola'],
  },
  {
    key: 'kaisa',
    username: 'kaisa.rantanen',
    name: 'Kaisa Rantanen',
    title: 'Perhetyöntekijä',
    role: 'worker',
    org: 'provider',
    units: ['kompassi'],
  },
  {
    key: 'outi',
    username: 'outi.lindholm',
    name: 'Outi Lindholm',
    title: 'Koulukuraattori',
    role: 'worker',
    org: 'city',
    units: ['koulu'],
  },
  {
    key: 'emilia',
    username: 'emilia.korhonen',
    name: 'Emilia Korhonen',
    title: 'Varhaiskasvatuksen opettaja',
    role: 'worker',
    org: 'city',
    units: ['pk'],
  },
  {
    key: 'ilkka',
    username: 'ilkka.aaltonen',
    name: 'Ilkka Aaltonen',
    title: 'Pääkäyttäjä',
    role: 'admin',
    org: 'county',
    units: ['pn'],
  },
];

export interface DemoPerson {
  key: string;
  firstNames: string;
  lastName: string;
  dateOfBirth: string;
  /** Serial for a temporary identity code (900–999); none when the person has no code on record. */
  codeSerial?: number;
  languages?: string[];
  interpreterNeeded?: boolean;
  phone?: string;
  email?: string;
  address?: { street: string; postalCode: string; city: string };
  addressProtection?: boolean;
}

export interface DemoFamily {
  key: string;
  name: string;
  members: { person: string; role: FamilyRole; guardian?: boolean }[];
}

export interface DemoCase {
  unit: string;
  person?: string;
  family?: string;
  serviceType: ServiceType;
  phase: 'referral' | 'intake' | 'assessment' | 'network_review' | 'active_work' | 'closing' | 'closed';
  responsible: string;
  pair?: string;
  purchaser?: string;
  openedOn: string;
  closed?: { on: string; reason: 'goals_met' | 'transferred' | 'no_need'; note: string };
}

const home = (street: string, postalCode = '45100') => ({ street, postalCode, city: 'Järvilaakso' });

export const demoPersons: DemoPerson[] = [
  // The Mäki family: Eetu, 9, anxious; a shared client of Perheneuvola and Kehitykselliset palvelut (seed 003).
  {
    key: 'eetu',
    firstNames: 'Eetu Juhani',
    lastName: 'Mäki',
    dateOfBirth: '2017-03-14',
    codeSerial: 1,
    address: home('Koivukuja 3 B 7'),
  },
  {
    key: 'tiina',
    firstNames: 'Tiina',
    lastName: 'Mäki',
    dateOfBirth: '1986-09-02',
    codeSerial: 2,
    phone: '040 123 4501',
    email: 'tiina.maki@example.fi',
    address: home('Koivukuja 3 B 7'),
  },
  {
    key: 'janne',
    firstNames: 'Janne',
    lastName: 'Mäki',
    dateOfBirth: '1984-05-21',
    codeSerial: 3,
    phone: '040 123 4502',
    address: home('Koivukuja 3 B 7'),
  },
  // The Korpela family: family work bought from Perhetyö Kompassi Oy (seed 001).
  {
    key: 'satu',
    firstNames: 'Satu',
    lastName: 'Korpela',
    dateOfBirth: '1992-11-30',
    codeSerial: 4,
    phone: '050 765 4321',
    address: home('Rantatie 12 A 2', '45120'),
  },
  {
    key: 'ella',
    firstNames: 'Ella',
    lastName: 'Korpela',
    dateOfBirth: '2020-04-08',
    codeSerial: 5,
    address: home('Rantatie 12 A 2', '45120'),
  },
  {
    key: 'lotta',
    firstNames: 'Lotta',
    lastName: 'Korpela',
    dateOfBirth: '2023-01-17',
    codeSerial: 6,
    address: home('Rantatie 12 A 2', '45120'),
  },
  // The Aho family: under address protection; child welfare.
  {
    key: 'minna',
    firstNames: 'Minna',
    lastName: 'Aho',
    dateOfBirth: '1990-07-12',
    codeSerial: 7,
    phone: '044 987 0011',
    address: home('Salainen katu 1'),
    addressProtection: true,
  },
  {
    key: 'onni',
    firstNames: 'Onni',
    lastName: 'Aho',
    dateOfBirth: '2019-02-25',
    codeSerial: 8,
    address: home('Salainen katu 1'),
    addressProtection: true,
  },
  {
    key: 'aada',
    firstNames: 'Aada',
    lastName: 'Aho',
    dateOfBirth: '2022-06-03',
    codeSerial: 9,
    address: home('Salainen katu 1'),
    addressProtection: true,
  },
  // The Lindgren family: Swedish-speaking; family counselling in Swedish.
  {
    key: 'alva',
    firstNames: 'Alva',
    lastName: 'Lindgren',
    dateOfBirth: '2015-10-19',
    codeSerial: 10,
    languages: ['sv'],
    address: home('Strandvägen 4', '45150'),
  },
  {
    key: 'erik',
    firstNames: 'Erik',
    lastName: 'Lindgren',
    dateOfBirth: '1981-12-01',
    codeSerial: 11,
    languages: ['sv', 'fi'],
    phone: '045 222 3344',
    address: home('Strandvägen 4', '45150'),
  },
  // The Hosseini family: a baby at the child health clinic, family work in pairs (seed 004), an interpreter.
  {
    key: 'leila',
    firstNames: 'Leila',
    lastName: 'Hosseini',
    dateOfBirth: '1995-03-09',
    codeSerial: 12,
    languages: ['fa'],
    interpreterNeeded: true,
    phone: '041 555 6677',
    address: home('Kauppakatu 20 C 31'),
  },
  {
    key: 'sara',
    firstNames: 'Sara',
    lastName: 'Hosseini',
    dateOfBirth: '2025-08-15',
    codeSerial: 13,
    languages: ['fa'],
    address: home('Kauppakatu 20 C 31'),
  },
  // The Heino family: Aleksi, 12, treated only at the child psychiatric outpatient clinic.
  {
    key: 'aleksi',
    firstNames: 'Aleksi',
    lastName: 'Heino',
    dateOfBirth: '2014-01-28',
    codeSerial: 14,
    address: home('Mäntytie 8'),
  },
  {
    key: 'paula',
    firstNames: 'Paula',
    lastName: 'Heino',
    dateOfBirth: '1980-08-16',
    codeSerial: 15,
    phone: '040 888 1212',
    address: home('Mäntytie 8'),
  },
  // The Savolainen family: a father and a toddler in preventive family work (seed 002, 004).
  {
    key: 'antti',
    firstNames: 'Antti',
    lastName: 'Savolainen',
    dateOfBirth: '1989-04-04',
    codeSerial: 16,
    phone: '050 111 2233',
    address: home('Peltokuja 5'),
  },
  {
    key: 'niilo',
    firstNames: 'Niilo',
    lastName: 'Savolainen',
    dateOfBirth: '2024-05-30',
    codeSerial: 17,
    address: home('Peltokuja 5'),
  },
  // The Rautio family: family counselling ended when the goals were met.
  {
    key: 'venla',
    firstNames: 'Venla',
    lastName: 'Rautio',
    dateOfBirth: '2018-09-11',
    codeSerial: 18,
    address: home('Harjukatu 15'),
  },
  {
    key: 'kari',
    firstNames: 'Kari',
    lastName: 'Rautio',
    dateOfBirth: '1979-02-14',
    address: home('Harjukatu 15'),
  },
  // The Kivelä family: a new referral waiting at Perheneuvola.
  {
    key: 'oskari',
    firstNames: 'Oskari',
    lastName: 'Kivelä',
    dateOfBirth: '2016-12-05',
    codeSerial: 19,
    address: home('Lähteentie 2'),
  },
  {
    key: 'johanna_k',
    firstNames: 'Johanna',
    lastName: 'Kivelä',
    dateOfBirth: '1987-06-22',
    codeSerial: 20,
    phone: '044 300 4000',
    address: home('Lähteentie 2'),
  },
];

export const demoFamilies: DemoFamily[] = [
  {
    key: 'maki',
    name: 'Mäen perhe',
    members: [
      { person: 'eetu', role: 'child' },
      { person: 'tiina', role: 'guardian', guardian: true },
      { person: 'janne', role: 'guardian', guardian: true },
    ],
  },
  {
    key: 'korpela',
    name: 'Korpelan perhe',
    members: [
      { person: 'satu', role: 'guardian', guardian: true },
      { person: 'ella', role: 'child' },
      { person: 'lotta', role: 'child' },
    ],
  },
  {
    key: 'aho',
    name: 'Ahon perhe',
    members: [
      { person: 'minna', role: 'guardian', guardian: true },
      { person: 'onni', role: 'child' },
      { person: 'aada', role: 'child' },
    ],
  },
  {
    key: 'lindgren',
    name: 'Familjen Lindgren',
    members: [
      { person: 'alva', role: 'child' },
      { person: 'erik', role: 'guardian', guardian: true },
    ],
  },
  {
    key: 'hosseini',
    name: 'Hosseinin perhe',
    members: [
      { person: 'leila', role: 'guardian', guardian: true },
      { person: 'sara', role: 'child' },
    ],
  },
  {
    key: 'heino',
    name: 'Heinon perhe',
    members: [
      { person: 'aleksi', role: 'child' },
      { person: 'paula', role: 'guardian', guardian: true },
    ],
  },
  {
    key: 'savolainen',
    name: 'Savolaisen perhe',
    members: [
      { person: 'antti', role: 'guardian', guardian: true },
      { person: 'niilo', role: 'child' },
    ],
  },
  {
    key: 'rautio',
    name: 'Raution perhe',
    members: [
      { person: 'venla', role: 'child' },
      { person: 'kari', role: 'guardian', guardian: true },
    ],
  },
  {
    key: 'kivela',
    name: 'Kivelän perhe',
    members: [
      { person: 'oskari', role: 'child' },
      { person: 'johanna_k', role: 'guardian', guardian: true },
    ],
  },
];

export const demoCases: DemoCase[] = [
  {
    unit: 'pn',
    person: 'eetu',
    family: 'maki',
    serviceType: 'family_counselling',
    phase: 'active_work',
    responsible: 'aino',
    pair: 'sanna',
    openedOn: '2026-08-18',
  },
  {
    unit: 'kp',
    person: 'eetu',
    serviceType: 'developmental_services',
    phase: 'assessment',
    responsible: 'sanna',
    pair: 'aino',
    openedOn: '2026-09-07',
  },
  {
    unit: 'kompassi',
    family: 'korpela',
    serviceType: 'family_work',
    phase: 'assessment',
    responsible: 'kaisa',
    purchaser: 'county',
    openedOn: '2026-10-05',
  },
  {
    unit: 'ls',
    family: 'aho',
    serviceType: 'child_welfare',
    phase: 'active_work',
    responsible: 'riikka',
    openedOn: '2026-06-02',
  },
  {
    unit: 'pn',
    person: 'alva',
    family: 'lindgren',
    serviceType: 'family_counselling',
    phase: 'intake',
    responsible: 'johanna',
    openedOn: '2026-11-03',
  },
  {
    unit: 'neuvola',
    person: 'sara',
    family: 'hosseini',
    serviceType: 'child_health_clinic',
    phase: 'active_work',
    responsible: 'hanna',
    openedOn: '2025-09-01',
  },
  {
    unit: 'pt',
    family: 'hosseini',
    serviceType: 'family_work',
    phase: 'assessment',
    responsible: 'petra',
    pair: 'hanna',
    openedOn: '2026-10-20',
  },
  {
    unit: 'lpsy',
    person: 'aleksi',
    serviceType: 'child_psychiatry',
    phase: 'active_work',
    responsible: 'laura',
    openedOn: '2026-04-14',
  },
  {
    unit: 'pt',
    family: 'savolainen',
    serviceType: 'family_work',
    phase: 'active_work',
    responsible: 'timo',
    pair: 'petra',
    openedOn: '2026-09-01',
  },
  {
    unit: 'pn',
    person: 'venla',
    family: 'rautio',
    serviceType: 'family_counselling',
    phase: 'closed',
    responsible: 'mikko',
    openedOn: '2025-11-10',
    closed: {
      on: '2026-06-12',
      reason: 'goals_met',
      note: 'Tavoitteet saavutettiin; perhe pärjää omin voimin.',
    },
  },
  {
    unit: 'pn',
    person: 'oskari',
    family: 'kivela',
    serviceType: 'family_counselling',
    phase: 'referral',
    responsible: 'mikko',
    openedOn: '2026-11-16',
  },
];
