import { describe, expect, it } from 'vitest';
import { clockDeadline, decidePhaseChange, familyWorkTemplate, zProcessTemplate } from './process-template';

const issuesOf = (value: unknown) =>
  zProcessTemplate.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];

describe('process templates', () => {
  it('accept the family work template of seed 001', () => {
    expect(issuesOf(familyWorkTemplate)).toEqual([]);
  });

  it('refuse phases out of order, a missing start or end, a clock with two lengths or an unknown phase', () => {
    expect(
      issuesOf({
        ...familyWorkTemplate,
        phases: ['intake', 'referral', 'closed'],
        assessmentMeetings: { min: 5, max: 3 },
        clocks: [{ ...familyWorkTemplate.clocks[0], months: 3 }],
      }),
    ).toEqual([
      'phases:invalid',
      'phases:invalid',
      'assessmentMeetings.max:invalid',
      'clocks.0.workingDays:invalid',
      'clocks.0.metByPhase:invalid',
    ]);
  });

  it('count the statutory clocks in working days and months', () => {
    const [started, finished] = familyWorkTemplate.clocks;
    expect(clockDeadline(started!, '2026-12-21')).toBe('2027-01-04');
    expect(clockDeadline(finished!, '2026-11-30')).toBe('2027-02-28');
  });
});

describe('phase changes', () => {
  const facts = { finalEvaluationSigned: false, assessmentMeetings: 4 };

  it('go forward one phase at a time along the template', () => {
    expect(decidePhaseChange(familyWorkTemplate, 'referral', 'intake', facts)).toEqual({
      allowed: true,
      warnings: [],
    });
    expect(decidePhaseChange(familyWorkTemplate, 'referral', 'assessment', facts)).toEqual({
      allowed: false,
      reason: 'not_next',
    });
    expect(decidePhaseChange(familyWorkTemplate, 'assessment', 'intake', facts)).toMatchObject({
      allowed: false,
    });
  });

  it('close only with a signed final evaluation', () => {
    expect(decidePhaseChange(familyWorkTemplate, 'closing', 'closed', facts)).toEqual({
      allowed: false,
      reason: 'final_evaluation_unsigned',
    });
    expect(
      decidePhaseChange(familyWorkTemplate, 'active_work', 'closed', {
        ...facts,
        finalEvaluationSigned: true,
      }),
    ).toEqual({ allowed: true, warnings: [] });
  });

  it('warn when the assessment had fewer or more meetings than expected', () => {
    const leave = (n: number) =>
      decidePhaseChange(familyWorkTemplate, 'assessment', 'network_review', {
        ...facts,
        assessmentMeetings: n,
      });
    expect(leave(2)).toEqual({ allowed: true, warnings: ['fewer_assessment_meetings'] });
    expect(leave(3)).toEqual({ allowed: true, warnings: [] });
    expect(leave(6)).toEqual({ allowed: true, warnings: ['more_assessment_meetings'] });
  });
});
