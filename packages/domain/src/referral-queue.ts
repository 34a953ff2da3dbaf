import type { ReferralUrgency } from './api/referrals';

/** Urgent first, then soon, then the rest. */
const urgencyRank: Record<ReferralUrgency, number> = { urgent: 0, soon: 1, normal: 2 };

/**
 * The waiting list's order, as the page states it: by urgency, and within the same urgency by how
 * long the referral has waited (the oldest first). Ties keep a stable order by id.
 */
export function byQueueOrder(
  a: { urgency: ReferralUrgency; receivedAt: string; id: string },
  b: { urgency: ReferralUrgency; receivedAt: string; id: string },
): number {
  return (
    urgencyRank[a.urgency] - urgencyRank[b.urgency] ||
    a.receivedAt.localeCompare(b.receivedAt) ||
    a.id.localeCompare(b.id)
  );
}

/** The median of a list of numbers; null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
