import { useQueryClient } from '@tanstack/react-query';
import type { LifeEvent } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { refreshTimeline, removeEvent } from '../../api/timeline';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useWhenText } from './event-when';

interface Props {
  event: LifeEvent;
  caseId: string;
  onRemoved: () => void;
}

/** Taking an event off the timeline, confirmed first; the record keeps it. */
export function RemoveEventDialog({ event, caseId, onRemoved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const whenText = useWhenText();
  return (
    <ConfirmDialog
      openText={t('timeline.remove.open')}
      openLabel={t('timeline.remove.openFor', { title: event.title })}
      title={t('timeline.remove.title')}
      confirmText={t('timeline.remove.confirm')}
      action={() => removeEvent(event.id)}
      refresh={() => refreshTimeline(queryClient, caseId)}
      onDone={onRemoved}
    >
      <p>
        <strong>
          {whenText(event.when)} {event.title}
        </strong>
      </p>
      <p>{t('timeline.remove.intro')}</p>
    </ConfirmDialog>
  );
}
