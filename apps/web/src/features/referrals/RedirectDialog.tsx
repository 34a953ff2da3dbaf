import { useQueryClient } from '@tanstack/react-query';
import { type ReferralView, zReferralRedirect } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { redirectReferral, referralDecided, useReferralTargets } from '../../api/referrals';
import { useServiceDirectory } from '../../api/resources';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { RadioGroupInput, SelectInput, TextAreaInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { isDecidedElsewhere } from './referral-conflict';

type Kind = 'unit' | 'service';

interface Props {
  referral: ReferralView;
  onDecided: (view: ReferralView) => void;
  onReload: () => Promise<unknown>;
}

/**
 * Redirecting the referral: to another Verkosto unit, where it arrives in that unit's inbox, or to a
 * service of the county's directory, where it ends here. Either way the sender is told why.
 */
export function RedirectDialog({ referral, onDecided, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [kind, setKind] = useState<Kind>('unit');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  // Asked once the dialog opens: most referrals are accepted, and these lists are needed only here.
  const targets = useReferralTargets(isOpen);
  const directory = useServiceDirectory(isOpen && kind === 'service');
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zReferralRedirect,
    send: (body) => redirectReferral(referral.id, body),
    onSuccess: (view) => {
      referralDecided(queryClient, view);
      setOpen(false);
      onDecided(view);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setKind('unit');
      setUnitId(null);
      setServiceId(null);
      setMessage('');
      setErrors(noErrors);
    }
  };
  const reload = async () => {
    await onReload();
    setOpen(false);
  };

  // The shared schema names `toUnitId` when neither target is chosen: the error goes on the one shown.
  const targetControl = kind === 'unit' ? 'redirect-unit' : 'redirect-service';
  const targetLabel = kind === 'unit' ? t('referrals.redirect.unit') : t('referrals.redirect.service');
  const targetError = fieldError('toUnitId') ?? fieldError('toServiceId');
  const fields: SummaryField[] = [
    { path: 'toUnitId', controlId: targetControl, label: targetLabel },
    { path: 'toServiceId', controlId: targetControl, label: targetLabel },
    { path: 'messageToReferrer', controlId: 'redirect-message', label: t('referrals.redirect.message') },
  ];
  const units = (targets.data?.units ?? []).filter((u) => u.id !== referral.targetUnit.id);

  return (
    <FormDialog
      trigger={<Button className="button button-secondary">{t('referrals.redirect.open')}</Button>}
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={t('referrals.redirect.title')}
      header={
        <>
          <p>{t('referrals.redirect.intro')}</p>
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            action={isDecidedElsewhere(errors.general) ? <ReloadButton onReload={reload} /> : undefined}
          />
        </>
      }
      onSubmit={(event) =>
        submit(event, {
          version: referral.version,
          toUnitId: kind === 'unit' ? unitId : null,
          toServiceId: kind === 'service' ? serviceId : null,
          messageToReferrer: message,
        })
      }
      submitText={t('referrals.redirect.submit')}
    >
      <RadioGroupInput
        id="redirect-kind"
        label={t('referrals.redirect.kind')}
        value={kind}
        onChange={(next) => {
          setKind(next);
          clearFieldErrors(['toUnitId', 'toServiceId']);
        }}
        options={[
          {
            value: 'unit',
            label: t('referrals.redirect.toUnit'),
            detail: t('referrals.redirect.toUnitHint'),
          },
          {
            value: 'service',
            label: t('referrals.redirect.toService'),
            detail: t('referrals.redirect.toServiceHint'),
          },
        ]}
      />
      {kind === 'unit' ? (
        <SelectInput
          id="redirect-unit"
          label={t('referrals.redirect.unit')}
          placeholder={t('form.choose')}
          value={unitId}
          onChange={(value) => {
            setUnitId(value);
            clearFieldErrors(['toUnitId', 'toServiceId']);
          }}
          options={units.map((u) => ({ value: u.id, label: u.name, detail: u.organisation }))}
          error={targetError}
          isRequired
        />
      ) : (
        <SelectInput
          id="redirect-service"
          label={t('referrals.redirect.service')}
          placeholder={t('form.choose')}
          value={serviceId}
          onChange={(value) => {
            setServiceId(value);
            clearFieldErrors(['toUnitId', 'toServiceId']);
          }}
          options={(directory.data?.services ?? []).map((s) => ({
            value: s.id,
            label: s.name,
            detail: `${s.kind} · ${s.contact}`,
          }))}
          error={targetError}
          isRequired
        />
      )}
      <TextAreaInput
        id="redirect-message"
        label={t('referrals.redirect.message')}
        description={t('referrals.redirect.messageHint')}
        value={message}
        onChange={(value) => {
          setMessage(value);
          clearFieldErrors(['messageToReferrer']);
        }}
        error={fieldError('messageToReferrer')}
        maxLength={2000}
        rows={4}
        isRequired
      />
    </FormDialog>
  );
}
