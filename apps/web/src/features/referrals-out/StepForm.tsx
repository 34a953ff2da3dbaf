import { useQueryClient } from '@tanstack/react-query';
import {
  nextReferralOutStatuses,
  type ReferralOut,
  type ReferralOutStatus,
  zReferralOutStatusInput,
} from '@verkosto/domain';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { recordReferralOutStatus, referralOutChanged } from '../../api/referrals-out';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/fields';
import { PendingButton } from '../../components/PendingButton';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { asStepConflict } from './referral-out-draft';

interface Props {
  caseId: string;
  referral: ReferralOut;
  onRecorded: (changed: ReferralOut) => void;
  /** Reads the list again, after someone else recorded a step first. */
  onReload: () => Promise<unknown>;
}

/**
 * The next step of a referral to a directory service, as the service told the worker: only the steps
 * allowed from where it stands are offered, one at a time. Chosen, then recorded with its own button,
 * for a step cannot be taken back.
 */
export function StepForm({ caseId, referral: r, onRecorded, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ReferralOutStatus | null>(null);
  const { errors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zReferralOutStatusInput,
    send: (body) =>
      recordReferralOutStatus(r.id, body).catch((error: unknown) => {
        throw asStepConflict(error);
      }),
    onSuccess: (changed) => {
      referralOutChanged(queryClient, caseId, changed);
      onRecorded(changed);
    },
  });

  const controlId = `referral-out-step-${r.id}`;
  const fields: SummaryField[] = [{ path: 'status', controlId, label: t('referralsOut.step.label') }];

  return (
    <Form
      className="referral-out-step no-print"
      aria-label={t('referralsOut.step.formFor', { target: r.target.name })}
      validationBehavior="aria"
      onSubmit={(event) => submit(event, { version: r.version, status: status ?? undefined })}
    >
      <ErrorSummary
        errors={errors}
        fields={fields}
        focusKey={attempt}
        action={errors.general === 'stale_version' ? <ReloadButton onReload={onReload} /> : undefined}
      />
      <div className="referral-out-step-row">
        <SelectInput
          id={controlId}
          label={t('referralsOut.step.label')}
          description={t('referralsOut.step.hint')}
          placeholder={t('form.choose')}
          value={status}
          onChange={(value) => {
            setStatus(value);
            clearFieldErrors(['status']);
          }}
          options={nextReferralOutStatuses(r.status).map((s) => ({
            value: s,
            label: t(`enums.referralOutStatus.${s}`),
          }))}
          error={fieldError('status')}
        />
        <PendingButton
          type="submit"
          className="button button-secondary"
          pending={isPending}
          aria-label={t('referralsOut.step.submitFor', { target: r.target.name })}
        >
          {t('referralsOut.step.submit')}
        </PendingButton>
      </div>
    </Form>
  );
}
