import { z } from 'zod';
import { type CasePhase, casePhases, type ServiceType, serviceTypes } from './enums';
import { addMonths, addWorkingDays } from './working-days';

/**
 * A process template: how a service's work moves from referral to closed (seeds 001 and 004), as
 * data. Admins edit templates; a case keeps the version it started with. The statutory clocks are
 * configurable and name their source, as DOMAIN.md asks.
 */
export const clockStarts = ['referral_received'] as const;

export const zStatutoryClock = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'invalid' }),
  /** What must happen: e.g. "assessment started". */
  label: z.string().trim().min(1, { error: 'required' }).max(120, { error: 'too_long' }),
  /** The law it comes from, shown beside the deadline: "Sosiaalihuoltolaki 36 §". */
  source: z.string().trim().min(1, { error: 'required' }).max(120, { error: 'too_long' }),
  startsAt: z.enum(clockStarts),
  workingDays: z.number().int().min(1).max(250).nullable(),
  months: z.number().int().min(1).max(24).nullable(),
  /** The phase whose reaching stops the clock. */
  metByPhase: z.enum(casePhases),
});
export type StatutoryClock = z.infer<typeof zStatutoryClock>;

/** A template's fields without the cross-field rules: the shape of a template as the API shows it. */
export const zProcessTemplateFields = z.object({
  serviceType: z.enum(serviceTypes),
  /** The phases in order; the last is always `closed`. */
  phases: z.array(z.enum(casePhases)).min(2),
  /** Expected assessment meetings (family work: 3–5, seed 001). */
  assessmentMeetings: z.object({
    min: z.number().int().min(0).max(20),
    max: z.number().int().min(0).max(20),
  }),
  reviewIntervalWeeks: z.number().int().min(1).max(104),
  summaryIntervalWeeks: z.number().int().min(1).max(104),
  clocks: z.array(zStatutoryClock).max(10),
});

export const zProcessTemplate = zProcessTemplateFields.superRefine((t, ctx) => {
  if (new Set(t.phases).size !== t.phases.length) {
    ctx.addIssue({ code: 'custom', path: ['phases'], message: 'invalid' });
  }
  if (t.phases[0] !== 'referral' || t.phases.at(-1) !== 'closed') {
    ctx.addIssue({ code: 'custom', path: ['phases'], message: 'invalid' });
  }
  const order = t.phases.map((p) => casePhases.indexOf(p));
  if (order.some((n, i) => i > 0 && n <= (order[i - 1] ?? -1))) {
    ctx.addIssue({ code: 'custom', path: ['phases'], message: 'invalid' });
  }
  if (t.assessmentMeetings.min > t.assessmentMeetings.max) {
    ctx.addIssue({ code: 'custom', path: ['assessmentMeetings', 'max'], message: 'invalid' });
  }
  t.clocks.forEach((c, i) => {
    if ((c.workingDays === null) === (c.months === null)) {
      ctx.addIssue({ code: 'custom', path: ['clocks', i, 'workingDays'], message: 'invalid' });
    }
    if (!t.phases.includes(c.metByPhase)) {
      ctx.addIssue({ code: 'custom', path: ['clocks', i, 'metByPhase'], message: 'invalid' });
    }
  });
  if (new Set(t.clocks.map((c) => c.key)).size !== t.clocks.length) {
    ctx.addIssue({ code: 'custom', path: ['clocks'], message: 'invalid' });
  }
});
export type ProcessTemplate = z.infer<typeof zProcessTemplate>;

