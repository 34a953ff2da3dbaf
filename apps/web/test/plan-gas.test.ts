import type { GoalReview } from '@verkosto/domain';
import { describe, expect, it } from 'vitest';
import {
  formatScore,
  goalSeries,
  isScore,
  removedGoalIds,
  versionsNamingRemoved,
} from '../src/features/plans/gas';

const review = (id: string, planVersionNo: number, scores: [string, number][]): GoalReview => ({
  id,
  evaluatedAt: '2026-10-22T12:00:00.000Z',
  evaluatedBy: 'Aino Virtanen',
  meetingId: null,
  planVersionNo,
  scores: scores.map(([goalId, score]) => ({ goalId, score, comment: null })),
});

const goals = [
  { id: 'g1', familyWords: 'Eetu uskaltaa lähteä kouluun.', professionalWording: null },
  { id: 'g3', familyWords: 'Eetulla on kaveri.', professionalWording: null },
];

describe('goal attainment', () => {
  it('writes scores with a real minus sign and a plus for the positive ones', () => {
    expect([-2, -1, 0, 1, 2].map(formatScore)).toEqual(['\u22122', '\u22121', '0', '+1', '+2']);
    expect([-2, 0, 2].every(isScore)).toBe(true);
    expect([-3, 0.5, 3].some(isScore)).toBe(false);
  });

  it('draws a line per goal of the current version, then per goal rated before and since removed', () => {
    const reviews = [
      review('r1', 1, [
        ['g1', -1],
        ['g2', 0],
      ]),
      review('r2', 2, [
        ['g1', 1],
        ['g3', 0],
      ]),
    ];
    expect(removedGoalIds(reviews, goals)).toEqual(['g2']);
    expect(versionsNamingRemoved(reviews, goals)).toEqual([1]);
    const series = goalSeries(reviews, goals, new Map([['g2', 'Aamut ovat rauhallisempia.']]));
    expect(series.map((s) => [s.goalId, s.number, s.earlier, s.words])).toEqual([
      ['g1', 1, null, 'Eetu uskaltaa lähteä kouluun.'],
      ['g3', 2, null, 'Eetulla on kaveri.'],
      ['g2', null, 1, 'Aamut ovat rauhallisempia.'],
    ]);
    // A goal not rated in a review has no point there.
    expect(series.map((s) => s.points.map((p) => p?.score ?? null))).toEqual([
      [-1, 1],
      [null, 0],
      [0, null],
    ]);
  });
});
