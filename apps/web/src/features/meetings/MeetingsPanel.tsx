import type { MeetingSummary } from '@verkosto/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeetings } from '../../api/meetings';
import { Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { formatDate, formatTime } from '../../i18n/format';
import { MeetingStatusBadge, NoteStatusBadge } from './MeetingBadges';
import { PlanMeetingDialog } from './PlanMeetingDialog';
import '../../styles/meetings.css';

interface Props {
  caseId: string;
  caseOpen: boolean;
  defaultWorkers: { responsible: string | null; pair: string | null };
}

/**
 * The case's meetings, newest first, with a way to plan the next one. The case's own workers plan
 * and write them; a reader let in by a consent sees the list only.
 */
export function MeetingsPanel({ caseId, caseOpen, defaultWorkers }: Props) {
  const { t } = useTranslation();
  const query = useMeetings(caseId);
  const [created, setCreated] = useState(false);
  if (query.isError) return null;
  const list = query.data;

  return (
    <section aria-labelledby="meetings-title" className="panel meetings">
      <div className="panel-header">
        <h2 id="meetings-title">{t('meetings.title')}</h2>
        {list?.canEdit && caseOpen && (
          <PlanMeetingDialog
            caseId={caseId}
            defaultWorkers={defaultWorkers}
            onCreated={() => setCreated(true)}
          />
        )}
      </div>
      <StatusMessage>{created ? t('meetings.created') : null}</StatusMessage>
      {!list ? (
        <Loading />
      ) : list.meetings.length === 0 ? (
        <p className="muted">{t('meetings.empty')}</p>
      ) : (
        <MeetingTable meetings={list.meetings} />
      )}
    </section>
  );
}

function MeetingTable({ meetings }: { meetings: MeetingSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-compact meeting-table">
        <caption className="visually-hidden">{t('meetings.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.list.when')}</th>
            <th scope="col">{t('meetings.list.type')}</th>
            <th scope="col">{t('meetings.list.setting')}</th>
            <th scope="col">{t('meetings.list.workers')}</th>
            <th scope="col">{t('meetings.list.status')}</th>
            <th scope="col">{t('meetings.list.note')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <th scope="row" className="cell-nowrap">
                <Link to={`/meetings/${m.id}`} className="cell-link">
                  {t('meetings.when', { date: formatDate(m.startsAt), time: formatTime(m.startsAt) })}
                </Link>
                <span className="cell-detail">{t('meetings.duration', { minutes: m.durationMinutes })}</span>
              </th>
              <td>{t(`enums.meetingType.${m.type}`)}</td>
              <td>{t(`enums.meetingSetting.${m.setting}`)}</td>
              <td>
                {m.workers.map((w) => (
                  <span key={w.id} className="meeting-worker">
                    {w.displayName}
                  </span>
                ))}
              </td>
              <td>
                <MeetingStatusBadge status={m.status} />
              </td>
              <td>
                <NoteStatusBadge status={m.noteStatus} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
