import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addGroupSession, groupKey, unitGroupsKey } from '../../api/groups';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { WhenFields } from '../../components/WhenFields';
import { emptySessionDraft, type SessionDraft, sessionDraftSchema } from './group-drafts';

interface Props {
  groupId: string;
  /** The place of the latest session, offered again. */
  lastPlace: string | null;
  onAdded: () => void;
}

/** A session of the group: when, how long and where. Past ones too, recorded afterwards. */
export function AddSessionDialog({ groupId, lastPlace, onAdded }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<SessionDraft>(() => emptySessionDraft(lastPlace));
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: sessionDraftSchema,
    send: (body) => addGroupSession(groupId, body),
    onSuccess: (group) => {
      queryClient.setQueryData(groupKey(group.id), group);
      void queryClient.invalidateQueries({ queryKey: unitGroupsKey(group.unit.id) });
      setOpen(false);
      onAdded();
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(emptySessionDraft(lastPlace));
      setErrors(noErrors);
    }
  };
  const change = (values: Partial<SessionDraft>, paths: readonly string[]) => {
    setDraft((d) => ({ ...d, ...values }));
    clearFieldErrors(paths);
  };
  // The server names the instant; the form shows it on the date.
  const dateError = fieldError('date') ?? fieldError('startsAt');

  const fields: SummaryField[] = [
    ['date', 'session-date', t('groups.sessions.date')],
    ['startsAt', 'session-date', t('groups.sessions.date')],
    ['time', 'session-time', t('groups.sessions.startTime')],
    ['duration', 'session-duration', t('groups.sessions.duration')],
    ['durationMinutes', 'session-duration', t('groups.sessions.duration')],
    ['place', 'session-place', t('groups.sessions.place')],
  ].map(([path, controlId, label]) => ({ path, controlId, label }) as SummaryField);

  return (
    <FormDialog
      trigger={
        <Button className="button button-secondary">
          <Icon name="plus" />
          {t('groups.sessions.open')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      title={t('groups.sessions.formTitle')}
      header={
        <>
          <p>{t('groups.sessions.formIntro')}</p>
          <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
        </>
      }
      onSubmit={(event) => submit(event, draft)}
      submitText={t('groups.sessions.submit')}
    >
      <WhenFields
        idPrefix="session"
        labels={{
          date: t('groups.sessions.date'),
          time: t('groups.sessions.startTime'),
          timeHint: t('groups.sessions.timeHint'),
          duration: t('groups.sessions.duration'),
          durationHint: t('groups.sessions.durationHint'),
        }}
        value={draft}
        onChange={change}
        errors={{
          date: dateError,
          time: fieldError('time'),
          duration: fieldError('duration') ?? fieldError('durationMinutes'),
        }}
      />
      <TextInput
        id="session-place"
        label={t('groups.sessions.place')}
        description={t('groups.sessions.placeHint')}
        value={draft.place}
        onChange={(place) => change({ place }, ['place'])}
        maxLength={200}
        error={fieldError('place')}
      />
    </FormDialog>
  );
}
