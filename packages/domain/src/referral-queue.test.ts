import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referralUrgencies } from './api/referrals';
import { byQueueOrder, median } from './referral-queue';

describe('the waiting list order', () => {
  it('puts urgency first, then the longest wait', () => {
    const list = [
      { id: 'a', urgency: 'normal' as const, receivedAt: '2026-10-01T08:00:00Z' },
      { id: 'b', urgency: 'urgent' as const, receivedAt: '2026-11-20T08:00:00Z' },
      { id: 'c', urgency: 'soon' as const, receivedAt: '2026-11-01T08:00:00Z' },
      { id: 'd', urgency: 'normal' as const, receivedAt: '2026-09-15T08:00:00Z' },
    ];

    expect([...list].sort(byQueueOrder).map((r) => r.id)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('is a total order: any shuffle sorts the same', () => {
    const entry = fc.record({
      id: fc.uuid(),
      urgency: fc.constantFrom(...referralUrgencies),
      receivedAt: fc
        .date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 30 }), (entries) => {
        const once = [...entries].sort(byQueueOrder);
        const again = [...entries].reverse().sort(byQueueOrder);
        expect(again).toEqual(once);
      }),
    );
  });
});

describe('the median wait', () => {
  it('is the middle value, or the mean of the two middle ones, and unknown without data', () => {
    expect(median([9, 2, 5])).toBe(5);
    expect(median([4, 2, 8, 6])).toBe(5);
    expect(median([])).toBeNull();
  });
});
