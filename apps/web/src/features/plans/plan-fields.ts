import type { FieldErrorCode, PlanContentInput } from '@verkosto/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SummaryField } from '../../components/ErrorSummary';

/** The ids of the editor's controls: goals and actions by their own ids, so they survive reordering. */
export const planControlId = {
  goalWords: (id: string) => `plan-goal-${id}-words`,
  goalProfessional: (id: string) => `plan-goal-${id}-professional`,
  actionWhat: (id: string) => `plan-action-${id}-what`,
  actionOwner: (id: string) => `plan-action-${id}-owner`,
  actionDue: (id: string) => `plan-action-${id}-due`,
  actionStatus: (id: string) => `plan-action-${id}-status`,
  actionGoal: (id: string) => `plan-action-${id}-goal`,
  concern: 'plan-concern',
  reevaluation: 'plan-reevaluation',
  composition: 'plan-composition',
  differing: 'plan-differing',
  addGoal: 'plan-add-goal',
  addAction: 'plan-add-action',
} as const;

/**
 * The editor's fields in reading order for an error summary, by their paths in the content
 * (`goals.0.familyWords`); `prefix` puts them under the form's own wrapper, e.g. `plan.content`.
 */
export function planSummaryFields(value: PlanContentInput, t: TFunction, prefix?: string): SummaryField[] {
  const at = (path: string) => (prefix ? `${prefix}.${path}` : path);
  const fields: SummaryField[] = [];
  value.goals.forEach((g, i) => {
    const goal = t('plans.editor.goalN', { n: i + 1 });
    fields.push(
      {
        path: at(`goals.${i}.familyWords`),
        controlId: planControlId.goalWords(g.id),
        label: `${goal}: ${t('plans.editor.familyWords')}`,
      },
      {
        path: at(`goals.${i}.professionalWording`),
        controlId: planControlId.goalProfessional(g.id),
        label: `${goal}: ${t('plans.editor.professionalWording')}`,
      },
    );
  });
  value.actions.forEach((a, i) => {
    const action = t('plans.editor.actionN', { n: i + 1 });
    const field = (path: string, controlId: string, label: string) =>
      fields.push({ path: at(`actions.${i}.${path}`), controlId, label: `${action}: ${label}` });
    field('what', planControlId.actionWhat(a.id), t('plans.editor.what'));
    field('owner', planControlId.actionOwner(a.id), t('plans.editor.owner'));
    field('owner.id', planControlId.actionOwner(a.id), t('plans.editor.owner'));
    field('dueOn', planControlId.actionDue(a.id), t('plans.editor.dueOn'));
    field('status', planControlId.actionStatus(a.id), t('plans.editor.status'));
    field('goalId', planControlId.actionGoal(a.id), t('plans.editor.goal'));
  });
  fields.push(
    { path: at('howWeLessenConcern'), controlId: planControlId.concern, label: t('plans.editor.concern') },
    {
      path: at('reevaluationOn'),
      controlId: planControlId.reevaluation,
      label: t('plans.editor.reevaluationOn'),
    },
  );
  value.nextComposition?.forEach((_, i) => {
    fields.push({
      path: at(`nextComposition.${i}`),
      controlId: planControlId.composition,
      label: t('plans.editor.composition'),
    });
  });
  fields.push({
    path: at('differingViews'),
    controlId: planControlId.differing,
    label: t('plans.editor.differingViews'),
  });
  return fields;
}

/**
 * A field's error in words, by its path in the content. The errors may be field codes (translated
 * here) or words already; the first of the given paths that has one wins.
 */
export function usePlanFieldError(errors: Record<string, string> | undefined, errorPrefix?: string) {
  const { t, i18n } = useTranslation();
  return (...paths: string[]): string | undefined => {
    for (const path of paths) {
      const value = errors?.[errorPrefix ? `${errorPrefix}.${path}` : path];
      if (!value) continue;
      const code = value as FieldErrorCode;
      return i18n.exists(`errors.field.${code}`) ? t(`errors.field.${code}`) : value;
    }
    return undefined;
  };
}

const focusable = 'input:not([type="hidden"]), select, textarea, button, [tabindex]';

/** Moves focus to a control by id, or to the first control inside it (a select's wrapper, a group). */
export function focusById(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const target = element.matches(focusable) ? element : element.querySelector<HTMLElement>(focusable);
  (target ?? element).focus();
}
