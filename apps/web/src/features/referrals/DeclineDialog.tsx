import { useQueryClient } from '@tanstack/react-query';
import { type ReferralView, zReferralDecline } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { declineReferral, referralDecided } from '../../api/referrals';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { TextAreaInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { isDecidedElsewhere } from './referral-conflict';

interface Props {
  referral: ReferralView;
  onDecided: (view: ReferralView) => void;
  onReload: () => Promise<unknown>;
}

/** Not taking the referral in, with the reason the sender will read. */
export function DeclineDialog({ referral, onDecided, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zReferralDecline,
    send: (body) => declineReferral(referral.id, body),
    onSuccess: (view) => {
      referralDecided(queryClient, view);
      setOpen(false);
      onDecided(view);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setReason('');
      setErrors(noErrors);
    }
  };
  const reload = async () => {
    await onReload();
    setOpen(false);
  };
  const fields: SummaryField[] = [
    { path: 'reason', controlId: 'decline-reason', label: t('referrals.decline.reason') },
  ];

  return (
    <FormDialog
      trigger={<Button className="button button-secondary">{t('referrals.decline.open')}</Button>}
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      title={t('referrals.decline.title')}
      header={
        <>
          <p>{t('referrals.decline.intro')}</p>
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            action={isDecidedElsewhere(errors.general) ? <ReloadButton onReload={reload} /> : undefined}
          />
        </>
      }
      onSubmit={(event) => submit(event, { version: referral.version, reason })}
      submitText={t('referrals.decline.submit')}
    >
      <TextAreaInput
        id="decline-reason"
        label={t('referrals.decline.reason')}
        description={t('referrals.decline.reasonHint')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          clearFieldErrors(['reason']);
        }}
        error={fieldError('reason')}
        maxLength={2000}
        rows={4}
        isRequired
      />
    </FormDialog>
  );
}
