import type { OrganisationKind, ServiceDomain, ServiceType, UserRole } from '@verkosto/domain';

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
  /** The service types the unit offers. */
  types: ServiceType[];
  emergencyPhone?: string;
}[] = [
  { key: 'pn', org: 'county', name: 'Perheneuvola', domain: 'social', types: ['family_counselling'] },
  {
    key: 'kp',
    org: 'county',
    name: 'Kehitykselliset palvelut',
    domain: 'health',
    types: ['developmental_services'],
  },
  {
    key: 'lpsy',
    org: 'county',
    name: 'Lastenpsykiatrian poliklinikka',
    domain: 'health',
    types: ['child_psychiatry'],
  },
  {
    key: 'pt',
    org: 'county',
    name: 'Perhetyö',
    domain: 'social',
    types: ['family_work', 'family_social_work'],
  },
  {
    key: 'ls',
    org: 'county',
    name: 'Lastensuojelu',
    domain: 'social',
    types: ['child_welfare'],
    emergencyPhone: '0800 555 010',
  },
  {
    key: 'neuvola',
    org: 'county',
    name: 'Äitiys- ja lastenneuvola',
    domain: 'health',
    types: ['child_health_clinic'],
  },
  { key: 'kompassi', org: 'provider', name: 'Kompassin perhetyö', domain: 'social', types: ['family_work'] },
  { key: 'koulu', org: 'city', name: 'Koivurannan koulu', domain: 'education', types: [] },
  { key: 'pk', org: 'city', name: 'Päiväkoti Satakieli', domain: 'education', types: [] },
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
    key: 'paula',
    username: 'paula.hankinen',
    name: 'Paula Hankinen',
    title: 'Palvelunostaja',
    role: 'purchaser',
    org: 'county',
    units: [],
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
