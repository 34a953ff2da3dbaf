import type { AgendaItem, AgendaMode, TeamMeetingView } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../components/Icon';

const modeIcons: Record<AgendaMode, IconName> = { named: 'eye', anonymous: 'lock' };
const itemIcons: Record<AgendaItem['status'], IconName> = { open: 'history', decided: 'check' };
const meetingIcons: Record<TeamMeetingView['status'], IconName> = { planned: 'history', signed: 'lock' };

/** Named under the guardian's consent, or anonymous: said in words and by icon, never by colour alone. */
export function AgendaModeBadge({ mode }: { mode: AgendaMode }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-agenda-${mode}`}>
      <Icon name={modeIcons[mode]} />
      {t(`enums.agendaMode.${mode}`)}
    </span>
  );
}

/** Open until the team decides it. */
export function AgendaStatusBadge({ status }: { status: AgendaItem['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-agenda-item-${status}`}>
      <Icon name={itemIcons[status]} />
      {t(`enums.agendaItemStatus.${status}`)}
    </span>
  );
}

/** Planned, or signed and locked. */
export function TeamMeetingStatusBadge({ status }: { status: TeamMeetingView['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-team-meeting-${status}`}>
      <Icon name={meetingIcons[status]} />
      {t(`enums.teamMeetingStatus.${status}`)}
    </span>
  );
}
