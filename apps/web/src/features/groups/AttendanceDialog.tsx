import { useQueryClient } from '@tanstack/react-query';
import type { GroupDetail } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { groupKey, saveAttendance } from '../../api/groups';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { CheckboxGroupInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { type AttendanceDraft, attendanceDraftOf, attendanceDraftSchema } from './group-drafts';
import type { GroupSession } from './SessionsPanel';

interface Props {
  group: GroupDetail;
  session: GroupSession;
  /** The session's time in words, to name the dialog and its button. */
  time: string;
  reload: () => Promise<GroupDetail | undefined>;
  onSaved: () => void;
}

/**
 * Who came to one session: a check for each registered participant, and a count of those who came
 * without registering (open groups: only a count, no names). Saved over the session's version.
 */
export function AttendanceDialog({ group, session, time, reload, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<AttendanceDraft>(() => attendanceDraftOf(session));
  const [notice, setNotice] = useState<string | null>(null);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: attendanceDraftSchema,
    send: (body) => saveAttendance(session.id, body),
    onSuccess: (fresh) => {
      queryClient.setQueryData(groupKey(fresh.id), fresh);
      setOpen(false);
      onSaved();
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(attendanceDraftOf(session));
      setErrors(noErrors);
      setNotice(null);
    }
  };
  const change = (values: Partial<AttendanceDraft>) => {
    setDraft((d) => ({ ...d, ...values }));
    clearFieldErrors(Object.keys(values));
  };

  // Someone else saved this session first: their record comes into the form, to be checked again.
  const reloadLatest = async () => {
    const latest = (await reload())?.sessionList.find((s) => s.id === session.id);
    if (latest) setDraft(attendanceDraftOf(latest));
    setErrors(noErrors);
    setNotice(t('form.reloaded'));
  };

  const fields: SummaryField[] = [
    {
      path: 'attendedPersonIds',
      controlId: 'attendance-registered',
      label: t('groups.attendance.registered'),
    },
    { path: 'anonymousCount', controlId: 'attendance-anonymous', label: t('groups.attendance.anonymous') },
  ];

  return (
    <FormDialog
      trigger={
        <Button
          className="button button-secondary button-small"
          aria-label={t('groups.attendance.openLabel', { time })}
        >
          {t('groups.attendance.open')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      title={t('groups.attendance.title', { time })}
      header={
        <>
          <p>{t('groups.attendance.intro')}</p>
          <StatusMessage>{notice}</StatusMessage>
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            action={errors.general === 'stale_version' ? <ReloadButton onReload={reloadLatest} /> : undefined}
          />
        </>
      }
      onSubmit={(event) => submit(event, draft)}
      submitText={t('groups.attendance.submit')}
    >
      {group.participantList.length > 0 ? (
        <CheckboxGroupInput
          id="attendance-registered"
          label={t('groups.attendance.registered')}
          description={t('groups.attendance.registeredHint')}
          value={draft.attendedPersonIds}
          onChange={(attendedPersonIds) => change({ attendedPersonIds })}
          options={group.participantList.map((p) => ({ value: p.id, label: p.name }))}
          error={fieldError('attendedPersonIds')}
        />
      ) : (
        <p className="muted" id="attendance-registered">
          {t('groups.attendance.noRegistered')}
        </p>
      )}
      <TextInput
        id="attendance-anonymous"
        size="short"
        label={t('groups.attendance.anonymous')}
        description={t('groups.attendance.anonymousHint')}
        inputMode="numeric"
        value={draft.anonymousCount}
        onChange={(anonymousCount) => change({ anonymousCount })}
        error={fieldError('anonymousCount')}
      />
    </FormDialog>
  );
}
