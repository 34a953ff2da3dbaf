import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addWorkingDays,
  easterSunday,
  finnishDaysOff,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';

describe('Finnish working days', () => {
  it('find Easter for known years', () => {
    expect(['2024', '2025', '2026', '2027', '2028', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2038-04-25',
    ]);
  });

  it('know the moving feasts and the eves of 2026', () => {
    const off = finnishDaysOff(2026);
    expect(off.get('2026-04-03')).toBe('good_friday');
    expect(off.get('2026-04-06')).toBe('easter_monday');
    expect(off.get('2026-05-14')).toBe('ascension_day');
    expect(off.get('2026-06-19')).toBe('midsummer_eve');
    expect(off.get('2026-10-31')).toBe('all_saints_day');
    expect(off.get('2026-12-24')).toBe('christmas_eve');
  });

  it('skip weekends and holidays', () => {
    expect(isWorkingDay('2026-11-20')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-07')).toBe(true); // Monday after Independence Day on a Sunday
    expect(isWorkingDay('2027-12-06')).toBe(false); // Independence Day on a Monday
    expect(isWorkingDay('2026-05-14')).toBe(false); // Ascension Day
  });

  it('count the seventh working day across Christmas and the new year', () => {
    // Referral on Monday 21.12.2026: 22, 23, (24–27 off), 28, 29, 30, 31, (1.1. off), 4.1. is the 7th.
    expect(addWorkingDays('2026-12-21', 7)).toBe('2027-01-04');
    // Referral before Easter 2027: Good Friday 26.3. and Easter Monday 29.3. are off.
    expect(addWorkingDays('2027-03-24', 7)).toBe('2027-04-06');
    // Referral on a Friday: the weekend does not count.
    expect(addWorkingDays('2026-11-20', 7)).toBe('2026-12-01');
  });

  it('count working days between two dates consistently with adding them', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2024-01-01T00:00:00Z'),
          max: new Date('2030-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 80 }),
        (d, n) => {
          const from = d.toISOString().slice(0, 10);
          const to = addWorkingDays(from, n);
          expect(workingDaysBetween(from, to)).toBe(n);
          if (n > 0) expect(isWorkingDay(to)).toBe(true);
        },
      ),
    );
  });

  it('add months to the same day or the month’s end, leap years included', () => {
    expect(addMonths('2026-11-22', 3)).toBe('2027-02-22');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-10-31', 1)).toBe('2026-11-30');
    expect(addMonths('2026-12-15', 3)).toBe('2027-03-15');
  });
});
