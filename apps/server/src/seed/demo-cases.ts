import type { ServiceType } from '@verkosto/domain';

/** The demo families' cases: which unit works with whom, and since when. Keys refer to demo-county and demo-families. */
export interface DemoCase {
  /** For demo data that belongs to this case (its network). */
  key?: string;
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
  /** How the case got to its phase: opened as a referral on `openedOn`, then these moves. */
  path?: { to: DemoCase['phase']; on: string; reason: string }[];
}

export const demoCases: DemoCase[] = [
  {
    key: 'eetu_pn',
    unit: 'pn',
    person: 'eetu',
    family: 'maki',
    serviceType: 'family_counselling',
    phase: 'active_work',
    responsible: 'aino',
    pair: 'sanna',
    openedOn: '2026-08-18',
    path: [
      { to: 'intake', on: '2026-08-20', reason: 'Äiti soitti ja sovimme aloitustapaamisen.' },
      { to: 'assessment', on: '2026-08-25', reason: 'Aloitustapaaminen pidetty, perhe haluaa jatkaa.' },
      { to: 'network_review', on: '2026-09-22', reason: 'Arviointikäynnit tehty.' },
      { to: 'active_work', on: '2026-09-24', reason: 'Verkostotapaamisessa sovittiin jatkosta.' },
    ],
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
    key: 'korpela_kompassi',
    unit: 'kompassi',
    family: 'korpela',
    serviceType: 'family_work',
    phase: 'assessment',
    responsible: 'kaisa',
    purchaser: 'county',
    openedOn: '2026-10-05',
    path: [
      { to: 'intake', on: '2026-10-07', reason: 'Tilaus saapui, aloitustapaaminen sovittu ostajan kanssa.' },
      {
        to: 'assessment',
        on: '2026-10-14',
        reason: 'Aloitustapaaminen pidetty yhdessä perheen ja ostajan kanssa.',
      },
    ],
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
    key: 'oskari_pn',
    person: 'oskari',
    family: 'kivela',
    serviceType: 'family_counselling',
    phase: 'referral',
    responsible: 'mikko',
    openedOn: '2026-11-16',
  },
];
