import { z } from 'zod';
import { zCasePhase, zCaseStatus, zServiceType } from '../enums';
import { zIsoDate } from './common';
import { meetingSettings, meetingTypes } from './meetings';
import { summaryKinds } from './summaries';

const zCounts = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.partialRecord(z.enum(keys), z.number());

/** The period the purchaser picks on the page: both ends, in order. */
export const zPurchaserPeriod = z.object({ from: zIsoDate, to: zIsoDate }).superRefine((q, ctx) => {
  if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'invalid' });
});

/** The period asked for: meetings delivered in it (this year so far when not given). */
export const zPurchaserQuery = z
  .object({ from: zIsoDate.optional(), to: zIsoDate.optional() })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'invalid' });
  });

/**
 * One purchased case as its purchaser sees it: who provides it, the meetings delivered in the
 * period, and the signed summaries a consent in force lets the purchaser receive — nothing else.
 */
export const zPurchasedCase = z.object({
  caseId: z.string(),
  client: z.string(),
  provider: z.string(),
  unit: z.string(),
  serviceType: zServiceType,
  phase: zCasePhase,
  status: zCaseStatus,
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  meetings: z.object({
    held: z.number(),
    byType: zCounts(meetingTypes),
    bySetting: zCounts(meetingSettings),
  }),
  summaries: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(summaryKinds),
      periodStart: z.string(),
      periodEnd: z.string(),
      signedAt: z.string(),
    }),
  ),
  /** Whether a consent in force lets the purchaser receive summaries of this case. */
  consent: z.boolean(),
});
export type PurchasedCase = z.infer<typeof zPurchasedCase>;

export const zPurchasedCases = z.object({ from: z.string(), to: z.string(), cases: z.array(zPurchasedCase) });
export type PurchasedCases = z.infer<typeof zPurchasedCases>;
