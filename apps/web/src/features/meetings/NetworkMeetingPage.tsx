import type { Meeting } from '@verkosto/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCaseFormOptions } from '../../api/cases';
import { useMeeting } from '../../api/meetings';
import { useNetwork } from '../../api/network';
import { usePlan } from '../../api/plans';
import { BackLink } from '../../components/BackLink';
import { Icon } from '../../components/Icon';
import { Loading, QueryGate } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../i18n/format';
import { useClientName, useMeetingTime } from './MeetingPage';
import { type Concluded, NetworkMeetingFlow } from './NetworkMeetingFlow';
import { noteEditable } from './NotePanel';
import '../../styles/meetings.css';

/**
 * The network meeting on one screen, from attendance to the signed note, the plan version it
 * agreed, a saved map and the next re-evaluation, and then what was saved.
 */
export function NetworkMeetingPage() {
  const { t } = useTranslation();
  usePageTitle(t('meetings.flow.title'));
  const { meetingId } = useParams();
  const query = useMeeting(meetingId);
  const [result, setResult] = useState<Concluded | null>(null);
  return (
    <QueryGate query={query}>
      {(meeting) =>
        result ? (
          <ConcludeResult concluded={result} />
        ) : (
          <FlowGate meeting={meeting} onConcluded={setResult} />
        )
      }
    </QueryGate>
  );
}

function FlowHeader({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const time = useMeetingTime(meeting);
  return (
    <>
      <BackLink to={`/meetings/${meeting.id}`}>{t('meetings.flow.backToMeeting')}</BackLink>
      <div className="page-header">
        <div>
          <p className="eyebrow">{t('enums.meetingType.network_meeting')}</p>
          <h1>{t('meetings.flow.heading')}</h1>
          <p className="header-meta">
            <span>{time}</span>
            {meeting.place && <span>{meeting.place}</span>}
          </p>
        </div>
      </div>
    </>
  );
}

function FlowGate({
  meeting,
  onConcluded,
}: {
  meeting: Meeting;
  onConcluded: (concluded: Concluded) => void;
}) {
  const { t } = useTranslation();
  const plan = usePlan(meeting.caseId);
  const network = useNetwork(meeting.caseId);
  const options = useCaseFormOptions();
  const clientName = useClientName(meeting.caseId);
  const runnable =
    meeting.type === 'network_meeting' && meeting.status === 'planned' && noteEditable(meeting);

  if (!runnable) {
    return (
      <article className="network-meeting">
        <FlowHeader meeting={meeting} />
        <div className="notice notice-info">
          <Icon name="info" />
          <p>{meeting.canEdit ? t('meetings.flow.notRunnable') : t('meetings.page.readOnly')}</p>
        </div>
        <p>
          <Link to={`/meetings/${meeting.id}`}>{t('meetings.flow.backToMeeting')}</Link>
        </p>
      </article>
    );
  }
  if (plan.isError || network.isError || options.isError) {
    return (
      <div className="notice notice-error" role="alert">
        <Icon name="alert" />
        <p>{t('meetings.flow.loadFailed')}</p>
      </div>
    );
  }
  if (!plan.data || !network.data || !options.data) return <Loading />;
  return (
    <article className="network-meeting">
      <FlowHeader meeting={meeting} />
      <NetworkMeetingFlow
        meeting={meeting}
        plan={plan.data}
        reloadPlan={async () => (await plan.refetch()).data}
        members={network.data.members}
        workers={options.data.pairWorkers}
        clientName={clientName}
        onConcluded={onConcluded}
      />
    </article>
  );
}

/** What the meeting saved, each with a way to it. */
function ConcludeResult({ concluded }: { concluded: Concluded }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { result, nextStartsAt } = concluded;
  const { meeting } = result;
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <article className="network-meeting">
      <BackLink to={`/cases/${meeting.caseId}`}>{t('meetings.page.backToCase')}</BackLink>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('meetings.result.heading')}
      </h1>
      <div className="status-message" role="status">
        <Icon name="check" />
        <span>{t('meetings.result.intro')}</span>
      </div>
      <ul className="result-list">
        <li>
          <Link to={`/meetings/${meeting.id}`}>{t('meetings.result.note')}</Link>
          {meeting.note?.signedAt && (
            <span className="cell-detail">
              {t('meetings.note.signedBy', {
                name: meeting.note.signedBy ?? '',
                date: formatDate(meeting.note.signedAt),
                time: formatTime(meeting.note.signedAt),
              })}
            </span>
          )}
        </li>
        {result.planVersionNo !== null && (
          <li>
            <Link to={`/cases/${meeting.caseId}`}>
              {t('meetings.result.plan', { versionNo: result.planVersionNo })}
            </Link>
            <span className="cell-detail">{t('meetings.result.planHint')}</span>
          </li>
        )}
        <li>
          <Link to={`/cases/${meeting.caseId}`}>{t('meetings.result.map')}</Link>
          <span className="cell-detail">{t('meetings.result.mapHint')}</span>
        </li>
        {result.nextMeetingId ? (
          <li>
            <Link to={`/meetings/${result.nextMeetingId}`}>{t('meetings.result.next')}</Link>
            {nextStartsAt && (
              <span className="cell-detail">
                {t('meetings.when', { date: formatDate(nextStartsAt), time: formatTime(nextStartsAt) })}
              </span>
            )}
          </li>
        ) : (
          <li className="muted">{t('meetings.result.noNext')}</li>
        )}
      </ul>
    </article>
  );
}
