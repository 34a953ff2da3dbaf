import { z } from 'zod';
import { zId, zRequiredText, zVersion } from './common';
import { referralUrgencies } from './referrals';

/** A referral out (ohjaus) is followed until it closes its loop (seed 004). */
export const referralOutStatuses = ['sent', 'received', 'accepted', 'declined', 'completed'] as const;
export type ReferralOutStatus = (typeof referralOutStatuses)[number];

/** Where a referral out may go next; the worker records it for services outside Verkosto. */
export function nextReferralOutStatuses(status: ReferralOutStatus): ReferralOutStatus[] {
  switch (status) {
    case 'sent':
      return ['received', 'accepted', 'declined'];
    case 'received':
      return ['accepted', 'declined'];
    case 'accepted':
      return ['completed'];
    case 'declined':
    case 'completed':
      return [];
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

export const zReferralOutInput = z
  .object({
    /** A service of the directory, or a Verkosto unit (the referral then arrives in its inbox). */
    serviceId: zId.nullable().optional(),
    targetUnitId: zId.nullable().optional(),
    reason: zRequiredText(4000),
    urgency: z.enum(referralUrgencies, { error: 'required' }),
    contactConsent: z.boolean({ error: 'required' }),
  })
  .superRefine((r, ctx) => {
    if (Boolean(r.serviceId) === Boolean(r.targetUnitId)) {
      ctx.addIssue({ code: 'custom', path: ['serviceId'], message: 'required' });
    }
  });
export type ReferralOutInput = z.input<typeof zReferralOutInput>;

export const zReferralOutStatusInput = z.object({
  version: zVersion,
  status: z.enum(referralOutStatuses, { error: 'required' }),
});

export const zReferralOut = z.object({
  id: z.string(),
  version: z.number(),
  target: z.object({ kind: z.enum(['service', 'unit']), id: z.string(), name: z.string() }),
  reason: z.string(),
  urgency: z.enum(referralUrgencies),
  status: z.enum(referralOutStatuses),
  /** For a Verkosto unit the status follows its triage; the worker records it only for other services. */
  followsUnit: z.boolean(),
  sentBy: z.string(),
  sentAt: z.string(),
  statusChangedAt: z.string(),
});
export type ReferralOut = z.infer<typeof zReferralOut>;
export const zReferralsOut = z.object({ referrals: z.array(zReferralOut), canEdit: z.boolean() });
