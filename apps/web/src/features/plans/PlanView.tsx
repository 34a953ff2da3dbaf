import type { ActionStatus } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { formatDate, todayIso } from '../../i18n/format';
import type { PlanContentView } from './plan-draft';

type Action = PlanContentView['actions'][number];

/** An action still to be done whose date has passed. */
export function isOverdue(action: Pick<Action, 'dueOn' | 'status'>, today = todayIso()): boolean {
  const open: ActionStatus[] = ['not_started', 'in_progress'];
  return action.dueOn !== null && action.dueOn < today && open.includes(action.status);
}

interface Props {
  content: PlanContentView;
  /** Headings inside the plan: h3 on the case page, deeper inside a comparison. */
  level?: 3 | 4 | 5;
  /** Keeps the ids of two plans shown side by side apart. */
  idPrefix: string;
  /**
   * Narrow, for two versions side by side: actions as a list, and without "overdue", which says how
   * things stand today rather than what the version said.
   */
  compact?: boolean;
}

/** A version of the plan to read: the family's words first, the actions as a table, then the follow-up. */
export function PlanView({ content, level = 3, idPrefix, compact = false }: Props) {
  const { t } = useTranslation();
  const H = `h${level}` as const;
  const goalNumber = (id: string | null) => {
    const index = content.goals.findIndex((g) => g.id === id);
    return index < 0 ? null : index + 1;
  };

  return (
    <div className="plan-view">
      <div className="plan-view-part">
        <H id={`${idPrefix}-goals`}>{t('plans.view.goals')}</H>
        {content.goals.length === 0 ? (
          <p className="muted">{t('plans.view.noGoals')}</p>
        ) : (
          <ol className="plan-goals">
            {content.goals.map((g, i) => (
              <li key={g.id} className="plan-goal">
                <p className="plan-goal-number">{t('plans.editor.goalN', { n: i + 1 })}</p>
                <div className="plan-goal-words">
                  <div>
                    <p className="plan-goal-label">{t('plans.view.familyWords')}</p>
                    <p className="plan-goal-family prewrap">{g.familyWords}</p>
                  </div>
                  <div>
                    <p className="plan-goal-label">{t('plans.view.professionalWording')}</p>
                    <p className="prewrap">
                      {g.professionalWording ?? t('plans.view.noProfessionalWording')}
                    </p>
                  </div>
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>

      <div className="plan-view-part">
        <H id={`${idPrefix}-actions`}>{t('plans.view.actions')}</H>
        {content.actions.length === 0 ? (
          <p className="muted">{t('plans.view.noActions')}</p>
        ) : compact ? (
          <ul className="plan-action-list">
            {content.actions.map((a) => {
              const n = goalNumber(a.goalId);
              return (
                <li key={a.id}>
                  <p className="plan-action-what prewrap">{a.what}</p>
                  <p className="plan-action-facts">
                    {[
                      a.owner.name,
                      a.dueOn ? formatDate(a.dueOn) : t('plans.view.noDue'),
                      t(`enums.actionStatus.${a.status}`),
                      n === null ? t('plans.view.noGoal') : t('plans.editor.goalN', { n }),
                    ].join(' · ')}
                  </p>
                </li>
              );
            })}
          </ul>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table must scroll by keyboard too
          <section className="table-wrap" tabIndex={0} aria-labelledby={`${idPrefix}-actions`}>
            <table className="table table-compact plan-actions">
              <caption className="visually-hidden">{t('plans.view.actions')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.editor.what')}</th>
                  <th scope="col">{t('plans.editor.owner')}</th>
                  <th scope="col">{t('plans.editor.dueOn')}</th>
                  <th scope="col">{t('plans.editor.status')}</th>
                  <th scope="col">{t('plans.view.goal')}</th>
                </tr>
              </thead>
              <tbody>
                {content.actions.map((a) => {
                  const late = isOverdue(a);
                  const n = goalNumber(a.goalId);
                  return (
                    <tr key={a.id} className={late ? 'plan-action-late' : undefined}>
                      <th scope="row" className="prewrap">
                        {a.what}
                      </th>
                      <td>
                        {a.owner.name}
                        <span className="cell-detail">{t(`plans.person.kind.${a.owner.kind}`)}</span>
                      </td>
                      <td className="cell-nowrap">
                        {a.dueOn ? formatDate(a.dueOn) : t('plans.view.noDue')}
                        {late && (
                          <span className="plan-late">
                            <Icon name="alert" />
                            {t('plans.view.overdue')}
                          </span>
                        )}
                      </td>
                      <td>
                        <span className={`plan-status plan-status-${a.status}`}>
                          {t(`enums.actionStatus.${a.status}`)}
                        </span>
                      </td>
                      <td>
                        {n === null ? t('plans.view.noGoal') : t('plans.editor.goalN', { n })}
                        {a.level && <span className="cell-detail">{t(`enums.levelOfWork.${a.level}`)}</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        )}
      </div>

      <div className="plan-view-part">
        <H id={`${idPrefix}-follow-up`}>{t('plans.editor.followUp')}</H>
        <dl className="facts plan-follow-up">
          <div className="facts-wide">
            <dt>{t('plans.editor.concern')}</dt>
            <dd className="prewrap">{content.howWeLessenConcern ?? t('common.notRecorded')}</dd>
          </div>
          <div>
            <dt>{t('plans.editor.reevaluationOn')}</dt>
            <dd>{content.reevaluationOn ? formatDate(content.reevaluationOn) : t('common.notRecorded')}</dd>
          </div>
          <div>
            <dt>{t('plans.editor.composition')}</dt>
            <dd>
              {content.nextComposition.length === 0 ? (
                t('common.notRecorded')
              ) : (
                <ul className="plan-people">
                  {content.nextComposition.map((p) => (
                    <li key={`${p.kind}:${p.id}`}>
                      {p.kind === 'worker' ? t('plans.person.workerLabel', { name: p.name }) : p.name}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div className="facts-wide">
            <dt>{t('plans.editor.differingViews')}</dt>
            <dd className="prewrap">{content.differingViews ?? t('plans.view.noDifferingViews')}</dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
