import type { ReviewDecisionView as Decision } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../i18n/format';

/** The network review's decision as recorded: what was decided, at which meeting, by whom. */
export function ReviewDecisionView({ decision: d, purchased }: { decision: Decision; purchased: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="review-done-heading" className="process-review">
      <h3 id="review-done-heading">{t('process.review.recorded')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('process.review.decision')}</dt>
          <dd>{t(`process.decision.${d.decision}`)}</dd>
        </div>
        <div>
          <dt>{t('process.review.meeting')}</dt>
          <dd>
            {t('meetings.when', { date: formatDate(d.meetingStartsAt), time: formatTime(d.meetingStartsAt) })}
            {purchased && (
              <span className="dd-detail">
                {d.purchaserPresent
                  ? t('process.review.purchaserPresent')
                  : t('process.review.purchaserAbsent')}
              </span>
            )}
          </dd>
        </div>
        {d.nextReviewOn && (
          <div>
            <dt>{t('process.review.nextReviewOn')}</dt>
            <dd>{formatDate(d.nextReviewOn)}</dd>
          </div>
        )}
        {d.serviceName && (
          <div>
            <dt>{t('process.review.service')}</dt>
            <dd>{d.serviceName}</dd>
          </div>
        )}
        <div>
          <dt>{t('process.review.decidedBy')}</dt>
          <dd>
            {d.decidedBy}
            <span className="dd-detail">
              {t('meetings.when', { date: formatDate(d.decidedAt), time: formatTime(d.decidedAt) })}
            </span>
          </dd>
        </div>
        {d.note && (
          <div className="facts-wide">
            <dt>{t('process.review.note')}</dt>
            <dd className="prewrap">{d.note}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
