import type { Tx } from '../db/client';
import { referrals } from '../db/schema/index';
import { must } from './must';

/**
 * Referrals of the demo (seeds 003–004): the school's referral of Oskari, accepted into Perheneuvola's
 * waiting list, and a new one from the school waiting for triage.
 */
export async function seedReferrals(
  tx: Tx,
  ids: {
    users: Map<string, string>;
    units: Map<string, string>;
    cases: Map<string, string>;
    persons: Map<string, string>;
  },
) {
  const outi = must(ids.users, 'outi');
  const pn = must(ids.units, 'pn');
  await tx.insert(referrals).values([
    {
      targetUnitId: pn,
      source: 'school',
      senderUserId: outi,
      childFirstNames: 'Oskari',
      childLastName: 'Kivelä',
      childDateOfBirth: '2016-12-05',
      guardianName: 'Heidi Kivelä',
      guardianPhone: '040 555 0119',
      reason:
        'Oskari on jännittynyt ja väsynyt; koulussa riitoja välitunneilla. Äiti toivoo perheneuvolan tukea.',
      urgency: 'soon',
      contactConsent: true,
      receivedOn: '2026-11-16',
      receivedAt: new Date('2026-11-16T09:30:00+02:00'),
      status: 'accepted',
      decidedBy: must(ids.users, 'mikko'),
      decidedAt: new Date('2026-11-17T10:00:00+02:00'),
      personId: must(ids.persons, 'oskari'),
      caseId: must(ids.cases, 'oskari_pn'),
    },
    {
      targetUnitId: pn,
      source: 'school',
      senderUserId: outi,
      childFirstNames: 'Aapo',
      childLastName: 'Laaksonen',
      childDateOfBirth: '2014-06-21',
      guardianName: 'Mari Laaksonen',
      guardianPhone: '040 555 0120',
      reason: 'Aapon poissaolot ovat lisääntyneet syksyn aikana; perhe on muuttanut hiljattain.',
      urgency: 'normal',
      contactConsent: true,
      receivedOn: '2026-11-19',
      receivedAt: new Date('2026-11-19T13:15:00+02:00'),
    },
  ]);
}
