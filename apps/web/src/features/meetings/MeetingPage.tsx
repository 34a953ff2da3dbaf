import { useQueryClient } from '@tanstack/react-query';
import type { Meeting } from '@verkosto/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCase } from '../../api/cases';
import { cancelMeeting, meetingKey, refreshMeetings, useMeeting } from '../../api/meetings';
import { BackLink } from '../../components/BackLink';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { fullName } from '../../components/names';
import { QueryGate } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../i18n/format';
import { InvitationPanel } from './InvitationPanel';
import { MeetingStatusBadge } from './MeetingBadges';
import { NotePanel, noteEditable } from './NotePanel';
import { endOf } from './when';
import '../../styles/meetings.css';

/** A meeting: when and where, who takes part, the agenda, the invitation and the note. */
export function MeetingPage() {
  const { t } = useTranslation();
  usePageTitle(t('meetings.page.title'));
  const { meetingId } = useParams();
  const query = useMeeting(meetingId);
  return <QueryGate query={query}>{(meeting) => <MeetingView meeting={meeting} />}</QueryGate>;
}

/** The client's name for their own view in the note; the case says it. */
export function useClientName(caseId: string): string {
  const { t } = useTranslation();
  const person = useCase(caseId).data?.subject.person;
  return person ? fullName(person) : t('meetings.views.clientFallback');
}

/** "Tuesday 25.11.2026 at 12.00–13.30" in the page's words. */
export function useMeetingTime(meeting: Pick<Meeting, 'startsAt' | 'durationMinutes'>): string {
  const { t } = useTranslation();
  const end = endOf(meeting.startsAt, meeting.durationMinutes);
  return t('meetings.timeRange', {
    date: formatDate(meeting.startsAt),
    start: formatTime(meeting.startsAt),
    end: formatTime(end),
  });
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const clientName = useClientName(meeting.caseId);
  const time = useMeetingTime(meeting);
  const [cancelled, setCancelled] = useState(false);
  const planned = meeting.status === 'planned';
  const canRun = meeting.type === 'network_meeting' && planned && meeting.canEdit && noteEditable(meeting);

  return (
    <article className="meeting">
      <BackLink to={`/cases/${meeting.caseId}`}>{t('meetings.page.backToCase')}</BackLink>
      <div className="page-header">
        <div>
          <p className="eyebrow">{t('meetings.page.eyebrow')}</p>
          <h1>
            {t('meetings.page.heading', {
              type: t(`enums.meetingType.${meeting.type}`),
              date: formatDate(meeting.startsAt),
            })}
          </h1>
          <p className="header-meta">
            <MeetingStatusBadge status={meeting.status} />
            <span>{time}</span>
          </p>
        </div>
        {meeting.canEdit && planned && (
          <div className="page-actions">
            {canRun && (
              <Link to={`/meetings/${meeting.id}/network-meeting`} className="button button-primary">
                {t('meetings.flow.open')}
              </Link>
            )}
            {meeting.note?.status !== 'signed' && (
              <ConfirmDialog
                openText={t('meetings.cancel.open')}
                openLabel={t('meetings.cancel.open')}
                title={t('meetings.cancel.title')}
                confirmText={t('meetings.cancel.confirm')}
                action={async () => {
                  const fresh = await cancelMeeting(meeting.id, meeting.version);
                  queryClient.setQueryData(meetingKey(meeting.id), fresh);
                }}
                refresh={() => refreshMeetings(queryClient, meeting.caseId)}
                onDone={() => setCancelled(true)}
              >
                <p>{t('meetings.cancel.intro')}</p>
              </ConfirmDialog>
            )}
          </div>
        )}
      </div>
      <StatusMessage>{cancelled ? t('meetings.cancel.done') : null}</StatusMessage>
      {!meeting.canEdit && (
        <div className="notice notice-info">
          <Icon name="info" />
          <p>{t('meetings.page.readOnly')}</p>
        </div>
      )}
      <MeetingFacts meeting={meeting} time={time} />
      <section aria-labelledby="participants-title" className="panel">
        <h2 id="participants-title">{t('meetings.participants.heading')}</h2>
        <ParticipantList meeting={meeting} clientName={clientName} />
        <h3>{t('meetings.agenda.heading')}</h3>
        {meeting.agenda.length === 0 ? (
          <p className="muted">{t('meetings.agenda.none')}</p>
        ) : (
          <ol className="agenda-list">
            {meeting.agenda.map((item, i) => (
              // The agenda is plain text; the same line may come twice.
              // biome-ignore lint/suspicious/noArrayIndexKey: items have no ids
              <li key={i}>{item}</li>
            ))}
          </ol>
        )}
      </section>
      {planned && <InvitationPanel meeting={meeting} />}
      <NotePanel meeting={meeting} clientName={clientName} />
    </article>
  );
}

function MeetingFacts({ meeting, time }: { meeting: Meeting; time: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="meeting-facts" className="panel">
      <h2 id="meeting-facts">{t('meetings.page.facts')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('meetings.page.time')}</dt>
          <dd>
            {time}
            <span className="dd-detail">{t('meetings.duration', { minutes: meeting.durationMinutes })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('meetings.form.setting')}</dt>
          <dd>{t(`enums.meetingSetting.${meeting.setting}`)}</dd>
        </div>
        <div>
          <dt>{t('meetings.form.place')}</dt>
          <dd>{meeting.place ?? t('meetings.page.noPlace')}</dd>
        </div>
        <div>
          <dt>{t('meetings.list.workers')}</dt>
          <dd>
            {meeting.workers.map((w) => (
              <span key={w.id} className="meeting-worker">
                {w.displayName}
                <span className="dd-detail">{w.title}</span>
              </span>
            ))}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** The participants, the client first when they take part, with attendance once it is marked. */
export function ParticipantList({ meeting, clientName }: { meeting: Meeting; clientName: string }) {
  const { t } = useTranslation();
  return (
    <ul className="participant-list">
      {meeting.clientTakesPart && (
        <li>
          <span className="participant-name">{clientName}</span>
          <span className="cell-detail">{t('meetings.participants.client')}</span>
        </li>
      )}
      {meeting.participants.map((p) => (
        <li key={p.id}>
          <span className="participant-name">{p.name}</span>
          <span className="cell-detail">
            {p.relation}
            {p.attendance && ` · ${t(`enums.attendance.${p.attendance}`)}`}
          </span>
        </li>
      ))}
      {!meeting.clientTakesPart && meeting.participants.length === 0 && (
        <li className="muted">{t('meetings.participants.none')}</li>
      )}
    </ul>
  );
}
