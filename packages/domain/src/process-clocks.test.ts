import { describe, expect, it } from 'vitest';
import { serviceTypes } from './enums';
import { clockStatuses, periodSummaryDueOn } from './process-clocks';
import { defaultProcessTemplate, familyWorkTemplate, zProcessTemplate } from './process-template';

const referral = (phase: Parameters<typeof clockStatuses>[1]['phase'], reachedOn = {}) => ({
  referralReceivedOn: '2026-12-18',
  phase,
  reachedOn: { referral: '2026-12-18', ...reachedOn },
});

describe('statutory clocks', () => {
  it('run from the referral in working days across Christmas and the new year', () => {
    // Friday 18.12.: the seventh working day skips the weekend, Christmas Eve and the Christmas days;
    // New Year's Eve is a working day.
    const [started, finished] = clockStatuses(familyWorkTemplate, referral('referral'), '2026-12-21');
    // From Monday 21.12. New Year's Day falls inside: the seventh working day is Monday 4.1.
    const fromMonday = { referralReceivedOn: '2026-12-21', phase: 'referral' as const, reachedOn: {} };

    expect(started).toMatchObject({
      deadline: '2026-12-31',
      state: 'running',
      workingDaysLeft: 6,
      metOn: null,
    });
    expect(finished).toMatchObject({ deadline: '2027-03-18', state: 'running' });
    expect(clockStatuses(familyWorkTemplate, fromMonday, '2026-12-21')[0]?.deadline).toBe('2027-01-04');
  });

  it('are near three working days before the deadline, and overdue after it', () => {
    expect(clockStatuses(familyWorkTemplate, referral('intake'), '2026-12-29')[0]).toMatchObject({
      state: 'near',
      workingDaysLeft: 2,
    });
    expect(clockStatuses(familyWorkTemplate, referral('intake'), '2027-01-04')[0]).toMatchObject({
      state: 'overdue',
      workingDaysLeft: -1,
    });
  });

  it('stop when the phase that meets them is reached: on time or late', () => {
    const onTime = clockStatuses(
      familyWorkTemplate,
      referral('assessment', { assessment: '2026-12-31' }),
      '2027-02-01',
    );
    const late = clockStatuses(
      familyWorkTemplate,
      referral('assessment', { assessment: '2027-01-04' }),
      '2027-02-01',
    );

    expect(onTime[0]).toMatchObject({ state: 'met', metOn: '2026-12-31', workingDaysLeft: null });
    expect(late[0]).toMatchObject({ state: 'met_late', metOn: '2027-01-04' });
    // The second clock still runs until the network review.
    expect(onTime[1]).toMatchObject({ state: 'running', metOn: null });
  });

  it('count a later phase as meeting an earlier clock, even when the case began there', () => {
    const [started, finished] = clockStatuses(
      familyWorkTemplate,
      { referralReceivedOn: '2026-08-18', phase: 'active_work', reachedOn: { active_work: '2026-08-18' } },
      '2026-11-22',
    );

    expect(started).toMatchObject({ state: 'met', metOn: '2026-08-18' });
    expect(finished).toMatchObject({ state: 'met', metOn: '2026-08-18' });
  });
});

describe('period summaries', () => {
  it('come due an interval after the last signed one, or after the referral', () => {
    expect(
      periodSummaryDueOn(familyWorkTemplate, {
        phase: 'assessment',
        referralReceivedOn: '2026-10-05',
        lastSummaryEnd: null,
      }),
    ).toBe('2026-12-28');
    expect(
      periodSummaryDueOn(familyWorkTemplate, {
        phase: 'active_work',
        referralReceivedOn: '2026-10-05',
        lastSummaryEnd: '2027-01-10',
      }),
    ).toBe('2027-04-04');
  });

  it('are not asked before the work begins or once the case is closing', () => {
    for (const phase of ['referral', 'intake', 'closing', 'closed'] as const) {
      expect(
        periodSummaryDueOn(familyWorkTemplate, {
          phase,
          referralReceivedOn: '2026-10-05',
          lastSummaryEnd: null,
        }),
      ).toBeNull();
    }
  });
});

describe('default templates', () => {
  it('exist and are valid for every service type', () => {
    for (const type of serviceTypes) {
      const template = defaultProcessTemplate(type);
      expect(template.serviceType).toBe(type);
      expect(zProcessTemplate.safeParse(template).success).toBe(true);
    }
  });
});
