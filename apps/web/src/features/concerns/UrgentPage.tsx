import type { ConcernAssessment, ConcernPanel, UrgentRecord } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useConcernPanel } from '../../api/concerns';
import { useNetwork } from '../../api/network';
import { BackLink } from '../../components/BackLink';
import { Icon } from '../../components/Icon';
import { NotFoundContent } from '../../components/NotFound';
import { QueryGate } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../i18n/format';
import { EmergencyContacts } from './EmergencyContacts';
import { UrgentRecordForm } from './UrgentRecordForm';
import { ZoneBadge } from './ZoneBadge';
import '../../styles/concerns.css';

type UrgentRating = ConcernAssessment & { urgent: UrgentRecord };

function isUrgent(a: ConcernAssessment | undefined): a is UrgentRating {
  return Boolean(a?.urgent);
}

/**
 * The urgent path after a zone-4 rating: who can help and whom to contact now, the duty to notify
 * child welfare, and the record of what was done. The title names the kind of page only.
 */
export function UrgentPage() {
  const { t } = useTranslation();
  usePageTitle(t('concerns.urgent.pageTitle'));
  const { caseId = '', assessmentId } = useParams();
  const query = useConcernPanel(caseId);
  return (
    <QueryGate query={query}>
      {(panel) => {
        const rating = panel.assessments.find((a) => a.id === assessmentId);
        if (!isUrgent(rating)) return <NotFoundContent />;
        return (
          <UrgentView
            panel={panel}
            rating={rating}
            onReload={async () => (await query.refetch()).data?.assessments.find((a) => a.id === rating.id)}
          />
        );
      }}
    </QueryGate>
  );
}

interface ViewProps {
  panel: ConcernPanel;
  rating: UrgentRating;
  onReload: () => Promise<ConcernAssessment | undefined>;
}

function UrgentView({ panel, rating, onReload }: ViewProps) {
  const { t } = useTranslation();
  const complete = rating.urgent.complete;
  return (
    <article className="urgent">
      <BackLink to={`/cases/${rating.caseId}`}>{t('cases.detail.title')}</BackLink>
      <div className="page-header">
        <div>
          <h1>{t('concerns.urgent.title')}</h1>
          <p className="header-meta">
            <ZoneBadge zone={rating.zone} />
            <span>
              {t('concerns.urgent.ratedBy', {
                name: rating.raterLabel,
                perspective: t(`enums.concernPerspective.${rating.perspective}`),
                date: formatDate(rating.recordedAt),
                time: formatTime(rating.recordedAt),
              })}
            </span>
          </p>
        </div>
      </div>
      <div className={complete ? 'notice notice-info' : 'notice notice-error'}>
        <Icon name={complete ? 'check' : 'alert'} />
        <p>{complete ? t('concerns.urgent.complete') : t('concerns.urgent.open')}</p>
      </div>
      <dl className="facts urgent-worry">
        <div className="facts-wide">
          <dt>{t('concerns.latest.worries')}</dt>
          <dd className="prewrap">{rating.worries}</dd>
        </div>
      </dl>
      <div className="urgent-columns">
        <section aria-labelledby="urgent-contact" className="panel urgent-contact">
          <h2 id="urgent-contact">{t('concerns.emergency.heading')}</h2>
          <EmergencyContacts emergencyPhone={panel.emergencyPhone} />
        </section>
        <WhoCanHelp caseId={rating.caseId} />
      </div>
      <section aria-labelledby="urgent-law" className="panel urgent-law">
        <h2 id="urgent-law">{t('concerns.urgent.law.heading')}</h2>
        <ul className="urgent-law-list">
          <li>{t('concerns.urgent.law.duty')}</li>
          <li>{t('concerns.urgent.law.notAnonymous')}</li>
          <li>{t('concerns.urgent.law.joint')}</li>
          <li>
            <strong>{t('concerns.urgent.law.noEmail')}</strong>
          </li>
        </ul>
      </section>
      <section aria-labelledby="urgent-record" className="panel urgent-record">
        <h2 id="urgent-record">{t('concerns.record.heading')}</h2>
        <p>{t('concerns.record.intro')}</p>
        {rating.urgent.updatedBy && rating.urgent.updatedAt && (
          <p className="muted">
            {t('concerns.record.lastSaved', {
              name: rating.urgent.updatedBy,
              date: formatDate(rating.urgent.updatedAt),
              time: formatTime(rating.urgent.updatedAt),
            })}
          </p>
        )}
        {panel.canEdit ? (
          <UrgentRecordForm rating={rating} onReload={onReload} />
        ) : (
          <RecordView record={rating.urgent} />
        )}
      </section>
    </article>
  );
}

/** Who close to the child could help now: the members the client wants, with a number to call. */
function WhoCanHelp({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const members = (useNetwork(caseId).data?.members ?? []).filter((m) => m.clientChoice === 'wanted');
  return (
    <section aria-labelledby="urgent-help" className="panel urgent-help">
      <h2 id="urgent-help">{t('concerns.urgent.help.heading')}</h2>
      <p>{t('concerns.urgent.help.intro')}</p>
      {members.length === 0 ? (
        <p className="muted">{t('concerns.urgent.help.none')}</p>
      ) : (
        <ul className="urgent-help-list">
          {members.map((m) => (
            <li key={m.id}>
              <strong>{m.name}</strong> ({m.relation})
              {m.phone && (
                <>
                  {' '}
                  <a href={`tel:${m.phone.replace(/[^\d+]/g, '')}`}>{m.phone}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The record as saved, for a reader who may not change it. */
function RecordView({ record }: { record: UrgentRecord }) {
  const { t } = useTranslation();
  const when = (at: string | null) =>
    at ? t('concerns.when', { date: formatDate(at), time: formatTime(at) }) : t('common.notRecorded');
  const rows: [string, string][] = [
    [t('concerns.record.notifiedDate'), when(record.notificationMadeAt)],
    [t('concerns.record.notifiedTo'), record.notifiedTo ?? t('common.notRecorded')],
    [t('concerns.record.reference'), record.notificationReference ?? t('common.notRecorded')],
    [t('concerns.record.joint'), record.jointWithFamily ? t('common.yes') : t('common.no')],
    [t('concerns.record.emergencyDate'), when(record.emergencyContactAt)],
    [t('concerns.record.emergencyContacted'), record.emergencyContacted ?? t('common.notRecorded')],
    [t('concerns.record.outcome'), record.outcome ?? t('common.notRecorded')],
  ];
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className="prewrap">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
