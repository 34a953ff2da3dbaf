import {
  type ActionStatus,
  actionStatuses,
  type LevelOfWork,
  levelsOfWork,
  type PlanPerson,
} from '@verkosto/domain';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectInput, TextInput } from '../../components/fields';
import { Icon } from '../../components/Icon';
import type { PartProps } from './PlanEditor';
import { type ActionDraft, isChosen, newAction, personKey } from './plan-draft';
import { planControlId } from './plan-fields';

const shorten = (s: string, max = 70) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The actions: what is done, who does it, by when, how far it is, which goal it serves, at which level of work. */
export function ActionsEditor({
  value,
  onChange,
  fieldError,
  focusNext,
  people,
}: PartProps & { people: PlanPerson[] }) {
  const { t } = useTranslation();
  const { actions, goals } = value;

  // An owner named earlier who is no longer in the list still shows, so the form says what is wrong.
  const owners = [
    ...people,
    ...actions
      .map((a) => a.owner)
      .filter((o) => isChosen(o) && !people.some((p) => personKey(p) === personKey(o))),
  ].filter((p, i, all) => all.findIndex((q) => personKey(q) === personKey(p)) === i);
  const ownerOptions = owners.map((p) => ({
    value: personKey(p),
    label: p.name,
    detail: people.some((q) => personKey(q) === personKey(p))
      ? t(`plans.person.kind.${p.kind}`)
      : t('plans.person.notAvailable'),
  }));
  const goalOptions = goals.map((g, i) => ({
    value: g.id,
    label: t('plans.editor.goalN', { n: i + 1 }),
    detail: g.familyWords.trim() ? shorten(g.familyWords.trim()) : undefined,
  }));
  const statusOptions = actionStatuses.map((s) => ({ value: s, label: t(`enums.actionStatus.${s}`) }));
  const levelOptions = levelsOfWork.map((l) => ({ value: l, label: t(`enums.levelOfWork.${l}`) }));

  const change = (index: number, patch: Partial<ActionDraft>) =>
    onChange({ ...value, actions: actions.map((a, i) => (i === index ? { ...a, ...patch } : a)) });

  const add = () => {
    const action = newAction();
    focusNext(planControlId.actionWhat(action.id));
    onChange({ ...value, actions: [...actions, action] });
  };

  const remove = (index: number) => {
    const next = actions[index + 1] ?? actions[index - 1];
    focusNext(next ? planControlId.actionWhat(next.id) : planControlId.addAction);
    onChange({ ...value, actions: actions.filter((_, i) => i !== index) });
  };

  return (
    <fieldset className="fieldset plan-part">
      <legend>{t('plans.editor.actions')}</legend>
      <p className="field-description">{t('plans.editor.actionsHint')}</p>
      {actions.length === 0 && <p className="muted">{t('plans.editor.noActions')}</p>}
      {actions.map((action, i) => (
        <fieldset key={action.id} className="plan-item">
          <legend className="plan-item-title">{t('plans.editor.actionN', { n: i + 1 })}</legend>
          <TextInput
            id={planControlId.actionWhat(action.id)}
            label={t('plans.editor.what')}
            value={action.what}
            onChange={(next) => change(i, { what: next })}
            maxLength={500}
            isRequired
            error={fieldError(`actions.${i}.what`)}
          />
          <div className="field-row">
            <SelectInput
              id={planControlId.actionOwner(action.id)}
              label={t('plans.editor.owner')}
              placeholder={t('form.choose')}
              value={isChosen(action.owner) ? personKey(action.owner) : null}
              onChange={(key) => {
                const owner = owners.find((p) => personKey(p) === key);
                if (owner) change(i, { owner });
              }}
              options={ownerOptions}
              isRequired
              error={fieldError(`actions.${i}.owner`, `actions.${i}.owner.id`, `actions.${i}.owner.kind`)}
            />
            <TextInput
              id={planControlId.actionDue(action.id)}
              type="date"
              label={t('plans.editor.dueOn')}
              value={action.dueOn ?? ''}
              onChange={(next) => change(i, { dueOn: next || null })}
              size="short"
              error={fieldError(`actions.${i}.dueOn`)}
            />
          </div>
          <div className="field-row">
            <SelectInput<ActionStatus>
              id={planControlId.actionStatus(action.id)}
              label={t('plans.editor.status')}
              placeholder={t('form.choose')}
              value={action.status ?? 'not_started'}
              onChange={(next) => next && change(i, { status: next })}
              options={statusOptions}
              error={fieldError(`actions.${i}.status`)}
            />
            <SelectInput
              id={planControlId.actionGoal(action.id)}
              label={t('plans.editor.goal')}
              placeholder={t('form.choose')}
              noneLabel={t('plans.editor.noGoal')}
              value={action.goalId ?? null}
              onChange={(next) => change(i, { goalId: next })}
              options={goalOptions}
              error={fieldError(`actions.${i}.goalId`)}
            />
            <SelectInput<LevelOfWork>
              id={`plan-action-level-${action.id}`}
              label={t('plans.editor.level')}
              description={t('plans.editor.levelHint')}
              placeholder={t('form.choose')}
              noneLabel={t('plans.editor.noLevel')}
              value={action.level ?? null}
              onChange={(next) => change(i, { level: next })}
              options={levelOptions}
              error={fieldError(`actions.${i}.level`)}
            />
          </div>
          <div className="plan-item-actions">
            <Button
              className="button button-secondary button-small"
              aria-label={t('plans.editor.removeActionN', { n: i + 1 })}
              onPress={() => remove(i)}
            >
              <Icon name="close" />
              {t('plans.editor.removeAction')}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button id={planControlId.addAction} className="button button-secondary" onPress={add}>
          <Icon name="plus" />
          {t('plans.editor.addAction')}
        </Button>
      </div>
    </fieldset>
  );
}
