import { type SessionUser, zReferralInput } from '@verkosto/domain';
import { describe, expect, it } from 'vitest';
import { isDecidedElsewhere } from '../src/features/referrals/referral-conflict';
import { draftFromValues, emptyReferral, sentFlash } from '../src/features/referrals/referral-draft';
import { referralUnits, unitReferralsPath } from '../src/features/referrals/referral-units';

const user = (role: SessionUser['role']): SessionUser => ({
  id: '00000000-0000-4000-8000-000000000001',
  displayName: 'Testi Käyttäjä',
  mustChangePassword: false,
  title: 'Sosiaalityöntekijä',
  role,
  organisation: { id: 'o', name: 'Hyvinvointialue' },
  units: [
    { id: 'school', name: 'Koulu', serviceDomain: 'education' },
    { id: 'pn', name: 'Perheneuvola', serviceDomain: 'social' },
    { id: 'kp', name: 'Kehitykselliset palvelut', serviceDomain: 'health' },
  ],
});

describe('the units whose referrals a user triages', () => {
  it('are the social and health units of a worker or team lead', () => {
    expect(referralUnits(user('worker')).map((u) => u.id)).toEqual(['pn', 'kp']);
    expect(referralUnits(user('team_lead')).map((u) => u.id)).toEqual(['pn', 'kp']);
  });

  it('are none for an admin or a purchaser, whatever units they are in', () => {
    expect(referralUnits(user('admin'))).toEqual([]);
    expect(referralUnits(user('purchaser'))).toEqual([]);
  });

  it('have a page whose address carries the unit id only', () => {
    expect(unitReferralsPath('pn')).toBe('/units/pn/referrals');
  });
});

describe('the referral form', () => {
  it('sends nothing empty: every required field is named by the shared schema', () => {
    const parsed = zReferralInput.safeParse(draftFromValues(emptyReferral));
    expect(parsed.success).toBe(false);
    const paths = new Set(parsed.error?.issues.map((i) => i.path.join('.')));
    for (const field of [
      'targetUnitId',
      'source',
      'childFirstNames',
      'childLastName',
      'childDateOfBirth',
      'reason',
      'urgency',
    ]) {
      expect(paths).toContain(field);
    }
    // Optional and always answered: the guardian's details and the consent checkbox.
    expect(paths).not.toContain('guardianName');
    expect(paths).not.toContain('contactConsent');
  });

  it('passes the schema once filled in', () => {
    const parsed = zReferralInput.safeParse(
      draftFromValues({
        ...emptyReferral,
        targetUnitId: '00000000-0000-4000-8000-000000000002',
        source: 'school',
        childFirstNames: 'Lumi',
        childLastName: 'Esimerkki',
        childDateOfBirth: '2015-03-09',
        reason: 'Poissaoloja.',
        urgency: 'soon',
        contactConsent: true,
      }),
    );
    expect(parsed.success).toBe(true);
  });

  it("tells the sent list only the unit's name, never the child's", () => {
    expect(sentFlash({ sentTo: 'Perheneuvola' })).toBe('Perheneuvola');
    expect(sentFlash({ sentTo: 3 })).toBeNull();
    expect(sentFlash(null)).toBeNull();
  });
});

describe('a triage decision refused because someone decided first', () => {
  it('is a conflict to reload, not the worker’s mistake', () => {
    expect(isDecidedElsewhere('referral_decided')).toBe(true);
    expect(isDecidedElsewhere('stale_version')).toBe(true);
    expect(isDecidedElsewhere('validation_failed')).toBe(false);
    expect(isDecidedElsewhere(null)).toBe(false);
  });
});
