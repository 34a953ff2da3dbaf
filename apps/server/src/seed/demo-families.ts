import type { FamilyRole } from '@verkosto/domain';

/**
 * The demo families, whose situations follow the seeds. Every name and address is invented;
 * identity codes are made in the temporary range 900–999 when the demo is seeded.
 */
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
    addressProtection: true,
  },
  {
    key: 'ella',
    firstNames: 'Ella',
    lastName: 'Korpela',
    dateOfBirth: '2020-04-08',
    codeSerial: 5,
    address: home('Rantatie 12 A 2', '45120'),
    addressProtection: true,
  },
  {
    key: 'lotta',
    firstNames: 'Lotta',
    lastName: 'Korpela',
    dateOfBirth: '2023-01-17',
    codeSerial: 6,
    address: home('Rantatie 12 A 2', '45120'),
    addressProtection: true,
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
