import { afterEach, describe, expect, it, vi } from 'vitest';
import { daysFromNow, helsinkiMoment, monthsFromNow, shown, shownToday } from './dates';

afterEach(() => {
  vi.useRealTimers();
});

describe('the e2e date helpers', () => {
  it('print a day between the 1st and the 9th without a leading zero, as the pages do', () => {
    vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00Z') });

    expect(daysFromNow(0)).toBe('2026-12-03');
    expect(shownToday()).toBe('3.12.2026');
    expect(shown('2027-01-07')).toBe('7.1.2027');
  });

  it('take the Helsinki day on the last evening of a month, when UTC is still on the month before', () => {
    const lateOnTheLastDay = new Date('2027-01-31T22:30:00Z'); // 0.30 on 1.2. in Helsinki

    expect(daysFromNow(0, lateOnTheLastDay)).toBe('2027-02-01');
    expect(shownToday(lateOnTheLastDay)).toBe('1.2.2027');
    expect(helsinkiMoment(lateOnTheLastDay)).toEqual({ date: '2027-02-01', time: '0.30' });
  });

  it('count days across the last day of a month and of a year', () => {
    const lastOfDecember = new Date('2026-12-31T10:00:00Z');

    expect(daysFromNow(1, lastOfDecember)).toBe('2027-01-01');
    expect(daysFromNow(-1, new Date('2027-03-01T10:00:00Z'))).toBe('2027-02-28');
  });

  it('end a month ahead on the last day of a shorter month', () => {
    expect(monthsFromNow(6, new Date('2026-08-31T10:00:00Z'))).toBe('2027-02-28');
    expect(monthsFromNow(3, new Date('2027-11-30T10:00:00Z'))).toBe('2028-02-29');
    expect(monthsFromNow(3, new Date('2026-12-07T10:00:00Z'))).toBe('2027-03-07');
  });

  it('keep Helsinki time across the night daylight saving time begins', () => {
    // Clocks go from 3.00 to 4.00 in Helsinki on 28.3.2027 (1.00 UTC).
    expect(helsinkiMoment(new Date('2027-03-28T00:30:00Z')).time).toBe('2.30');
    expect(helsinkiMoment(new Date('2027-03-28T01:30:00Z')).time).toBe('4.30');
  });
});
