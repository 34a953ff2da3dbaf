import { useTranslation } from 'react-i18next';
import { useConcernPanel } from '../../api/concerns';
import { ZoneBadge } from './ZoneBadge';

/**
 * The latest rating of each rater, for the case's facts at the top of the page: each perspective on
 * its own line, never combined. Shares the concern panel's query, so it costs no extra read.
 */
export function ConcernSummary({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data } = useConcernPanel(caseId);
  if (!data || data.latestIds.length === 0) return null;
  const latest = data.assessments.filter((a) => data.latestIds.includes(a.id));
  return (
    <div className="facts-wide">
      <dt>{t('concerns.summary.title')}</dt>
      <dd>
        <ul className="concern-summary">
          {latest.map((a) => (
            <li key={a.id}>
              <span className="concern-summary-rater">
                {a.raterLabel} ({t(`enums.concernPerspective.${a.perspective}`).toLocaleLowerCase()})
              </span>{' '}
              <ZoneBadge zone={a.zone} />
              {data.openUrgentIds.includes(a.id) && (
                <span className="dd-detail">{t('concerns.summary.urgentOpen')}</span>
              )}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
