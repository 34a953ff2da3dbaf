import { z } from 'zod';
import { concernPerspectives, concernZones, followUpRequired } from '../concern';
import { zId, zIsoDate, zOptionalText, zRequiredText } from './common';
import { zInstant } from './meetings';

/** A rating as recorded: whose worry, which zone, what worries, what would lessen it, when we look again. */
export const zConcernInput = z
  .object({
    zone: z.enum(concernZones, { error: 'required' }),
    perspective: z.enum(concernPerspectives, { error: 'required' }),
    /** Whose view it is, e.g. "Tiina Mäki (äiti)"; for the worker's own rating the server names them. */
    raterLabel: zOptionalText(120),
    /** The network member whose view it is, for that perspective. */
    raterMemberId: zId.nullable().optional(),
    worries: zRequiredText(4000),
    wouldLessen: zOptionalText(4000),
    followUpOn: zIsoDate.nullable().optional(),
    /** The meeting in whose round of perspectives it was recorded. */
    meetingId: zId.nullable().optional(),
  })
  .superRefine((c, ctx) => {
    if (followUpRequired(c.zone) && !c.followUpOn) {
      ctx.addIssue({ code: 'custom', path: ['followUpOn'], message: 'required' });
    }
    if (c.perspective !== 'worker' && !c.raterLabel && !c.raterMemberId) {
      ctx.addIssue({ code: 'custom', path: ['raterLabel'], message: 'required' });
    }
    if (c.raterMemberId && c.perspective !== 'network_member') {
      ctx.addIssue({ code: 'custom', path: ['raterMemberId'], message: 'invalid' });
    }
  });
export type ConcernInput = z.input<typeof zConcernInput>;

/** What was done on the urgent path (zone 4), saved over the version seen. */
export const zUrgentRecordInput = z.object({
  version: z.number().int().min(1),
  notificationMadeAt: zInstant.nullable().optional(),
  notifiedTo: zOptionalText(200),
  notificationReference: zOptionalText(100),
  /** A joint request with the family (Child Welfare Act 25 a §) instead of a notification alone. */
  jointWithFamily: z.boolean().default(false),
  emergencyContactAt: zInstant.nullable().optional(),
  emergencyContacted: zOptionalText(200),
  outcome: zOptionalText(4000),
});
export type UrgentRecordInput = z.input<typeof zUrgentRecordInput>;

export const zUrgentRecord = z.object({
  version: z.number(),
  notificationMadeAt: z.string().nullable(),
  notifiedTo: z.string().nullable(),
  notificationReference: z.string().nullable(),
  jointWithFamily: z.boolean(),
  emergencyContactAt: z.string().nullable(),
  emergencyContacted: z.string().nullable(),
  outcome: z.string().nullable(),
  complete: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type UrgentRecord = z.infer<typeof zUrgentRecord>;

export const zConcernAssessment = z.object({
  id: z.string(),
  caseId: z.string(),
  zone: z.enum(concernZones),
  perspective: z.enum(concernPerspectives),
  raterLabel: z.string(),
  raterMemberId: z.string().nullable(),
  worries: z.string(),
  wouldLessen: z.string().nullable(),
  followUpOn: z.string().nullable(),
  meetingId: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  urgent: zUrgentRecord.nullable(),
});
export type ConcernAssessment = z.infer<typeof zConcernAssessment>;

export const zConcernPanel = z.object({
  /** Oldest first, for the trend; never averaged across perspectives. */
  assessments: z.array(zConcernAssessment),
  /** The latest rating of each rater (perspective and whose view). */
  latestIds: z.array(z.string()),
  followUpDueIds: z.array(z.string()),
  /** Zone-4 ratings whose record of what was done is not complete. */
  openUrgentIds: z.array(z.string()),
  /** The unit's emergency social services number, if configured; 112 is always shown. */
  emergencyPhone: z.string().nullable(),
  canEdit: z.boolean(),
});
export type ConcernPanel = z.infer<typeof zConcernPanel>;

const zCaseRef = z.object({ caseId: z.string(), client: z.string(), unit: z.string() });

/** A team lead's view of their units: follow-ups past due and zone-4 flags still open. */
export const zTeamConcerns = z.object({
  overdueFollowUps: z.array(
    zCaseRef.extend({
      assessmentId: z.string(),
      zone: z.enum(concernZones),
      perspective: z.enum(concernPerspectives),
      raterLabel: z.string(),
      followUpOn: z.string(),
    }),
  ),
  openUrgent: z.array(
    zCaseRef.extend({ assessmentId: z.string(), recordedAt: z.string(), recordedBy: z.string() }),
  ),
});
export type TeamConcerns = z.infer<typeof zTeamConcerns>;
