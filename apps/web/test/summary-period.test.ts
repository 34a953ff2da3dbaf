import { describe, expect, it } from 'vitest';
import { keptText } from '../src/features/summaries/summary-draft';
import { nextPeriodStart } from '../src/features/summaries/summary-period';

const texts = (over: Partial<Record<string, string>> = {}) => ({
  meetings: '',
  network: '',
  concern: '',
  plan: '',
  guidance: '',
  evaluation: '',
  nextSteps: '',
  ...over,
});

describe('the default start of the next period summary', () => {
  it('is the case’s first day before anything is signed', () => {
    expect(nextPeriodStart([], '2026-10-05', '2027-03-01')).toBe('2026-10-05');
    expect(nextPeriodStart([{ status: 'draft', periodEnd: '2027-01-31' }], '2026-10-05', '2027-03-01')).toBe(
      '2026-10-05',
    );
  });

  it('is the day after the latest signed summary ends, across a month and a year', () => {
    const signed = [
      { status: 'signed' as const, periodEnd: '2026-12-31' },
      { status: 'signed' as const, periodEnd: '2026-11-30' },
      { status: 'draft' as const, periodEnd: '2027-02-15' },
    ];
    expect(nextPeriodStart(signed, '2026-10-05', '2027-03-01')).toBe('2027-01-01');
    expect(nextPeriodStart([{ status: 'signed', periodEnd: '2028-02-28' }], '2026-10-05', '2028-03-10')).toBe(
      '2028-02-29',
    );
  });

  it('is never after today', () => {
    expect(nextPeriodStart([{ status: 'signed', periodEnd: '2027-03-01' }], '2026-10-05', '2027-03-01')).toBe(
      '2027-03-01',
    );
  });
});

describe('the worker’s own text kept after loading someone else’s version', () => {
  it('keeps only the sections where the worker wrote something different', () => {
    const mine = texts({ evaluation: 'Meni hyvin.', plan: 'Sama', network: '  ' });
    const theirs = texts({ evaluation: 'Toinen arvio', plan: 'Sama ' });
    expect(keptText(mine, theirs)).toEqual({ evaluation: 'Meni hyvin.' });
  });

  it('is nothing when the texts agree', () => {
    expect(keptText(texts({ plan: 'x' }), texts({ plan: 'x' }))).toBeNull();
  });
});
