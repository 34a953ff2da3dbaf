import { describe, expect, it } from 'vitest';
import { ageInYears, formatDate, formatTime, todayIso } from '../src/i18n/format';

describe('Finnish-style dates and times', () => {
  it('shows calendar dates as d.M.yyyy without leading zeros', () => {
    expect(formatDate('2027-06-01')).toBe('1.6.2027');
    expect(formatDate('2016-12-05')).toBe('5.12.2016');
  });

  it('does not shift a calendar date by the time zone', () => {
    expect(formatDate('2026-01-01')).toBe('1.1.2026');
  });

  it('shows a time as H.mm', () => {
    const local = new Date(2026, 10, 22, 8, 5).toISOString();
    expect(formatTime(local)).toBe('8.05');
    expect(formatDate(local)).toBe('22.11.2026');
  });

  it('leaves missing values empty', () => {
    expect(formatDate(null)).toBe('');
    expect(formatTime(undefined)).toBe('');
  });

  it('gives today as an ISO calendar date', () => {
    expect(todayIso(new Date(2026, 10, 2))).toBe('2026-11-02');
  });

  it('counts full years of age', () => {
    const today = new Date(2026, 10, 22);
    expect(ageInYears('2016-12-05', today)).toBe(9);
    expect(ageInYears('2016-11-22', today)).toBe(10);
    expect(ageInYears('2030-01-01', today)).toBeNull();
  });
});
