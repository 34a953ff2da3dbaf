import { z } from 'zod';
import { helsinkiDate } from '../dates';
import { zCasePhase, zServiceType } from '../enums';
import { clockStates } from '../process-clocks';
import { zId, zIsoDate, zOptionalText, zRequiredText, zVersion } from './common';

/** Who the referral or contact comes from (seed 003/004): the family itself or a professional. */
export const referralSources = [
  'family',
  'school',
  'daycare',
  'child_health_clinic',
  'doctor',
  'other_unit',
  'other',
] as const;
export type ReferralSource = (typeof referralSources)[number];

/** How soon the unit must answer. */
export const referralUrgencies = ['urgent', 'soon', 'normal'] as const;
export type ReferralUrgency = (typeof referralUrgencies)[number];

/**
 * Where a referral stands: waiting for triage; accepted into the waiting list (a case in its referral
 * phase); started (the case has moved on from the waiting list); redirected elsewhere; declined.
 */
export const referralStatuses = ['received', 'waiting', 'started', 'redirected', 'declined'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** A child born today in Finland is born today, though UTC may still be on yesterday. */
const todayIso = () => helsinkiDate();

/** A referral as its sender writes it: about whom, why, how urgently, and whether the family may be contacted. */
export const zReferralInput = z.object({
  targetUnitId: zId,
  source: z.enum(referralSources, { error: 'required' }),
  childFirstNames: zRequiredText(100),
  childLastName: zRequiredText(100),
  childDateOfBirth: zIsoDate.refine((d) => d <= todayIso(), { error: 'date_in_future' }),
  guardianName: zOptionalText(200),
  guardianPhone: zOptionalText(30).refine((s) => s === null || /^\+?[0-9 ()-]{5,30}$/.test(s), {
    error: 'invalid_phone',
  }),
  reason: zRequiredText(4000),
  urgency: z.enum(referralUrgencies, { error: 'required' }),
  /** The family agreed to be contacted by the receiving unit: without it the unit cannot start. */
  contactConsent: z.boolean({ error: 'required' }),
});
export type ReferralInput = z.input<typeof zReferralInput>;

export const zReferralAccept = z.object({
  version: zVersion,
  /** The person the referral is about: a match found by the duplicate check, or one registered now. */
  personId: zId,
  serviceType: zServiceType,
  responsibleWorkerId: zId,
  pairWorkerId: zId.nullable().optional(),
});
export type ReferralAccept = z.input<typeof zReferralAccept>;

export const zReferralRedirect = z
  .object({
    version: zVersion,
    /** Another Verkosto unit (the referral arrives in its inbox) or a service of the directory. */
    toUnitId: zId.nullable().optional(),
    toServiceId: zId.nullable().optional(),
    messageToReferrer: zRequiredText(2000),
  })
  .superRefine((r, ctx) => {
    if (Boolean(r.toUnitId) === Boolean(r.toServiceId)) {
      ctx.addIssue({ code: 'custom', path: ['toUnitId'], message: 'required' });
    }
  });
export type ReferralRedirect = z.input<typeof zReferralRedirect>;

export const zReferralDecline = z.object({ version: zVersion, reason: zRequiredText(2000) });
export type ReferralDecline = z.input<typeof zReferralDecline>;

export const zClockSummary = z.object({
  key: z.string(),
  label: z.string(),
  deadline: z.string(),
  state: z.enum(clockStates),
  workingDaysLeft: z.number().nullable(),
});

/** A referral as the receiving unit sees it: everything the sender wrote, and what was decided. */
export const zReferralView = z.object({
  id: z.string(),
  version: z.number(),
  targetUnit: z.object({ id: z.string(), name: z.string() }),
  source: z.enum(referralSources),
  referrer: z.string(),
  childFirstNames: z.string(),
  childLastName: z.string(),
  childDateOfBirth: z.string(),
  guardianName: z.string().nullable(),
  guardianPhone: z.string().nullable(),
  reason: z.string(),
  urgency: z.enum(referralUrgencies),
  contactConsent: z.boolean(),
  receivedOn: z.string(),
  /** Working days since it came, on the county's calendar. */
  waitedWorkingDays: z.number(),
  status: z.enum(referralStatuses),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  messageToReferrer: z.string().nullable(),
  redirectedTo: z.string().nullable(),
  caseId: z.string().nullable(),
  canTriage: z.boolean(),
});
export type ReferralView = z.infer<typeof zReferralView>;

/** A person the referral may be about, found by name and date of birth, with the services they already have. */
export const zReferralMatch = z.object({
  personId: z.string(),
  firstNames: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  identityCodeMasked: z.string().nullable(),
  /** Units with an open case of the person: whom to contact, never what the case holds. */
  openCases: z.array(z.object({ unit: z.string(), serviceType: zServiceType })),
});
export const zReferralMatches = z.object({ matches: z.array(zReferralMatch) });
export type ReferralMatch = z.infer<typeof zReferralMatch>;

/** A unit's referrals waiting for triage, and its waiting list in the order the page states. */
export const zUnitReferrals = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  inbox: z.array(zReferralView),
  waitingList: z.array(
    z.object({
      position: z.number(),
      referralId: z.string(),
      caseId: z.string(),
      client: z.string(),
      urgency: z.enum(referralUrgencies),
      receivedOn: z.string(),
      /** Working days since the referral came. */
      waitedWorkingDays: z.number(),
      phase: zCasePhase,
      responsibleWorker: z.string(),
      clocks: z.array(zClockSummary),
    }),
  ),
  /** The median days from referral to the case leaving the waiting list, over the last half year. */
  medianWaitDays: z.number().nullable(),
});
export type UnitReferrals = z.infer<typeof zUnitReferrals>;

/** The sender's own referrals: status and expected wait, nothing of the unit's other clients. */
export const zSentReferral = z.object({
  id: z.string(),
  targetUnit: z.string(),
  child: z.string(),
  urgency: z.enum(referralUrgencies),
  receivedOn: z.string(),
  status: z.enum(referralStatuses),
  /** While waiting: the place in the unit's queue and the unit's typical wait. */
  position: z.number().nullable(),
  expectedWaitDays: z.number().nullable(),
  messageToReferrer: z.string().nullable(),
  declineReason: z.string().nullable(),
  redirectedTo: z.string().nullable(),
});
export const zSentReferrals = z.object({ referrals: z.array(zSentReferral) });
export type SentReferral = z.infer<typeof zSentReferral>;

/** Units a referral can be sent to. */
export const zReferralTargets = z.object({
  units: z.array(z.object({ id: z.string(), name: z.string(), organisation: z.string() })),
});
