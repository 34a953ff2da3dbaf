import type { GroupDetail } from '@verkosto/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../components/StatusMessage';
import { formatDate, formatTime } from '../../i18n/format';
import { endOf } from '../meetings/when';
import { AddSessionDialog } from './AddSessionDialog';
import { AttendanceDialog } from './AttendanceDialog';

export type GroupSession = GroupDetail['sessionList'][number];

interface Props {
  group: GroupDetail;
  reload: () => Promise<GroupDetail | undefined>;
}

/** "12.6.2026 klo 14.00–15.30" in the page's words. */
export function useSessionTime(): (session: GroupSession) => string {
  const { t } = useTranslation();
  return (s) =>
    t('groups.timeRange', {
      date: formatDate(s.startsAt),
      start: formatTime(s.startsAt),
      end: formatTime(endOf(s.startsAt, s.durationMinutes)),
    });
}

/** The group's sessions in time order, with who came to each and the way to record it. */
export function SessionsPanel({ group, reload }: Props) {
  const { t } = useTranslation();
  const timeOf = useSessionTime();
  const [status, setStatus] = useState<string | null>(null);
  const lastPlace = group.sessionList.at(-1)?.place ?? null;

  return (
    <section aria-labelledby="group-sessions-heading" className="panel">
      <div className="panel-header">
        <h2 id="group-sessions-heading">{t('groups.sessions.title')}</h2>
        {group.canEdit && (
          <AddSessionDialog
            groupId={group.id}
            lastPlace={lastPlace}
            onAdded={() => setStatus(t('groups.sessions.added'))}
          />
        )}
      </div>
      <StatusMessage>{status}</StatusMessage>
      {group.sessionList.length === 0 ? (
        <p className="muted">{t('groups.sessions.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact group-table">
            <caption className="visually-hidden">{t('groups.sessions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.sessions.time')}</th>
                <th scope="col">{t('groups.sessions.place')}</th>
                <th scope="col" className="cell-number">
                  {t('groups.sessions.registeredCame')}
                </th>
                <th scope="col" className="cell-number">
                  {t('groups.sessions.unregisteredCame')}
                </th>
                <th scope="col" className="cell-number">
                  {t('groups.sessions.total')}
                </th>
                {group.canEdit && (
                  <th scope="col">
                    <span className="visually-hidden">{t('groups.sessions.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {group.sessionList.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className="cell-nowrap">
                    {timeOf(s)}
                  </th>
                  <td>{s.place ?? <span className="muted">{t('common.notRecorded')}</span>}</td>
                  <td className="cell-number">
                    {t('groups.sessions.ofRegistered', {
                      came: s.attended.length,
                      registered: group.participants,
                    })}
                  </td>
                  <td className="cell-number">{s.anonymousCount}</td>
                  <td className="cell-number">{s.attended.length + s.anonymousCount}</td>
                  {group.canEdit && (
                    <td className="cell-action">
                      <AttendanceDialog
                        group={group}
                        session={s}
                        time={timeOf(s)}
                        reload={reload}
                        onSaved={() => setStatus(t('groups.attendance.saved', { time: timeOf(s) }))}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
