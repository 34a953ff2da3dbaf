import { describe, expect, it } from 'vitest';
import { helsinkiDate, helsinkiDayEnd, helsinkiDayStart } from './dates';

describe('the county’s calendar day', () => {
  it('turns at midnight in Helsinki, in winter and in summer time', () => {
    expect(helsinkiDate(new Date('2026-05-31T20:59:59Z'))).toBe('2026-05-31');
    expect(helsinkiDate(new Date('2026-05-31T21:00:00Z'))).toBe('2026-06-01');
    expect(helsinkiDate(new Date('2026-12-31T21:59:59Z'))).toBe('2026-12-31');
    expect(helsinkiDate(new Date('2026-12-31T22:00:00Z'))).toBe('2027-01-01');
  });

  it('knows when a day begins, also across the change to summer time', () => {
    expect(helsinkiDayStart('2026-11-22').toISOString()).toBe('2026-11-21T22:00:00.000Z');
    expect(helsinkiDayStart('2026-06-01').toISOString()).toBe('2026-05-31T21:00:00.000Z');
    expect(helsinkiDayStart('2026-03-29').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(helsinkiDayStart('2026-03-30').toISOString()).toBe('2026-03-29T21:00:00.000Z');
    // The 25-hour day when summer time ends: it ends at 22.00 UTC.
    expect(helsinkiDayEnd('2026-10-25').toISOString()).toBe('2026-10-25T22:00:00.000Z');
    expect(helsinkiDayEnd('2026-12-31').toISOString()).toBe('2026-12-31T22:00:00.000Z');
  });
});
