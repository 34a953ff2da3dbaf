import { type ConcernAssessment, convenesNetwork, opensUrgentPath, zoneGuidance } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConcernPanel } from '../../api/concerns';
import { Icon } from '../../components/Icon';
import { formatDate } from '../../i18n/format';
import { ConveneNetworkButton } from './ConveneNetworkButton';
import { EmergencyContacts } from './EmergencyContacts';
import { useZoneLabel } from './ZoneBadge';

/** Where the record of what was done after a zone-4 rating is completed. */
export function urgentPath(caseId: string, assessmentId: string): string {
  return `/cases/${caseId}/concerns/${assessmentId}/urgent`;
}

interface Props {
  rated: ConcernAssessment;
  /** Rated during a meeting's round of perspectives: the network is already together. */
  meetingId?: string;
}

/** What the zone asks of the rater, right after the rating is saved. */
export function ZoneGuidance({ rated, meetingId }: Props) {
  const { t } = useTranslation();
  const zoneLabel = useZoneLabel();
  const urgent = opensUrgentPath(rated.zone);
  // The emergency number comes with the case's ratings; read only when the urgent path needs it.
  const emergencyPhone = useConcernPanel(rated.caseId, urgent).data?.emergencyPhone ?? null;

  return (
    <div className={`zone-guidance zone-guidance-${rated.zone}`}>
      <p className="zone-guidance-saved">
        <Icon name="check" />
        {t('concerns.next.saved', { zone: zoneLabel(rated.zone) })}
      </p>
      {urgent && (
        <div className="notice notice-error urgent-now">
          <Icon name="alert" />
          <div>
            <p className="notice-title">{t('concerns.urgent.title')}</p>
            <h3>{t('concerns.emergency.heading')}</h3>
            <EmergencyContacts emergencyPhone={emergencyPhone} />
          </div>
        </div>
      )}
      <h3>{t('concerns.guidance.heading')}</h3>
      <ol className="guidance-steps">
        {zoneGuidance[rated.zone].map((step) => (
          <li key={step}>{t(`concerns.guidance.${step}`)}</li>
        ))}
      </ol>
      {rated.followUpOn && (
        <p>
          <strong>{t('concerns.next.followUp', { date: formatDate(rated.followUpOn) })}</strong>
        </p>
      )}
      {convenesNetwork(rated.zone) &&
        (meetingId ? <p>{t('concerns.next.inMeeting')}</p> : <ConveneNetworkButton caseId={rated.caseId} />)}
      {urgent && (
        <p>
          <Link to={urgentPath(rated.caseId, rated.id)} className="button button-primary">
            {t('concerns.next.urgentLink')}
          </Link>
        </p>
      )}
    </div>
  );
}
