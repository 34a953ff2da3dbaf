import { z } from 'zod';
import { casePhases, zCasePhase, zCaseStatus } from '../enums';
import { clockStates } from '../process-clocks';
import { zProcessTemplate, zProcessTemplateFields } from '../process-template';
import { zId, zIsoDate, zOptionalText, zRequiredText, zVersion } from './common';

export const phaseChangeWarnings = ['fewer_assessment_meetings', 'more_assessment_meetings'] as const;
export const phaseChangeRefusals = [
  'not_in_template',
  'not_next',
  'final_evaluation_unsigned',
  'review_decision_required',
] as const;

/** The decision of the network review that ends the assessment period (seed 001). */
export const reviewDecisions = ['continue', 'close', 'guide_elsewhere'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

export const zTemplateView = z.object({
  id: z.string(),
  version: z.number(),
  template: zProcessTemplateFields,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type TemplateView = z.infer<typeof zTemplateView>;

export const zClockView = z.object({
  key: z.string(),
  label: z.string(),
  source: z.string(),
  startedOn: z.string(),
  deadline: z.string(),
  metOn: z.string().nullable(),
  state: z.enum(clockStates),
  workingDaysLeft: z.number().nullable(),
});

export const zPhaseChangeView = z.object({
  id: z.string(),
  from: zCasePhase,
  to: zCasePhase,
  reason: z.string(),
  warnings: z.array(z.enum(phaseChangeWarnings)),
  changedBy: z.string(),
  changedAt: z.string(),
});

export const zReviewDecisionView = z.object({
  decision: z.enum(reviewDecisions),
  meetingId: z.string(),
  meetingStartsAt: z.string(),
  nextReviewOn: z.string().nullable(),
  serviceName: z.string().nullable(),
  note: z.string(),
  purchaserPresent: z.boolean(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});
export type ReviewDecisionView = z.infer<typeof zReviewDecisionView>;

/** A case's process as the stepper shows it: where it is, how it got there, the clocks, what is next. */
export const zProcessView = z.object({
  caseId: z.string(),
  caseVersion: z.number(),
  phase: zCasePhase,
  status: zCaseStatus,
  template: zTemplateView,
  /** The day each phase was first reached; the referral phase on the day the referral came. */
  reachedOn: z.partialRecord(z.enum(casePhases), z.string()),
  phaseChanges: z.array(zPhaseChangeView),
  clocks: z.array(zClockView),
  assessmentMeetings: z.number(),
  /** The next phase along the template, whether the actor may move there now, and the warnings to confirm. */
  next: z
    .object({
      phase: zCasePhase,
      allowed: z.boolean(),
      refusal: z.enum(phaseChangeRefusals).nullable(),
      warnings: z.array(z.enum(phaseChangeWarnings)),
    })
    .nullable(),
  reviewDecision: zReviewDecisionView.nullable(),
  /** When a network meeting of the case could record the review decision: the candidates. */
  reviewMeetings: z.array(z.object({ id: z.string(), startsAt: z.string(), purchaserPresent: z.boolean() })),
  purchased: z.boolean(),
  periodSummaryDueOn: z.string().nullable(),
  finalEvaluationSigned: z.boolean(),
  canEdit: z.boolean(),
});
export type ProcessView = z.infer<typeof zProcessView>;

/** Moving a case one phase on (closing goes through the close form, which needs the final evaluation). */
export const zPhaseChangeInput = z.object({
  version: zVersion,
  to: zCasePhase.exclude(['closed']),
  reason: zRequiredText(1000),
  /** The warnings the worker saw and confirmed; the server refuses if a warning was not confirmed. */
  acknowledgedWarnings: z.array(z.enum(phaseChangeWarnings)).max(5).default([]),
});
export type PhaseChangeInput = z.input<typeof zPhaseChangeInput>;

export const zReviewDecisionInput = z
  .object({
    version: zVersion,
    meetingId: zId,
    decision: z.enum(reviewDecisions, { error: 'required' }),
    /** With `continue`: when the plan is next reviewed. */
    nextReviewOn: zIsoDate.nullable().optional(),
    /** With `guide_elsewhere`: the service of the directory the family is guided to. */
    serviceId: zId.nullable().optional(),
    note: zOptionalText(2000),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'continue' && !d.nextReviewOn)
      ctx.addIssue({ code: 'custom', path: ['nextReviewOn'], message: 'required' });
    if (d.decision === 'guide_elsewhere' && !d.serviceId)
      ctx.addIssue({ code: 'custom', path: ['serviceId'], message: 'required' });
  });
export type ReviewDecisionInput = z.input<typeof zReviewDecisionInput>;

export const zTemplateList = z.object({ templates: z.array(zTemplateView) });

export const zTemplateSave = z.object({
  /** The version the admin edited; a newer one answers 409. */
  baseVersion: zVersion,
  template: zProcessTemplate,
});
export type TemplateSave = z.input<typeof zTemplateSave>;
