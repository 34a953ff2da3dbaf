import { useQueryClient } from '@tanstack/react-query';
import { type ReferralOut, referralUrgencies } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useReferralTargets } from '../../api/referrals';
import { referralOutChanged, sendReferralOut } from '../../api/referrals-out';
import { useServiceDirectory } from '../../api/resources';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { CheckboxInput, RadioGroupInput, SelectInput, TextAreaInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import {
  checkReferralOut,
  draftOfReferralOut,
  emptyReferralOut,
  type ReferralOutValues,
} from './referral-out-draft';

interface Props {
  caseId: string;
  /** The case's own unit: a referral elsewhere does not go back to it. */
  ownUnitId: string;
  /** The case is of one person: only then has a Verkosto unit's referral a child to name. */
  personal: boolean;
  onSent: (sent: ReferralOut) => void;
}

const targetPaths = ['serviceId', 'targetUnitId'];

/**
 * Referring the client elsewhere: to a service of the county's directory, whose steps the worker then
 * records, or to another Verkosto unit, where it arrives in the unit's inbox and follows its triage.
 */
export function ReferralOutDialog({ caseId, ownUnitId, personal, onSent }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [values, setValues] = useState<ReferralOutValues>(emptyReferralOut);
  // Asked once the dialog opens: the case page has many panels, and these lists are needed only here.
  const directory = useServiceDirectory(isOpen && values.kind === 'service');
  const targets = useReferralTargets(isOpen && values.kind === 'unit');
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: checkReferralOut,
    send: (body) => sendReferralOut(caseId, body),
    onSuccess: (sent) => {
      referralOutChanged(queryClient, caseId, sent);
      setOpen(false);
      onSent(sent);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setValues(emptyReferralOut);
      setErrors(noErrors);
    }
  };
  const change = (patch: Partial<ReferralOutValues>, paths: readonly string[]) => {
    setValues((v) => ({ ...v, ...patch }));
    clearFieldErrors(paths);
  };

  // The schema names `serviceId` when no target is chosen, the server `targetUnitId` when a unit will
  // not do: either way the error goes on the select shown.
  const targetControl = values.kind === 'unit' ? 'referral-out-unit' : 'referral-out-service';
  const targetLabel = values.kind === 'unit' ? t('referralsOut.send.unit') : t('referralsOut.send.service');
  // The field code says "choose a person or a family", which is the case form's wording; here the
  // worker needs to hear why a unit will not do and what to do instead.
  const fieldText = (path: string) =>
    errors.fields[path] === 'subject_required' ? t('referralsOut.send.noChild') : fieldError(path);
  const targetError = fieldText('serviceId') ?? fieldText('targetUnitId');
  const fields: SummaryField[] = [
    { path: 'serviceId', controlId: targetControl, label: targetLabel },
    { path: 'targetUnitId', controlId: targetControl, label: targetLabel },
    { path: 'reason', controlId: 'referral-out-reason', label: t('referralsOut.send.reason') },
    { path: 'urgency', controlId: 'referral-out-urgency', label: t('referrals.field.urgency') },
    { path: 'contactConsent', controlId: 'referral-out-consent', label: t('referralsOut.send.consent') },
  ];
  const units = (targets.data?.units ?? []).filter((u) => u.id !== ownUnitId);

  return (
    <FormDialog
      trigger={
        <Button className="button button-primary">
          <Icon name="arrowRight" />
          {t('referralsOut.send.open')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={t('referralsOut.send.title')}
      header={
        <>
          <p>{t('referralsOut.send.intro')}</p>
          <ErrorSummary errors={errors} fields={fields} focusKey={attempt} fieldText={fieldText} />
        </>
      }
      onSubmit={(event) => submit(event, draftOfReferralOut(values))}
      submitText={t('referralsOut.send.submit')}
    >
      {personal ? (
        <RadioGroupInput
          id="referral-out-kind"
          label={t('referralsOut.send.kind')}
          value={values.kind}
          onChange={(kind) => change({ kind }, targetPaths)}
          options={[
            {
              value: 'service',
              label: t('referralsOut.send.toService'),
              detail: t('referralsOut.send.toServiceHint'),
            },
            {
              value: 'unit',
              label: t('referralsOut.send.toUnit'),
              detail: t('referralsOut.send.toUnitHint'),
            },
          ]}
        />
      ) : (
        // A family's case has no one child whose details a unit's referral would carry: said, not offered.
        <p className="muted">{t('referralsOut.send.noChild')}</p>
      )}
      {values.kind === 'unit' ? (
        <SelectInput
          id="referral-out-unit"
          label={t('referralsOut.send.unit')}
          placeholder={t('form.choose')}
          value={values.unitId}
          onChange={(unitId) => change({ unitId }, targetPaths)}
          options={units.map((u) => ({ value: u.id, label: u.name, detail: u.organisation }))}
          error={targetError}
          isRequired
        />
      ) : (
        <SelectInput
          id="referral-out-service"
          label={t('referralsOut.send.service')}
          placeholder={t('form.choose')}
          value={values.serviceId}
          onChange={(serviceId) => change({ serviceId }, targetPaths)}
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
        id="referral-out-reason"
        label={t('referralsOut.send.reason')}
        description={t('referralsOut.send.reasonHint')}
        value={values.reason}
        onChange={(reason) => change({ reason }, ['reason'])}
        error={fieldError('reason')}
        maxLength={4000}
        rows={4}
        isRequired
      />
      <RadioGroupInput
        id="referral-out-urgency"
        label={t('referrals.field.urgency')}
        value={values.urgency}
        onChange={(urgency) => change({ urgency }, ['urgency'])}
        options={referralUrgencies.map((u) => ({ value: u, label: t(`enums.referralUrgency.${u}`) }))}
        error={fieldError('urgency')}
        isRequired
      />
      <div className="field">
        <p id="referral-out-consent-hint" className="field-description">
          {t('referralsOut.send.consentHint')}
        </p>
        <CheckboxInput
          id="referral-out-consent"
          label={t('referralsOut.send.consent')}
          isSelected={values.contactConsent}
          onChange={(contactConsent) => change({ contactConsent }, ['contactConsent'])}
          error={fieldError('contactConsent')}
          describedBy="referral-out-consent-hint"
        />
      </div>
    </FormDialog>
  );
}
