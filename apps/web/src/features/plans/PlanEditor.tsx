import type { PlanContentInput, PlanPerson } from '@verkosto/domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupInput, TextAreaInput, TextInput } from '../../components/fields';
import { ActionsEditor } from './ActionsEditor';
import { GoalsEditor } from './GoalsEditor';
import { personKey } from './plan-draft';
import { focusById, planControlId, usePlanFieldError } from './plan-fields';

export { emptyPlan } from './plan-draft';

export interface PlanEditorProps {
  value: PlanContentInput;
  onChange: (next: PlanContentInput) => void;
  /** Whom actions and the next evaluation may name: members the client has not refused, and the workers. */
  people: PlanPerson[];
  /** Field errors by path, as codes (`required`) or words; paths start with `errorPrefix` when given. */
  errors?: Record<string, string>;
  /** The wrapper of the content in the error paths, e.g. `content` or `plan.content`. */
  errorPrefix?: string;
}

/** What the goal and action lists need of the editor. */
export interface PartProps {
  value: PlanContentInput;
  onChange: (next: PlanContentInput) => void;
  fieldError: (...paths: string[]) => string | undefined;
  /** After adding or removing an item, focus goes here once the new value is on screen. */
  focusNext: (id: string) => void;
}

/**
 * The shared plan as a form: goals in the family's own words and the professionals' wording,
 * actions with their owners, how the concern is lessened, the next evaluation and differing views.
 * Controlled: the value is the draft, every change comes back through onChange.
 */
export function PlanEditor({ value, onChange, people, errors, errorPrefix }: PlanEditorProps) {
  const { t } = useTranslation();
  const fieldError = usePlanFieldError(errors, errorPrefix);
  const pendingFocus = useRef<string | null>(null);

  // After a goal or an action is added or removed, focus goes where the user can carry on.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id) {
      pendingFocus.current = null;
      focusById(id);
    }
  });
  const focusNext = (id: string) => {
    pendingFocus.current = id;
  };

  const composition = value.nextComposition ?? [];
  // Someone named earlier who is no longer in the list (the client refused them) still shows, to be removed.
  const choices = [
    ...people,
    ...composition.filter((p) => !people.some((q) => personKey(q) === personKey(p))),
  ];
  const personLabel = (p: PlanPerson) =>
    p.kind === 'worker' ? t('plans.person.workerLabel', { name: p.name }) : p.name;

  const set = <K extends keyof PlanContentInput>(key: K, next: PlanContentInput[K]) =>
    onChange({ ...value, [key]: next });

  return (
    <div className="plan-editor">
      <GoalsEditor value={value} onChange={onChange} fieldError={fieldError} focusNext={focusNext} />
      <ActionsEditor
        value={value}
        onChange={onChange}
        fieldError={fieldError}
        focusNext={focusNext}
        people={people}
      />
      <fieldset className="fieldset plan-part">
        <legend>{t('plans.editor.followUp')}</legend>
        <TextAreaInput
          id={planControlId.concern}
          label={t('plans.editor.concern')}
          description={t('plans.editor.concernHint')}
          value={value.howWeLessenConcern ?? ''}
          onChange={(next) => set('howWeLessenConcern', next)}
          maxLength={4000}
          rows={3}
          error={fieldError('howWeLessenConcern')}
        />
        <TextInput
          id={planControlId.reevaluation}
          type="date"
          label={t('plans.editor.reevaluationOn')}
          description={t('plans.editor.reevaluationHint')}
          value={value.reevaluationOn ?? ''}
          onChange={(next) => set('reevaluationOn', next || null)}
          size="short"
          error={fieldError('reevaluationOn')}
        />
        <CheckboxGroupInput
          id={planControlId.composition}
          label={t('plans.editor.composition')}
          description={t('plans.editor.compositionHint')}
          value={composition.map(personKey)}
          onChange={(keys) =>
            set(
              'nextComposition',
              keys.flatMap((key) => choices.filter((p) => personKey(p) === key)),
            )
          }
          options={choices.map((p) => ({ value: personKey(p), label: personLabel(p) }))}
          error={fieldError('nextComposition', ...composition.map((_, i) => `nextComposition.${i}`))}
        />
        <TextAreaInput
          id={planControlId.differing}
          label={t('plans.editor.differingViews')}
          description={t('plans.editor.differingViewsHint')}
          value={value.differingViews ?? ''}
          onChange={(next) => set('differingViews', next)}
          maxLength={4000}
          rows={3}
          error={fieldError('differingViews')}
        />
      </fieldset>
    </div>
  );
}
