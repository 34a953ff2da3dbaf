import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail, MeetingInput } from '@verkosto/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCase } from '../../api/cases';
import { isApiError } from '../../api/client';
import { createMeeting, refreshMeetings } from '../../api/meetings';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';

/** The action plan's questions, in the user's language, as the meeting's agenda. */
export function actionPlanAgenda(t: TFunction): string[] {
  return [
    t('concerns.agenda.lessen'),
    t('concerns.agenda.who'),
    t('concerns.agenda.timetable'),
    t('concerns.agenda.reevaluate'),
  ];
}

/** A week from now at 10.00 in the browser's own time. */
export function aWeekAheadAtTen(now: Date = new Date()): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7, 10, 0).toISOString();
}

/**
 * The draft of a network meeting: at the office, with the case's responsible (and pair) worker. Who
 * takes part is agreed with the family on the meeting's page, so no members are named here.
 */
export function networkMeetingDraft(detail: CaseDetail, agenda: string[]): MeetingInput {
  return {
    type: 'network_meeting',
    setting: 'office',
    startsAt: aWeekAheadAtTen(),
    durationMinutes: 90,
    workerIds: [detail.responsibleWorker.id, ...(detail.pairWorker ? [detail.pairWorker.id] : [])],
    participantMemberIds: [],
    clientTakesPart: true,
    agenda,
  };
}

/** Convening the network after a zone-3 rating: creates the meeting draft and opens it. */
export function ConveneNetworkButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The case page has read the case already; this only takes its workers from memory.
  const detail = useCase(caseId).data;
  const mutation = useMutation({
    mutationFn: (d: CaseDetail) => createMeeting(caseId, networkMeetingDraft(d, actionPlanAgenda(t))),
    onSuccess: (meeting) => {
      void refreshMeetings(queryClient, caseId);
      void navigate(`/meetings/${meeting.id}`);
    },
  });
  const error = mutation.error
    ? t(`errors.code.${isApiError(mutation.error) ? mutation.error.code : 'internal_error'}`)
    : null;

  return (
    <div className="convene">
      <p id="concern-convene-hint">{t('concerns.next.conveneHint')}</p>
      {error && (
        <div className="notice notice-error" role="alert">
          <Icon name="alert" />
          <p>{error}</p>
        </div>
      )}
      <PendingButton
        className="button button-primary"
        pending={mutation.isPending}
        isDisabled={!detail}
        aria-describedby="concern-convene-hint"
        onPress={() => {
          if (detail && !mutation.isPending) mutation.mutate(detail);
        }}
      >
        {t('concerns.next.convene')}
      </PendingButton>
    </div>
  );
}
