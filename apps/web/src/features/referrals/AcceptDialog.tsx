import { useQueryClient } from '@tanstack/react-query';
import { type ReferralView, type ServiceType, serviceTypes, zReferralAccept } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCaseFormOptions } from '../../api/cases';
import { acceptReferral, referralDecided } from '../../api/referrals';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { SelectInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { fullName } from '../../components/names';
import { Loading } from '../../components/QueryState';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { useUser } from '../session/user-context';
import type { ChosenPerson } from './DuplicateCheck';
import { isDecidedElsewhere } from './referral-conflict';

interface Props {
  referral: ReferralView;
  person: ChosenPerson;
  onDecided: (view: ReferralView) => void;
  /** Reads the referral again, after someone else triaged or changed it first. */
  onReload: () => Promise<unknown>;
}

interface Values {
  serviceType: ServiceType | null;
  responsibleWorkerId: string | null;
  pairWorkerId: string | null;
}

const empty: Values = { serviceType: null, responsibleWorkerId: null, pairWorkerId: null };

/**
 * Accepting the referral into the waiting list: a case opens in its referral phase, dated on the day
 * the referral came, so the statutory clocks run from then. The responsible worker is of this unit.
 */
export function AcceptDialog({ referral, person, onDecided, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const user = useUser();
  const options = useCaseFormOptions();
  const [isOpen, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(empty);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zReferralAccept,
    send: (body) => acceptReferral(referral.id, body),
    onSuccess: (view) => {
      referralDecided(queryClient, view);
      setOpen(false);
      onDecided(view);
    },
  });

  const unit = options.data?.units.find((u) => u.id === referral.targetUnit.id);
  const workers = unit?.workers ?? [];
  // The worker who triages usually takes the child on: they are offered first, and can choose another.
  const responsible = values.responsibleWorkerId ?? (workers.some((w) => w.id === user.id) ? user.id : null);

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setValues(empty);
      setErrors(noErrors);
    }
  };
  const change = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    clearFieldErrors(Object.keys(patch));
  };
  const reload = async () => {
    await onReload();
    setOpen(false);
  };

  const fields: SummaryField[] = [
    { path: 'serviceType', controlId: 'accept-serviceType', label: t('referrals.accept.serviceType') },
    {
      path: 'responsibleWorkerId',
      controlId: 'accept-responsibleWorkerId',
      label: t('cases.create.responsibleWorker'),
    },
    { path: 'pairWorkerId', controlId: 'accept-pairWorkerId', label: t('cases.create.pairWorker') },
  ];

  return (
    <FormDialog
      trigger={<Button className="button button-primary">{t('referrals.accept.open')}</Button>}
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      title={t('referrals.accept.title')}
      header={
        <>
          <p>{t('referrals.accept.intro', { name: fullName(person), unit: referral.targetUnit.name })}</p>
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
          personId: person.id,
          serviceType: values.serviceType ?? undefined,
          responsibleWorkerId: responsible ?? undefined,
          pairWorkerId: values.pairWorkerId,
        })
      }
      submitText={t('referrals.accept.submit')}
    >
      {options.isPending ? (
        <Loading />
      ) : (
        <>
          <SelectInput
            id="accept-serviceType"
            label={t('referrals.accept.serviceType')}
            placeholder={t('form.choose')}
            value={values.serviceType}
            onChange={(serviceType) => change({ serviceType })}
            options={serviceTypes.map((s) => ({ value: s, label: t(`enums.serviceType.${s}`) }))}
            error={fieldError('serviceType')}
            isRequired
          />
          <SelectInput
            id="accept-responsibleWorkerId"
            label={t('cases.create.responsibleWorker')}
            description={t('referrals.accept.responsibleHint', { unit: referral.targetUnit.name })}
            placeholder={t('form.choose')}
            value={responsible}
            onChange={(responsibleWorkerId) =>
              change({
                responsibleWorkerId,
                pairWorkerId: values.pairWorkerId === responsibleWorkerId ? null : values.pairWorkerId,
              })
            }
            options={workers.map((w) => ({ value: w.id, label: w.displayName, detail: w.title }))}
            error={fieldError('responsibleWorkerId')}
            isRequired
          />
          <SelectInput
            id="accept-pairWorkerId"
            label={t('cases.create.pairWorker')}
            description={t('cases.create.pairWorkerHint')}
            placeholder={t('form.choose')}
            noneLabel={t('cases.create.noPairWorker')}
            value={values.pairWorkerId}
            onChange={(pairWorkerId) => change({ pairWorkerId })}
            options={(options.data?.pairWorkers ?? [])
              .filter((w) => w.id !== responsible)
              .map((w) => ({ value: w.id, label: w.displayName, detail: `${w.title}, ${w.unitName}` }))}
            error={fieldError('pairWorkerId')}
          />
        </>
      )}
    </FormDialog>
  );
}
