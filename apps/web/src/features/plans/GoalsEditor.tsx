import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TextAreaInput } from '../../components/fields';
import { Icon } from '../../components/Icon';
import type { PartProps } from './PlanEditor';
import { type GoalDraft, newGoal } from './plan-draft';
import { planControlId } from './plan-fields';

/** The goals: first in the family's own words, then as the professionals put it. */
export function GoalsEditor({ value, onChange, fieldError, focusNext }: PartProps) {
  const { t } = useTranslation();
  const { goals } = value;

  const change = (index: number, patch: Partial<GoalDraft>) =>
    onChange({ ...value, goals: goals.map((g, i) => (i === index ? { ...g, ...patch } : g)) });

  const add = () => {
    const goal = newGoal();
    focusNext(planControlId.goalWords(goal.id));
    onChange({ ...value, goals: [...goals, goal] });
  };

  const remove = (index: number) => {
    const removed = goals[index];
    const next = goals[index + 1] ?? goals[index - 1];
    focusNext(next ? planControlId.goalWords(next.id) : planControlId.addGoal);
    onChange({
      ...value,
      goals: goals.filter((_, i) => i !== index),
      // An action of a removed goal stays in the plan, no longer tied to a goal.
      actions: value.actions.map((a) => (removed && a.goalId === removed.id ? { ...a, goalId: null } : a)),
    });
  };

  return (
    <fieldset className="fieldset plan-part">
      <legend>{t('plans.editor.goals')}</legend>
      <p className="field-description">{t('plans.editor.goalsHint')}</p>
      {fieldError('goals') && (
        <p className="field-error">
          <Icon name="alert" />
          <span>{fieldError('goals')}</span>
        </p>
      )}
      {goals.length === 0 && <p className="muted">{t('plans.editor.noGoals')}</p>}
      {goals.map((goal, i) => (
        <fieldset key={goal.id} className="plan-item">
          <legend className="plan-item-title">{t('plans.editor.goalN', { n: i + 1 })}</legend>
          <TextAreaInput
            id={planControlId.goalWords(goal.id)}
            label={t('plans.editor.familyWords')}
            description={t('plans.editor.familyWordsHint')}
            value={goal.familyWords}
            onChange={(next) => change(i, { familyWords: next })}
            maxLength={1000}
            rows={2}
            isRequired
            error={fieldError(`goals.${i}.familyWords`)}
          />
          <TextAreaInput
            id={planControlId.goalProfessional(goal.id)}
            label={t('plans.editor.professionalWording')}
            description={t('plans.editor.professionalWordingHint')}
            value={goal.professionalWording ?? ''}
            onChange={(next) => change(i, { professionalWording: next })}
            maxLength={1000}
            rows={2}
            error={fieldError(`goals.${i}.professionalWording`)}
          />
          <div className="plan-item-actions">
            <Button
              className="button button-secondary button-small"
              aria-label={t('plans.editor.removeGoalN', { n: i + 1 })}
              onPress={() => remove(i)}
            >
              <Icon name="close" />
              {t('plans.editor.removeGoal')}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button id={planControlId.addGoal} className="button button-secondary" onPress={add}>
          <Icon name="plus" />
          {t('plans.editor.addGoal')}
        </Button>
      </div>
    </fieldset>
  );
}
