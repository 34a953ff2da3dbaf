import { describe, expect, it } from 'vitest';
import { teamMeetingDays } from './team-schedule';

describe('team meeting days', () => {
  it('are the first (and third) given weekday of each month from the day on', () => {
    // Tuesdays: 1.12.2026 is a Tuesday; 5.1.2027 the first Tuesday of January.
    expect(teamMeetingDays(2, 2, '2026-11-22', 2)).toEqual(['2026-12-01', '2026-12-15']);
    expect(teamMeetingDays(1, 2, '2026-12-02', 2)).toEqual(['2027-01-05']);
    expect(teamMeetingDays(1, 1, '2026-11-01', 1)).toEqual(['2026-11-02']);
  });
});