/** The family work template of seed 001 with the clocks of Social Welfare Act 36 §. */
export const familyWorkTemplate: ProcessTemplate = {
  serviceType: 'family_work',
  phases: ['referral', 'intake', 'assessment', 'network_review', 'active_work', 'closing', 'closed'],
  assessmentMeetings: { min: 3, max: 5 },
  reviewIntervalWeeks: 12,
  summaryIntervalWeeks: 12,
  clocks: [
    {
      key: 'assessment_started',
      label: 'Palvelutarpeen arviointi aloitettu',
      source: 'Sosiaalihuoltolaki 36 §',
      startsAt: 'referral_received',
      workingDays: 7,
      months: null,
      metByPhase: 'assessment',
    },
    {
      key: 'assessment_finished',
      label: 'Palvelutarpeen arviointi valmis',
      source: 'Sosiaalihuoltolaki 36 §',
      startsAt: 'referral_received',
      workingDays: null,
      months: 3,
      metByPhase: 'network_review',
    },
  ],
};

/** The deadline of a clock started on `startedOn` (an ISO date). */
export function clockDeadline(clock: StatutoryClock, startedOn: string): string {
  if (clock.workingDays !== null) return addWorkingDays(startedOn, clock.workingDays);
  return addMonths(startedOn, clock.months ?? 0);
}

export type PhaseChangeRefusal = 'not_in_template' | 'not_next' | 'final_evaluation_unsigned';
export type PhaseChangeWarning = 'fewer_assessment_meetings' | 'more_assessment_meetings';

/**
 * Whether a case may move from `from` to `to`: forward to the next phase of its template, or to
 * `closed` from any phase once the final evaluation is signed. Leaving the assessment with fewer or
 * more meetings than the template expects is allowed with a warning the worker must see.
 */
export function decidePhaseChange(
  template: Pick<ProcessTemplate, 'phases' | 'assessmentMeetings'>,
  from: CasePhase,
  to: CasePhase,
  facts: { finalEvaluationSigned: boolean; assessmentMeetings: number },
): { allowed: true; warnings: PhaseChangeWarning[] } | { allowed: false; reason: PhaseChangeRefusal } {
  const i = template.phases.indexOf(from);
  const j = template.phases.indexOf(to);
  if (i < 0 || j < 0) return { allowed: false, reason: 'not_in_template' };
  if (to === 'closed') {
    return facts.finalEvaluationSigned
      ? { allowed: true, warnings: [] }
      : { allowed: false, reason: 'final_evaluation_unsigned' };
  }
  if (j !== i + 1) return { allowed: false, reason: 'not_next' };
  const warnings: PhaseChangeWarning[] = [];
  if (from === 'assessment') {
    if (facts.assessmentMeetings < template.assessmentMeetings.min)
      warnings.push('fewer_assessment_meetings');
    if (facts.assessmentMeetings > template.assessmentMeetings.max) warnings.push('more_assessment_meetings');
  }
  return { allowed: true, warnings };
}

const allPhases = [...casePhases];

/** The social welfare service need assessment clocks (Social Welfare Act 36 §) as on the family work template. */
const socialWelfareClocks = familyWorkTemplate.clocks;

/**
 * The first version of each service type's template, as a county starts with them. Social welfare
 * services carry the Social Welfare Act 36 § clocks; health services none here (their care guarantee
 * deadlines are the county's to add).
 */
export function defaultProcessTemplate(serviceType: ServiceType): ProcessTemplate {
  switch (serviceType) {
    case 'family_work':
      return familyWorkTemplate;
    case 'family_counselling':
    case 'child_welfare':
    case 'family_social_work':
      return {
        serviceType,
        phases: allPhases,
        assessmentMeetings: { min: 1, max: 5 },
        reviewIntervalWeeks: 12,
        summaryIntervalWeeks: 26,
        clocks: socialWelfareClocks,
      };
    case 'developmental_services':
    case 'child_psychiatry':
    case 'child_health_clinic':
      return {
        serviceType,
        phases: allPhases,
        assessmentMeetings: { min: 1, max: 5 },
        reviewIntervalWeeks: 26,
        summaryIntervalWeeks: 26,
        clocks: [],
      };
    default: {
      const unreachable: never = serviceType;
      return unreachable;
    }
  }
}
