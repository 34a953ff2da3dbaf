import { describe, expect, it } from 'vitest';
import { zConcernInput } from './api/concerns';
import {
  concernZones,
  convenesNetwork,
  followUpRequired,
  followUpsDue,
  opensUrgentPath,
  urgentRecordComplete,
  zoneGuidance,
  zoneNumber,
  zonePosition,
} from './concern';

describe('zones of concern', () => {
  it('number the zones as people say them, with the grey zone in two parts', () => {
    expect(concernZones.map(zoneNumber)).toEqual([1, 2, 3, 3, 4]);
    expect(concernZones.map(zonePosition)).toEqual([1, 2, 3, 3.5, 4]);
  });

  it('lead zone 2 to a follow-up, zone 3 to the network, zone 4 to the urgent path', () => {
    expect(concernZones.filter(followUpRequired)).toEqual(['zone_2', 'zone_3_lower', 'zone_3_upper']);
    expect(concernZones.filter(convenesNetwork)).toEqual(['zone_3_lower', 'zone_3_upper']);
    expect(concernZones.filter(opensUrgentPath)).toEqual(['zone_4']);
    expect(zoneGuidance.zone_2).toContain('raise_as_own_worry');
    expect(zoneGuidance.zone_4).toContain('notify_child_welfare');
  });

  it('ask a follow-up date for zone 2 and whose view a non-worker rating is', () => {
    const base = { zone: 'zone_2', perspective: 'guardian', worries: 'Väsymys' } as const;
    const issues = zConcernInput.safeParse(base).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([
      ['followUpOn', 'required'],
      ['raterLabel', 'required'],
    ]);
    expect(
      zConcernInput.safeParse({ ...base, followUpOn: '2026-12-01', raterLabel: 'Tiina Mäki (äiti)' }).success,
    ).toBe(true);
    expect(
      zConcernInput.safeParse({ zone: 'zone_4', perspective: 'worker', worries: 'Lapsi vaarassa' }).success,
    ).toBe(true);
  });

  it('clear the zone-4 flag only when a notification or an emergency contact and the outcome are recorded', () => {
    const empty = { notificationMadeAt: null, notifiedTo: null, emergencyContactAt: null, outcome: null };
    expect(urgentRecordComplete(empty)).toBe(false);
    expect(
      urgentRecordComplete({
        ...empty,
        notificationMadeAt: '2026-11-22T10:00:00Z',
        notifiedTo: 'Lastensuojelu',
      }),
    ).toBe(false);
    expect(
      urgentRecordComplete({
        ...empty,
        notificationMadeAt: '2026-11-22T10:00:00Z',
        notifiedTo: 'Lastensuojelu',
        outcome: 'Sosiaalityöntekijä tapaa perheen tänään.',
      }),
    ).toBe(true);
    expect(
      urgentRecordComplete({
        ...empty,
        emergencyContactAt: '2026-11-22T10:00:00Z',
        outcome: 'Päivystys tuli paikalle.',
      }),
    ).toBe(true);
    expect(
      urgentRecordComplete({
        ...empty,
        notificationMadeAt: '2026-11-22T10:00:00Z',
        notifiedTo: ' ',
        outcome: 'x',
      }),
    ).toBe(false);
  });

  it('keep a follow-up due until the same rater rates again, each rater apart', () => {
    const r = (raterLabel: string, recordedAt: string, followUpOn: string | null) => ({
      perspective: 'guardian' as const,
      raterLabel,
      recordedAt,
      followUpOn,
    });
    const ratings = [
      r('Tiina', '2026-10-01T10:00:00Z', '2026-11-01'),
      r('Janne', '2026-10-01T10:00:00Z', '2026-11-01'),
      r('Tiina', '2026-11-05T10:00:00Z', '2026-12-01'),
    ];
    expect(followUpsDue(ratings, '2026-11-22').map((x) => x.raterLabel)).toEqual(['Janne']);
    expect(
      followUpsDue(ratings, '2026-12-01')
        .map((x) => x.raterLabel)
        .sort(),
    ).toEqual(['Janne', 'Tiina']);
  });
});
