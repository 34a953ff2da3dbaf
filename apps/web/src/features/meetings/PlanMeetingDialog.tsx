import { useQueryClient } from '@tanstack/react-query';
import { meetingSettings, meetingTypes } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCaseFormOptions } from '../../api/cases';
import { createMeeting, meetingKey, refreshMeetings } from '../../api/meetings';
import { useNetwork } from '../../api/network';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import {
  CheckboxInput,
  RadioGroupInput,
  SelectInput,
  TextAreaInput,
  TextInput,
} from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/QueryState';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { WhenFields } from '../../components/WhenFields';
import { ParticipantChoice, WorkerFields } from './MeetingPickers';
import { emptyMeetingDraft, type MeetingDraft, meetingDraftSchema } from './meeting-draft';

interface Props {
  caseId: string;
  /** The case's responsible and pair workers, chosen to begin with. */
  defaultWorkers: { responsible: string | null; pair: string | null };
  onCreated: () => void;
}

/** Planning a meeting on the case, in a dialog over the case page. */
export function PlanMeetingDialog({ caseId, defaultWorkers, onCreated }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<MeetingDraft>(() => emptyMeetingDraft(defaultWorkers));
  const options = useCaseFormOptions();
  const network = useNetwork(caseId);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: meetingDraftSchema,
    send: (body) => createMeeting(caseId, body),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKey(meeting.id), meeting);
      void refreshMeetings(queryClient, caseId);
      setOpen(false);
      onCreated();
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(emptyMeetingDraft(defaultWorkers));
      setErrors(noErrors);
    }
  };

  const change = (values: Partial<MeetingDraft>, paths: readonly string[] = Object.keys(values)) => {
    setDraft((d) => ({ ...d, ...values }));
    clearFieldErrors(paths);
  };
  const either = (path: string, serverPath: string) => fieldError(path) ?? fieldError(serverPath);

  const fields: SummaryField[] = [
    ['type', 'meeting-type', t('meetings.form.type')],
    ['setting', 'meeting-setting', t('meetings.form.setting')],
    ['date', 'meeting-date', t('meetings.form.date')],
    ['startsAt', 'meeting-date', t('meetings.form.date')],
    ['time', 'meeting-time', t('meetings.form.time')],
    ['duration', 'meeting-duration', t('meetings.form.duration')],
    ['durationMinutes', 'meeting-duration', t('meetings.form.duration')],
    ['place', 'meeting-place', t('meetings.form.place')],
    ['workerId', 'meeting-worker', t('meetings.form.worker')],
    ['pairWorkerId', 'meeting-pair-worker', t('meetings.form.pairWorker')],
    ['workerIds', 'meeting-pair-worker', t('meetings.form.pairWorker')],
    ['participantMemberIds', 'meeting-participants', t('meetings.form.participants')],
    ['agenda', 'meeting-agenda', t('meetings.form.agenda')],
  ].map(([path, controlId, label]) => ({ path, controlId, label }) as SummaryField);

  return (
    <FormDialog
      trigger={
        <Button className="button button-primary">
          <Icon name="plus" />
          {t('meetings.plan')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={t('meetings.form.title')}
      header={
        <>
          <p>{t('meetings.form.intro')}</p>
          <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
        </>
      }
      onSubmit={(event) => submit(event, draft)}
      submitText={t('meetings.form.submit')}
    >
      <SelectInput
        id="meeting-type"
        label={t('meetings.form.type')}
        placeholder={t('form.choose')}
        value={draft.type}
        onChange={(type) =>
          // A network meeting takes longer; the worker may still change it.
          change({
            type,
            ...(type === 'network_meeting' && draft.duration === '60' ? { duration: '90' } : {}),
          })
        }
        options={meetingTypes.map((value) => ({ value, label: t(`enums.meetingType.${value}`) }))}
        error={fieldError('type')}
        isRequired
      />
      <RadioGroupInput
        id="meeting-setting"
        label={t('meetings.form.setting')}
        description={t('meetings.form.settingHint')}
        value={draft.setting}
        onChange={(setting) => change({ setting })}
        options={meetingSettings.map((value) => ({ value, label: t(`enums.meetingSetting.${value}`) }))}
        error={fieldError('setting')}
        isRequired
      />
      <WhenFields
        idPrefix="meeting"
        labels={{
          date: t('meetings.form.date'),
          time: t('meetings.form.time'),
          timeHint: t('meetings.form.timeHint'),
          duration: t('meetings.form.duration'),
          durationHint: t('meetings.form.durationHint'),
        }}
        value={draft}
        onChange={change}
        errors={{
          date: either('date', 'startsAt'),
          time: fieldError('time'),
          duration: either('duration', 'durationMinutes'),
        }}
      />
      <TextInput
        id="meeting-place"
        label={t('meetings.form.place')}
        description={t('meetings.form.placeHint')}
        value={draft.place}
        onChange={(place) => change({ place })}
        maxLength={200}
        error={fieldError('place')}
      />
      {options.data ? (
        <WorkerFields
          idPrefix="meeting"
          workers={options.data.pairWorkers}
          workerId={draft.workerId}
          pairWorkerId={draft.pairWorkerId}
          onChange={(values) => change(values, ['workerId', 'pairWorkerId', 'workerIds'])}
          workerError={fieldError('workerId')}
          pairError={either('pairWorkerId', 'workerIds')}
        />
      ) : (
        <Loading />
      )}
      {network.data ? (
        <ParticipantChoice
          id="meeting-participants"
          members={network.data.members}
          value={draft.participantMemberIds}
          onChange={(participantMemberIds) => change({ participantMemberIds })}
          error={fieldError('participantMemberIds')}
        />
      ) : (
        <Loading />
      )}
      <div className="field">
        <CheckboxInput
          id="meeting-client-takes-part"
          label={t('meetings.form.clientTakesPart')}
          isSelected={draft.clientTakesPart}
          onChange={(clientTakesPart) => change({ clientTakesPart })}
        />
      </div>
      <TextAreaInput
        id="meeting-agenda"
        label={t('meetings.form.agenda')}
        description={t('meetings.form.agendaHint')}
        value={draft.agenda}
        onChange={(agenda) => change({ agenda })}
        rows={4}
        error={fieldError('agenda')}
      />
    </FormDialog>
  );
}
