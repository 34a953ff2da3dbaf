import type { ConcernAssessment } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { useMeetings } from '../../api/meetings';
import { LegendSample } from '../../components/chart-series';
import { formatDate, formatTime } from '../../i18n/format';
import { TrendChart } from './TrendChart';
import { axisDays, meetingsInRange, type TrendSeries, trendSeries } from './trend-layout';
import { ZoneBadge } from './ZoneBadge';

/** Each rater's zone over time: a chart with a legend, and the same ratings as a table. */
export function ConcernTrend({ caseId, assessments }: { caseId: string; assessments: ConcernAssessment[] }) {
  const { t } = useTranslation();
  // Without the meetings (a reader who may not see them) the chart is drawn without their marks.
  const meetingList = useMeetings(caseId).data?.meetings ?? [];
  const series = trendSeries(assessments);
  const meetings = meetingsInRange(meetingList, assessments);
  const days = axisDays(assessments, meetings);
  const perspective = (s: { perspective: TrendSeries['perspective'] }) =>
    t(`enums.concernPerspective.${s.perspective}`);
  const seriesName = (s: TrendSeries) =>
    t('concerns.trend.seriesName', { rater: s.raterLabel, perspective: perspective(s) });
  const inOrder = [...assessments].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));

  return (
    <section aria-labelledby="concern-trend" className="concern-trend">
      <h3 id="concern-trend">{t('concerns.trend.heading')}</h3>
      <figure className="trend-figure">
        <TrendChart series={series} days={days} meetings={meetings} seriesName={seriesName} />
        <figcaption>
          <ul className="trend-legend">
            {series.map((s, i) => (
              <li key={s.key}>
                <LegendSample kind="trend" index={i} />
                <span>{seriesName(s)}</span>
              </li>
            ))}
            {meetings.length > 0 && (
              <li>
                <svg
                  className="trend-legend-sample trend-meeting"
                  viewBox="0 0 40 16"
                  aria-hidden="true"
                  focusable="false"
                >
                  <line x1="20" x2="20" y1="0" y2="16" />
                  <polygon points="20,6 26,16 14,16" />
                </svg>
                <span>
                  {t('concerns.trend.meetings', {
                    dates: meetings
                      .map((m) => `${formatDate(m.startsAt)} ${t(`enums.meetingType.${m.type}`)}`)
                      .join(', '),
                  })}
                </span>
              </li>
            )}
          </ul>
        </figcaption>
      </figure>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table must scroll by keyboard too */}
      <section className="table-wrap" tabIndex={0} aria-labelledby="concern-trend-table">
        <table className="table table-compact trend-table">
          <caption id="concern-trend-table" className="trend-table-caption">
            {t('concerns.trend.tableCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('concerns.trend.when')}</th>
              <th scope="col">{t('concerns.trend.rater')}</th>
              <th scope="col">{t('concerns.trend.zone')}</th>
              <th scope="col">{t('concerns.trend.followUp')}</th>
            </tr>
          </thead>
          <tbody>
            {inOrder.map((a) => (
              <tr key={a.id}>
                <th scope="row" className="cell-nowrap">
                  {t('concerns.when', { date: formatDate(a.recordedAt), time: formatTime(a.recordedAt) })}
                </th>
                <td>
                  {a.raterLabel}
                  <span className="cell-detail">{perspective(a)}</span>
                </td>
                <td>
                  <ZoneBadge zone={a.zone} />
                </td>
                <td>{a.followUpOn ? formatDate(a.followUpOn) : t('concerns.trend.noFollowUp')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
