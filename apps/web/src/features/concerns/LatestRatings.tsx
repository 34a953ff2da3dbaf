import type { ConcernAssessment, ConcernPanel } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { formatDate } from '../../i18n/format';
import { RateConcernDialog } from './RateConcernDialog';
import { ZoneBadge } from './ZoneBadge';
import { urgentPath } from './ZoneGuidance';

/**
 * The latest rating of each rater, side by side. Each stands on its own: the zones are never added
 * up or averaged into one.
 */
interface Props {
  panel: ConcernPanel;
  canRate: boolean;
  onRated: () => void;
}

export function LatestRatings({ panel, canRate, onRated }: Props) {
  const { t } = useTranslation();
  const latest = panel.latestIds.flatMap((id) => panel.assessments.find((a) => a.id === id) ?? []);
  return (
    <section aria-labelledby="concern-latest" className="concern-latest">
      <h3 id="concern-latest">{t('concerns.latest.heading')}</h3>
      <ul className="concern-cards">
        {latest.map((a) => (
          <RatingCard
            key={a.id}
            rating={a}
            due={panel.followUpDueIds.includes(a.id)}
            openUrgent={panel.openUrgentIds.includes(a.id)}
            canRate={canRate}
            onRated={onRated}
          />
        ))}
      </ul>
    </section>
  );
}

interface CardProps {
  rating: ConcernAssessment;
  due: boolean;
  openUrgent: boolean;
  canRate: boolean;
  onRated: () => void;
}

function RatingCard({ rating: a, due, openUrgent, canRate, onRated }: CardProps) {
  const { t } = useTranslation();
  return (
    <li className={`concern-card concern-card-${a.zone}`}>
      <h4 className="concern-card-title">
        {a.raterLabel}
        <span className="concern-card-perspective">{t(`enums.concernPerspective.${a.perspective}`)}</span>
      </h4>
      <ZoneBadge zone={a.zone} />
      <dl className="concern-card-facts">
        <div>
          <dt>{t('concerns.latest.rated')}</dt>
          <dd>
            {formatDate(a.recordedAt)}
            <span className="dd-detail">{t('concerns.latest.recordedBy', { name: a.recordedBy })}</span>
            {a.meetingId && (
              <span className="dd-detail">
                <Link to={`/meetings/${a.meetingId}`}>{t('concerns.latest.inMeeting')}</Link>
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('concerns.latest.worries')}</dt>
          <dd className="prewrap">{a.worries}</dd>
        </div>
        {a.wouldLessen && (
          <div>
            <dt>{t('concerns.latest.wouldLessen')}</dt>
            <dd className="prewrap">{a.wouldLessen}</dd>
          </div>
        )}
        {a.followUpOn && (
          <div>
            <dt>{t('concerns.latest.followUp')}</dt>
            <dd>
              {formatDate(a.followUpOn)}
              {due && (
                <span className="badge badge-due">
                  <Icon name="history" />
                  {t('concerns.latest.followUpDue')}
                </span>
              )}
            </dd>
          </div>
        )}
      </dl>
      {a.urgent &&
        (openUrgent ? (
          <p className="concern-card-urgent">
            <span className="badge badge-urgent-open">
              <Icon name="alert" />
              {t('concerns.latest.urgentOpen')}
            </span>
          </p>
        ) : (
          <p className="concern-card-urgent">
            <span className="badge badge-urgent-done">
              <Icon name="check" />
              {t('concerns.latest.urgentDone')}
            </span>
            <Link to={urgentPath(a.caseId, a.id)} className="concern-card-link">
              {t('concerns.latest.urgentRecord')}
            </Link>
          </p>
        ))}
      {canRate && (
        <div className="concern-card-actions no-print">
          <RateConcernDialog
            caseId={a.caseId}
            perspective={a.perspective}
            // A worker's rating is always the signed-in worker's own view: the server names them.
            raterLabel={a.perspective === 'worker' ? undefined : a.raterLabel}
            raterMemberId={a.raterMemberId ?? undefined}
            again
            onRated={onRated}
          />
        </div>
      )}
    </li>
  );
}
