import { useQueryClient } from '@tanstack/react-query';
import { goalAttainmentScores, type PlanVersion, zGoalEvaluationInput } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addGoalReview, refreshPlan } from '../../api/plans';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { RadioGroupInput, TextAreaInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { formatScore } from './gas';

type Goals = PlanVersion['content']['goals'];
type ScoreKey = `${(typeof goalAttainmentScores)[number]}`;
type Draft = Record<string, { score: ScoreKey | null; comment: string }>;

const emptyDraft = (goals: Goals): Draft =>
  Object.fromEntries(goals.map((g) => [g.id, { score: null, comment: '' }]));

/** Rating each goal of the current version together: −2 much less than expected … +2 much more. */
export function GoalReviewForm({
  caseId,
  goals,
  onSaved,
}: {
  caseId: string;
  goals: Goals;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(goals));
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zGoalEvaluationInput,
    send: (body) => addGoalReview(caseId, body),
    onSuccess: () => {
      void refreshPlan(queryClient, caseId);
      setOpen(false);
      onSaved();
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(emptyDraft(goals));
      setErrors(noErrors);
    }
  };

  const change = (goalId: string, index: number, patch: Partial<Draft[string]>) => {
    setDraft((d) => ({ ...d, [goalId]: { score: null, comment: '', ...d[goalId], ...patch } }));
    clearFieldErrors([`scores.${index}.score`, `scores.${index}.comment`, 'scores']);
  };

  const options = goalAttainmentScores.map((s) => ({
    value: String(s) as ScoreKey,
    label: `${formatScore(s)} ${t(`enums.goalAttainment.${s}`)}`,
  }));

  const fields: SummaryField[] = goals.flatMap((g, i) => [
    {
      path: `scores.${i}.score`,
      controlId: `gas-${g.id}-score`,
      label: t('plans.editor.goalN', { n: i + 1 }),
    },
    {
      path: `scores.${i}.comment`,
      controlId: `gas-${g.id}-comment`,
      label: t('plans.gas.commentFor', { n: i + 1 }),
    },
  ]);

  const body = () => ({
    scores: goals.map((g) => {
      const entry = draft[g.id];
      return {
        goalId: g.id,
        score: entry?.score === null || entry === undefined ? undefined : Number(entry.score),
        comment: entry?.comment ?? '',
      };
    }),
  });

  return (
    <FormDialog
      trigger={<Button className="button button-secondary no-print">{t('plans.gas.open')}</Button>}
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={t('plans.gas.formTitle')}
      header={
        <>
          <p>{t('plans.gas.formIntro')}</p>
          <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
        </>
      }
      onSubmit={(event) => submit(event, body())}
      submitText={t('plans.gas.submit')}
    >
      {goals.map((g, i) => (
        <fieldset key={g.id} className="plan-item">
          <legend className="plan-item-title">{t('plans.editor.goalN', { n: i + 1 })}</legend>
          <p className="plan-goal-family prewrap">{g.familyWords}</p>
          <RadioGroupInput
            id={`gas-${g.id}-score`}
            className="gas-scale"
            label={t('plans.gas.scoreLabel', { n: i + 1 })}
            value={draft[g.id]?.score ?? null}
            onChange={(score) => change(g.id, i, { score })}
            options={options}
            isRequired
            error={fieldError(`scores.${i}.score`)}
          />
          <TextAreaInput
            id={`gas-${g.id}-comment`}
            label={t('plans.gas.commentFor', { n: i + 1 })}
            value={draft[g.id]?.comment ?? ''}
            onChange={(comment) => change(g.id, i, { comment })}
            maxLength={1000}
            rows={2}
            error={fieldError(`scores.${i}.comment`)}
          />
        </fieldset>
      ))}
    </FormDialog>
  );
}
