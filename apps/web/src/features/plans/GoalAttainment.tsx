import type { GoalReview, PlanVersion } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { useGoalReviews, usePlanVersions } from '../../api/plans';
import { LegendSample } from '../../components/chart-series';
import { Loading } from '../../components/QueryState';
import { formatDate } from '../../i18n/format';
import { GasChart } from './GasChart';
import { GoalReviewForm } from './GoalReviewForm';
import { formatScore, type GoalSeries, goalSeries, isScore, versionsNamingRemoved } from './gas';

interface Props {
  caseId: string;
  current: PlanVersion;
  canEdit: boolean;
  onReviewed: () => void;
}

/** How far each goal has come, review by review (goal attainment scaling, −2…+2). */
export function GoalAttainment({ caseId, current, canEdit, onReviewed }: Props) {
  const { t } = useTranslation();
  const query = useGoalReviews(caseId);
  const goals = current.content.goals;
  const reviews = query.data?.reviews ?? [];
  // A goal since removed is named by its words in the version it was rated under.
  const older = usePlanVersions(caseId, versionsNamingRemoved(reviews, goals));
  const earlierWords = new Map(
    older.flatMap((q) => q.data?.content.goals.map((g) => [g.id, g.familyWords] as const) ?? []),
  );
  const goalName = (s: GoalSeries) =>
    s.number === null
      ? t('plans.gas.earlierGoal', { n: s.earlier ?? 1 })
      : t('plans.editor.goalN', { n: s.number });

  return (
    <section aria-labelledby="plan-gas" className="plan-gas">
      <div className="panel-header">
        <h3 id="plan-gas">{t('plans.gas.heading')}</h3>
        {canEdit && goals.length > 0 && <GoalReviewForm caseId={caseId} goals={goals} onSaved={onReviewed} />}
      </div>
      <p className="plan-gas-intro">{t('plans.gas.intro')}</p>
      {query.isError ? (
        <p className="notice notice-error" role="alert">
          {t('errors.code.internal_error')}
        </p>
      ) : !query.data ? (
        <Loading />
      ) : query.data.reviews.length === 0 ? (
        <p className="muted">{t('plans.gas.empty')}</p>
      ) : (
        <Reviews reviews={reviews} series={goalSeries(reviews, goals, earlierWords)} goalName={goalName} />
      )}
    </section>
  );
}

function Reviews({
  reviews,
  series,
  goalName,
}: {
  reviews: GoalReview[];
  series: GoalSeries[];
  goalName: (s: GoalSeries) => string;
}) {
  const { t } = useTranslation();
  const scoreLabel = (score: number) =>
    isScore(score) ? `${formatScore(score)} ${t(`enums.goalAttainment.${score}`)}` : formatScore(score);

  return (
    <div className="plan-gas-results">
      <figure className="gas-figure">
        <GasChart reviews={reviews} series={series} goalName={goalName} />
        <figcaption>
          <ul className="gas-legend">
            {series.map((s, i) => (
              <li key={s.goalId}>
                <LegendSample kind="gas" index={i} />
                <span>
                  <strong>{goalName(s)}</strong> {s.words}
                </span>
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table must scroll by keyboard too */}
      <section className="table-wrap" tabIndex={0} aria-labelledby="plan-gas-table">
        <table className="table table-compact gas-table">
          <caption id="plan-gas-table" className="gas-table-caption">
            {t('plans.gas.tableCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.gas.reviewedAt')}</th>
              {series.map((s) => (
                <th key={s.goalId} scope="col">
                  {goalName(s)}
                  {s.words && <span className="cell-detail">{s.words}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {reviews.map((r, i) => (
              <tr key={r.id}>
                <th scope="row">
                  {formatDate(r.evaluatedAt)}
                  <span className="cell-detail">{r.evaluatedBy}</span>
                </th>
                {series.map((s) => {
                  const point = s.points[i];
                  return (
                    <td key={s.goalId}>
                      {point ? scoreLabel(point.score) : t('plans.gas.notRated')}
                      {point?.comment && <span className="cell-detail prewrap">{point.comment}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
