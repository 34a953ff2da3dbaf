import { describe, expect, it } from 'vitest';
import { countMeetings } from './meeting-counts';
import { isOneOf, oneOfOr } from './one-of';

describe('code lists read back', () => {
  it('take a known code as it is and an unknown one as the fallback', () => {
    const asLevel = oneOfOr(['promotive', 'preventive'] as const, 'promotive');
    expect(asLevel('preventive')).toBe('preventive');
    expect(asLevel('something old')).toBe('promotive');
    expect(isOneOf(['a', 'b'] as const)(null)).toBe(false);
  });
});

describe('meeting counts', () => {
  it('add up the grouped rows by type and by setting, leaving unknown codes out of both', () => {
    expect(
      countMeetings([
        { type: 'home_visit', setting: 'home', n: 2 },
        { type: 'assessment_visit', setting: 'home', n: 1 },
        { type: 'home_visit', setting: 'familiar_place', n: 1 },
        { type: 'retired_type', setting: 'moon', n: 5 },
      ]),
    ).toEqual({
      held: 9,
      byType: { home_visit: 3, assessment_visit: 1 },
      bySetting: { home: 3, familiar_place: 1 },
    });
  });
});
