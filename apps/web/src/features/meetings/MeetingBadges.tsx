import type { MeetingStatus } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../components/Icon';

const statusIcons: Record<MeetingStatus, IconName> = {
  planned: 'history',
  held: 'check',
  cancelled: 'close',
};

/** Planned, held or cancelled, told by word and icon as well as by colour. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-meeting-${status}`}>
      <Icon name={statusIcons[status]} />
      {t(`enums.meetingStatus.${status}`)}
    </span>
  );
}

/** The note's state: not written, a draft, or signed and locked. */
export function NoteStatusBadge({ status }: { status: 'draft' | 'signed' | null }) {
  const { t } = useTranslation();
  if (status === null) return <span className="badge badge-note-none">{t('meetings.note.noneShort')}</span>;
  return (
    <span className={`badge badge-note-${status}`}>
      <Icon name={status === 'signed' ? 'lock' : 'edit'} />
      {t(`enums.noteStatus.${status}`)}
    </span>
  );
}
