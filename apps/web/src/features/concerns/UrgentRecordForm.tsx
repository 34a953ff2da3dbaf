import { useQueryClient } from '@tanstack/react-query';
import type { ConcernAssessment, UrgentRecord } from '@verkosto/domain';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { recordUrgent, refreshConcerns } from '../../api/concerns';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { CheckboxInput, TextAreaInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { draftCompletes, type UrgentDraft, urgentDraftOf, urgentDraftSchema } from './urgent-draft';

interface Props {
  rating: ConcernAssessment & { urgent: UrgentRecord };
  /** Reads the ratings again, after someone else saved the record first. */
  onReload: () => Promise<ConcernAssessment | undefined>;
}

/**
 * What was done after a zone-4 rating: the child welfare notification, a contact with emergency
 * services, and the outcome. Saved over the version it was filled from; the flag clears once complete.
 */
export function UrgentRecordForm({ rating, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<UrgentDraft>(() => urgentDraftOf(rating.urgent));
  const [version, setVersion] = useState(rating.urgent.version);
  const [done, setDone] = useState<'saved' | 'complete' | 'reloaded' | null>(null);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: urgentDraftSchema(version),
    send: (body) => recordUrgent(rating.id, body),
    onSuccess: (saved) => {
      if (saved.urgent) {
        setDraft(urgentDraftOf(saved.urgent));
        setVersion(saved.urgent.version);
      }
      setDone(saved.urgent?.complete ? 'complete' : 'saved');
      void refreshConcerns(queryClient, rating.caseId);
    },
  });

  const reload = async () => {
    const latest = (await onReload())?.urgent;
    if (!latest) return;
    setDraft(urgentDraftOf(latest));
    setVersion(latest.version);
    setErrors(noErrors);
    setDone('reloaded');
  };

  const change = <K extends keyof UrgentDraft>(key: K, value: UrgentDraft[K], also: string[] = []) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDone(null);
    clearFieldErrors([key, ...also]);
  };
  const either = (path: string, serverPath: string) => fieldError(path) ?? fieldError(serverPath);

  const fields: SummaryField[] = [
    ['notifiedDate', 'urgent-notified-date', t('concerns.record.notifiedDate')],
    ['notificationMadeAt', 'urgent-notified-date', t('concerns.record.notifiedDate')],
    ['notifiedTime', 'urgent-notified-time', t('concerns.record.notifiedTime')],
    ['notifiedTo', 'urgent-notified-to', t('concerns.record.notifiedTo')],
    ['notificationReference', 'urgent-reference', t('concerns.record.reference')],
    ['emergencyDate', 'urgent-emergency-date', t('concerns.record.emergencyDate')],
    ['emergencyContactAt', 'urgent-emergency-date', t('concerns.record.emergencyDate')],
    ['emergencyTime', 'urgent-emergency-time', t('concerns.record.emergencyTime')],
    ['emergencyContacted', 'urgent-emergency-who', t('concerns.record.emergencyContacted')],
    ['outcome', 'urgent-outcome', t('concerns.record.outcome')],
  ].map(([path, controlId, label]) => ({ path, controlId, label }) as SummaryField);

  const completes = draftCompletes(draft);

  return (
    <>
      <StatusMessage>
        {done === 'complete'
          ? t('concerns.record.savedComplete')
          : done === 'saved'
            ? t('concerns.record.saved')
            : done === 'reloaded'
              ? t('form.reloaded')
              : null}
      </StatusMessage>
      <ErrorSummary
        errors={errors}
        fields={fields}
        focusKey={attempt}
        action={errors.general === 'stale_version' ? <ReloadButton onReload={reload} /> : undefined}
      />
      <Form className="form urgent-form" validationBehavior="aria" onSubmit={(event) => submit(event, draft)}>
        <fieldset className="fieldset">
          <legend>{t('concerns.record.notification')}</legend>
          <div className="field-row">
            <TextInput
              id="urgent-notified-date"
              type="date"
              size="medium"
              label={t('concerns.record.notifiedDate')}
              value={draft.notifiedDate}
              onChange={(value) => change('notifiedDate', value, ['notificationMadeAt'])}
              error={either('notifiedDate', 'notificationMadeAt')}
            />
            <TextInput
              id="urgent-notified-time"
              size="short"
              inputMode="numeric"
              label={t('concerns.record.notifiedTime')}
              description={t('concerns.record.timeHint')}
              value={draft.notifiedTime}
              onChange={(value) => change('notifiedTime', value, ['notificationMadeAt'])}
              maxLength={5}
              error={fieldError('notifiedTime')}
            />
          </div>
          <TextInput
            id="urgent-notified-to"
            label={t('concerns.record.notifiedTo')}
            description={t('concerns.record.notifiedToHint')}
            value={draft.notifiedTo}
            onChange={(value) => change('notifiedTo', value)}
            maxLength={200}
            error={fieldError('notifiedTo')}
          />
          <TextInput
            id="urgent-reference"
            size="medium"
            label={t('concerns.record.reference')}
            description={t('concerns.record.referenceHint')}
            value={draft.notificationReference}
            onChange={(value) => change('notificationReference', value)}
            maxLength={100}
            spellCheck={false}
            error={fieldError('notificationReference')}
          />
          <CheckboxInput
            id="urgent-joint"
            label={t('concerns.record.joint')}
            isSelected={draft.jointWithFamily}
            onChange={(value) => change('jointWithFamily', value)}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('concerns.record.emergency')}</legend>
          <div className="field-row">
            <TextInput
              id="urgent-emergency-date"
              type="date"
              size="medium"
              label={t('concerns.record.emergencyDate')}
              value={draft.emergencyDate}
              onChange={(value) => change('emergencyDate', value, ['emergencyContactAt'])}
              error={either('emergencyDate', 'emergencyContactAt')}
            />
            <TextInput
              id="urgent-emergency-time"
              size="short"
              inputMode="numeric"
              label={t('concerns.record.emergencyTime')}
              description={t('concerns.record.timeHint')}
              value={draft.emergencyTime}
              onChange={(value) => change('emergencyTime', value, ['emergencyContactAt'])}
              maxLength={5}
              error={fieldError('emergencyTime')}
            />
          </div>
          <TextInput
            id="urgent-emergency-who"
            label={t('concerns.record.emergencyContacted')}
            description={t('concerns.record.emergencyContactedHint')}
            value={draft.emergencyContacted}
            onChange={(value) => change('emergencyContacted', value)}
            maxLength={200}
            error={fieldError('emergencyContacted')}
          />
        </fieldset>
        <TextAreaInput
          id="urgent-outcome"
          label={t('concerns.record.outcome')}
          description={t('concerns.record.outcomeHint')}
          value={draft.outcome}
          onChange={(value) => change('outcome', value)}
          maxLength={4000}
          error={fieldError('outcome')}
        />
        <p className={completes ? 'urgent-will-complete' : 'urgent-not-yet'}>
          <Icon name={completes ? 'check' : 'info'} />
          {completes ? t('concerns.record.willComplete') : t('concerns.record.notYet')}
        </p>
        <div className="form-actions">
          <PendingButton type="submit" className="button button-primary" pending={isPending}>
            {t('concerns.record.submit')}
          </PendingButton>
        </div>
      </Form>
    </>
  );
}
