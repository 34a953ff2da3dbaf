import { z } from 'zod';
import { levelsOfWork } from '../concern';
import { zId, zIsoDate, zOptionalText, zRequiredText } from './common';

export const actionStatuses = ['not_started', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Who carries an action or belongs to the next evaluation: a network member or a worker. */
export const ownerKinds = ['member', 'worker'] as const;
export const zPlanPerson = z.object({ kind: z.enum(ownerKinds), id: zId, name: z.string() });
export type PlanPerson = z.infer<typeof zPlanPerson>;

/** Goal attainment scale (GAS): −2 much less than expected … 0 as expected … +2 much more. */
export const goalAttainmentScores = [-2, -1, 0, 1, 2] as const;
export type GoalAttainmentScore = (typeof goalAttainmentScores)[number];

export const zGoal = z.object({
  /** Stable across versions, so evaluations follow a goal through its rewordings. */
  id: zId,
  familyWords: zRequiredText(1000),
  professionalWording: zOptionalText(1000),
});
export type Goal = z.infer<typeof zGoal>;

export const zPlanAction = z.object({
  id: zId,
  what: zRequiredText(500),
  owner: zPlanPerson,
  dueOn: zIsoDate
    .nullable()
    .optional()
    .transform((d) => d ?? null),
  status: z.enum(actionStatuses).default('not_started'),
  goalId: zId
    .nullable()
    .optional()
    .transform((g) => g ?? null),
  /** Promotive, preventive or corrective work (seed 002), for reporting. */
  level: z.enum(levelsOfWork).nullable().optional(),
});
export type PlanAction = z.infer<typeof zPlanAction>;

/** The shared plan (asiakassuunnitelma / toimintasuunnitelma) as one version holds it. */
export const zPlanContent = z
  .object({
    goals: z.array(zGoal).max(20),
    actions: z.array(zPlanAction).max(60),
    howWeLessenConcern: zOptionalText(4000),
    reevaluationOn: zIsoDate
      .nullable()
      .optional()
      .transform((d) => d ?? null),
    /** Who should be at the next evaluation. */
    nextComposition: z.array(zPlanPerson).max(40).default([]),
    differingViews: zOptionalText(4000),
  })
  .superRefine((p, ctx) => {
    const goalIds = new Set(p.goals.map((g) => g.id));
    if (goalIds.size !== p.goals.length)
      ctx.addIssue({ code: 'custom', path: ['goals'], message: 'invalid' });
    p.actions.forEach((a, i) => {
      if (a.goalId && !goalIds.has(a.goalId)) {
        ctx.addIssue({ code: 'custom', path: ['actions', i, 'goalId'], message: 'invalid' });
      }
    });
  });
export type PlanContent = z.output<typeof zPlanContent>;
export type PlanContentInput = z.input<typeof zPlanContent>;

/** Saving makes a new version over the one the editor saw (0 for the first); a stale base answers 409. */
export const zPlanSave = z.object({
  basedOn: z.number().int().min(0),
  content: zPlanContent,
  /** The meeting that agreed this version, if any. */
  meetingId: zId.nullable().optional(),
});
export type PlanSave = z.input<typeof zPlanSave>;

/**
 * A stored version's content as answers carry it: the output shape of zPlanContent, without its
 * transforms. Answers are serialised by encoding through their schema, and a transform (trimming,
 * '' → null, defaults) cannot run backwards: zPlanContent there made every answer a 500.
 */
export const zPlanContentView = z.object({
  goals: z.array(
    z.object({ id: z.string(), familyWords: z.string(), professionalWording: z.string().nullable() }),
  ),
  actions: z.array(
    z.object({
      id: z.string(),
      what: z.string(),
      owner: zPlanPerson,
      dueOn: z.string().nullable(),
      status: z.enum(actionStatuses),
      goalId: z.string().nullable(),
      level: z.enum(levelsOfWork).nullable().optional(),
    }),
  ),
  howWeLessenConcern: z.string().nullable(),
  reevaluationOn: z.string().nullable(),
  nextComposition: z.array(zPlanPerson),
  differingViews: z.string().nullable(),
});

export const zPlanVersion = z.object({
  caseId: z.string(),
  versionNo: z.number(),
  content: zPlanContentView,
  meetingId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type PlanVersion = z.infer<typeof zPlanVersion>;

export const zPlanVersionSummary = zPlanVersion.pick({
  versionNo: true,
  meetingId: true,
  createdBy: true,
  createdAt: true,
});

export const zPlanOverview = z.object({
  current: zPlanVersion.nullable(),
  versions: z.array(zPlanVersionSummary),
  /** Whom the form may name as an action's owner or in the next evaluation. */
  people: z.array(zPlanPerson),
  canEdit: z.boolean(),
});
export type PlanOverview = z.infer<typeof zPlanOverview>;

export const zVersionParams = z.object({ id: zId, versionNo: z.coerce.number().int().min(1) });

export const zGoalEvaluationInput = z.object({
  meetingId: zId.nullable().optional(),
  scores: z
    .array(
      z.object({
        goalId: zId,
        score: z
          .number({ error: 'required' })
          .int({ error: 'invalid' })
          .min(-2, { error: 'invalid' })
          .max(2, { error: 'invalid' }),
        comment: zOptionalText(1000),
      }),
    )
    .min(1, { error: 'required' }),
});
export type GoalEvaluationInput = z.input<typeof zGoalEvaluationInput>;

/** One review of the goals: each goal's attainment at that time. */
export const zGoalReview = z.object({
  id: z.string(),
  evaluatedAt: z.string(),
  evaluatedBy: z.string(),
  meetingId: z.string().nullable(),
  planVersionNo: z.number(),
  scores: z.array(z.object({ goalId: z.string(), score: z.number(), comment: z.string().nullable() })),
});
export type GoalReview = z.infer<typeof zGoalReview>;
export const zGoalReviews = z.object({ reviews: z.array(zGoalReview) });
