import { z } from 'zod';
import { concernPerspectives } from '../concern';
import { zIsoDate } from './common';
import { meetingSettings, meetingTypes } from './meetings';

const zCounts = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.partialRecord(z.enum(keys), z.number());

/** The period the figures look at (this year so far when not given). */
export const zFiguresQuery = z
  .object({ from: zIsoDate.optional(), to: zIsoDate.optional() })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'invalid' });
  });

/** Days as a distribution: how many, the median and the 90th percentile. */
export const zWaitDays = z.object({
  n: z.number(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
});

/**
 * A unit's figures for its team lead: counts and distributions only, never a client. Queue and
 * caseloads are as of today; the rest concern the period.
 */
export const zUnitFigures = z.object({
  unitId: z.string(),
  unit: z.string(),
  /** Accepted referrals whose case still waits in its referral phase. */
  queueLength: z.number(),
  /** From the referral to leaving the waiting list, for those that left it in the period. */
  wait: zWaitDays,
  /** From the referral to the first meeting held, for referrals received in the period. */
  toFirstMeeting: zWaitDays,
  caseloads: z.array(
    z.object({ workerId: z.string(), worker: z.string(), responsible: z.number(), pair: z.number() }),
  ),
  /** Open cases per pair of workers (pair work). */
  pairs: z.array(z.object({ responsible: z.string(), pair: z.string(), cases: z.number() })),
  /** Open cases of the unit whose client also has an open case in another unit. */
  sharedClients: z.number(),
  /** Of those, the ones no team decision has divided the work of: possible duplicate work. */
  sharedWithoutTeamDecision: z.number(),
  /** Per rater: cases with two or more ratings in the period, and how many ended lower than they began. */
  concernOutcome: z.array(
    z.object({ perspective: z.enum(concernPerspectives), cases: z.number(), lower: z.number() }),
  ),
  meetingsByType: zCounts(meetingTypes),
  meetingsBySetting: zCounts(meetingSettings),
  /** Network meetings held in the period, and the cases they were held on. */
  networkMeetings: z.object({ meetings: z.number(), cases: z.number() }),
  /** The unit's groups in the period: sessions held, registered attendances, and those who came unregistered. */
  groups: z.object({ sessions: z.number(), attendances: z.number(), anonymous: z.number() }),
});
export type UnitFigures = z.infer<typeof zUnitFigures>;

export const zFigures = z.object({ from: z.string(), to: z.string(), units: z.array(zUnitFigures) });
export type Figures = z.infer<typeof zFigures>;
