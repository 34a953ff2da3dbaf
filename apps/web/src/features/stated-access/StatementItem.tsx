import type { StatedAccessForReview } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../i18n/format';
import { ReviewForm } from './ReviewForm';

interface Props {
  statement: StatedAccessForReview;
  onReviewed: (reviewed: StatedAccessForReview) => void;
  onConflict: () => void;
}

/** One stated legal basis as its reviewer sees it: who, on what basis and why, and what it opened. */
export function StatementItem({ statement, onReviewed, onConflict }: Props) {
  const { t } = useTranslation();
  const { worker, review } = statement;
  const headingId = `statement-${statement.id}`;
  const when = (value: string) => t('reviews.when', { date: formatDate(value), time: formatTime(value) });
  const basis = t(`enums.legalBasis.${statement.legalBasis}`);

  return (
    <li className="statement" aria-labelledby={headingId}>
      <div className="statement-header">
        <h3 id={headingId} className="statement-title">
          {t('reviews.itemTitle', { name: worker.displayName, basis })}
        </h3>
        {review ? (
          <span className={`badge badge-verdict-${review.verdict}`}>
            {t(`enums.reviewVerdict.${review.verdict}`)}
          </span>
        ) : (
          <span className="badge badge-verdict-pending">{t('reviews.pendingBadge')}</span>
        )}
      </div>
      <dl className="facts statement-facts">
        <div>
          <dt>{t('reviews.worker')}</dt>
          <dd>
            {worker.displayName}
            <span className="dd-detail">{worker.title}</span>
          </dd>
        </div>
        <div>
          <dt>{t('reviews.legalBasis')}</dt>
          <dd>
            {basis}
            <span className="dd-detail">{t(`enums.legalBasisLaw.${statement.legalBasis}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('reviews.case')}</dt>
          <dd>
            {statement.caseUnit}
            <span className="dd-detail">{statement.caseOrganisation}</span>
          </dd>
        </div>
        <div>
          <dt>{t('reviews.statedAt')}</dt>
          <dd>{when(statement.statedAt)}</dd>
        </div>
        <div>
          <dt>{t('reviews.expiresAt')}</dt>
          <dd>{when(statement.expiresAt)}</dd>
        </div>
        <div>
          <dt>{t('reviews.reads')}</dt>
          <dd>{t('reviews.readsValue', { count: statement.reads })}</dd>
        </div>
        <div className="facts-wide">
          <dt>{t('reviews.explanation')}</dt>
          <dd className="prewrap">{statement.explanation}</dd>
        </div>
        {review && (
          <>
            <div>
              <dt>{t('reviews.verdict')}</dt>
              <dd>{t(`enums.reviewVerdict.${review.verdict}`)}</dd>
            </div>
            <div>
              <dt>{t('reviews.reviewedBy')}</dt>
              <dd>
                {t('reviews.reviewedByValue', { name: review.reviewer, when: when(review.reviewedAt) })}
              </dd>
            </div>
            <div className="facts-wide">
              <dt>{t('reviews.comment')}</dt>
              <dd className="prewrap">
                {review.comment ?? <span className="muted">{t('reviews.noComment')}</span>}
              </dd>
            </div>
          </>
        )}
      </dl>
      {!review && (
        <ReviewForm
          statement={statement}
          labelledBy={headingId}
          onReviewed={onReviewed}
          onConflict={onConflict}
        />
      )}
    </li>
  );
}
