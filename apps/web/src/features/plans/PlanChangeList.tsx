import type { ActionStatus } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { PlanChange } from './plan-diff';
import type { MergeConflict } from './plan-merge';

/** Words for plan changes and conflicts, in the user's language. */
function usePlanWords() {
  const { t } = useTranslation();
  const quoted = (text: string | null) => (text ? t('plans.diff.quoted', { text }) : t('plans.diff.nothing'));
  const date = (value: string | null) => (value ? formatDate(value) : t('plans.diff.noDate'));
  const status = (value: ActionStatus) => t(`enums.actionStatus.${value}`).toLocaleLowerCase();
  const goal = (text: string | null) => (text ? quoted(text) : t('plans.diff.noGoal'));
  return { t, quoted, date, status, goal };
}

export function usePlanChangeText() {
  const { t, quoted, date, status, goal } = usePlanWords();
  return (c: PlanChange): string => {
    switch (c.kind) {
      case 'goalAdded':
        return t('plans.diff.goalAdded', { goal: quoted(c.goal) });
      case 'goalRemoved':
        return t('plans.diff.goalRemoved', { goal: quoted(c.goal) });
      case 'goalWords':
        return t('plans.diff.goalWords', { from: quoted(c.from), to: quoted(c.to) });
      case 'goalProfessional':
        return t('plans.diff.goalProfessional', {
          goal: quoted(c.goal),
          from: quoted(c.from),
          to: quoted(c.to),
        });
      case 'actionAdded':
        return t('plans.diff.actionAdded', { action: quoted(c.action), owner: c.owner });
      case 'actionRemoved':
        return t('plans.diff.actionRemoved', { action: quoted(c.action) });
      case 'actionWhat':
        return t('plans.diff.actionWhat', { from: quoted(c.from), to: quoted(c.to) });
      case 'actionOwner':
        return t('plans.diff.actionOwner', { action: quoted(c.action), from: c.from, to: c.to });
      case 'actionStatus':
        return t('plans.diff.actionStatus', {
          action: quoted(c.action),
          from: status(c.from),
          to: status(c.to),
        });
      case 'actionDue':
        return t('plans.diff.actionDue', { action: quoted(c.action), from: date(c.from), to: date(c.to) });
      case 'actionGoal':
        return t('plans.diff.actionGoal', {
          action: quoted(c.action),
          from: goal(c.from),
          to: goal(c.to),
        });
      case 'concern':
        return t('plans.diff.concern', { from: quoted(c.from), to: quoted(c.to) });
      case 'reevaluation':
        return t('plans.diff.reevaluation', { from: date(c.from), to: date(c.to) });
      case 'joined':
        return t('plans.diff.joined', { name: c.name });
      case 'left':
        return t('plans.diff.left', { name: c.name });
      case 'differingViews':
        return t('plans.diff.differingViews', { from: quoted(c.from), to: quoted(c.to) });
    }
  };
}

/** Conflicts in words; `name` is whoever saved the version the user's changes were reapplied over. */
export function useConflictText(name: string) {
  const { t, quoted, date, status, goal } = usePlanWords();
  return (c: MergeConflict): string => {
    const theirs = (value: string) => t('plans.conflict.theirs', { name, value });
    const field = (action: string, name: string, value: string) =>
      t('plans.conflict.actionField', { action: quoted(action), field: name, theirs: theirs(value) });
    switch (c.kind) {
      case 'concern':
        return t('plans.conflict.field', {
          field: t('plans.editor.concern'),
          theirs: theirs(quoted(c.theirs)),
        });
      case 'reevaluation':
        return t('plans.conflict.field', {
          field: t('plans.editor.reevaluationOn'),
          theirs: theirs(date(c.theirs)),
        });
      case 'differingViews':
        return t('plans.conflict.field', {
          field: t('plans.editor.differingViews'),
          theirs: theirs(quoted(c.theirs)),
        });
      case 'goalWords':
      case 'goalProfessional':
        return t('plans.conflict.goalField', {
          goal: quoted(c.goal),
          field: t(c.kind === 'goalWords' ? 'plans.editor.familyWords' : 'plans.editor.professionalWording'),
          theirs: theirs(quoted(c.theirs)),
        });
      case 'actionWhat':
        return field(c.action, t('plans.editor.what'), quoted(c.theirs));
      case 'actionOwner':
        return field(c.action, t('plans.editor.owner'), c.theirs ?? '');
      case 'actionDue':
        return field(c.action, t('plans.editor.dueOn'), date(c.theirs));
      case 'actionGoal':
        return field(c.action, t('plans.view.goal'), goal(c.theirs));
      case 'actionStatus':
        return field(c.action, t('plans.editor.status'), status(c.theirs));
      case 'goalKept':
        return t('plans.conflict.goalKept', { goal: quoted(c.goal), name });
      case 'goalRestored':
        return t('plans.conflict.goalRestored', { goal: quoted(c.goal), name });
      case 'actionKept':
        return t('plans.conflict.actionKept', { action: quoted(c.action), name });
      case 'actionRestored':
        return t('plans.conflict.actionRestored', { action: quoted(c.action), name });
    }
  };
}

/** Changes as a plain list; `empty` is said when there are none. */
export function PlanChangeList({ changes, empty }: { changes: PlanChange[]; empty: string }) {
  const say = usePlanChangeText();
  if (changes.length === 0) return <p>{empty}</p>;
  return (
    <ul className="plan-changes">
      {changes.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is derived and never reordered
        <li key={i}>{say(c)}</li>
      ))}
    </ul>
  );
}
