import { useQueryClient } from '@tanstack/react-query';
import { referralSources, referralUrgencies, zReferralInput } from '@verkosto/domain';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type ReferralTarget, sendReferral, sentReferralsKey, useReferralTargets } from '../../api/referrals';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import {
  CheckboxInput,
  RadioGroupInput,
  SelectInput,
  TextAreaInput,
  TextInput,
} from '../../components/fields';
import { QueryGate } from '../../components/QueryState';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { usePageTitle } from '../../components/usePageTitle';
import { ClientWorkOnly } from '../session/ClientWorkOnly';
import { handlesClients, useUser } from '../session/user-context';
import {
  draftFromValues,
  emptyReferral,
  type ReferralFormValues,
  type ReferralSentState,
} from './referral-draft';
import '../../styles/referrals.css';

/** A referral or contact to another unit about a child, who need not be registered in Verkosto yet. */
export function ReferralFormPage() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.send.title'));
  const works = handlesClients(useUser());
  const targets = useReferralTargets(works);
  if (!works) return <ClientWorkOnly title={t('referrals.send.title')} />;

  return (
    <div className="page-form">
      <div className="page-header">
        <div>
          <h1>{t('referrals.send.title')}</h1>
          <p className="lead">{t('referrals.send.intro')}</p>
        </div>
        <div className="page-actions">
          <Link to="/referrals/sent" className="button button-secondary">
            {t('referrals.sent.title')}
          </Link>
        </div>
      </div>
      <QueryGate query={targets}>{(data) => <ReferralForm targets={data.units} />}</QueryGate>
    </div>
  );
}

const id = (field: keyof ReferralFormValues) => `referral-${field}`;

function ReferralForm({ targets }: { targets: readonly ReferralTarget[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ReferralFormValues>(emptyReferral);
  const { errors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zReferralInput,
    send: (input) => sendReferral(input),
    onSuccess: (sent) => {
      void queryClient.invalidateQueries({ queryKey: sentReferralsKey });
      const state: ReferralSentState = { sentTo: sent.targetUnit };
      void navigate('/referrals/sent', { state });
    },
  });
  const change = (patch: Partial<ReferralFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    clearFieldErrors(Object.keys(patch));
  };

  const label = (field: keyof ReferralFormValues) => t(`referrals.field.${field}`);
  const order: (keyof ReferralFormValues)[] = [
    'targetUnitId',
    'source',
    'childFirstNames',
    'childLastName',
    'childDateOfBirth',
    'guardianName',
    'guardianPhone',
    'reason',
    'urgency',
    'contactConsent',
  ];
  const fields: SummaryField[] = order.map((f) => ({ path: f, controlId: id(f), label: label(f) }));
  const consentError = fieldError('contactConsent');

  return (
    <>
      <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
      <Form
        onSubmit={(event) => submit(event, draftFromValues(values))}
        validationBehavior="aria"
        className="form"
        aria-label={t('referrals.send.formLabel')}
      >
        <fieldset className="fieldset">
          <legend>{t('referrals.send.toSection')}</legend>
          <SelectInput
            id={id('targetUnitId')}
            label={label('targetUnitId')}
            placeholder={t('form.choose')}
            value={values.targetUnitId}
            onChange={(targetUnitId) => change({ targetUnitId })}
            options={targets.map((u) => ({ value: u.id, label: u.name, detail: u.organisation }))}
            error={fieldError('targetUnitId')}
            isRequired
          />
          <SelectInput
            id={id('source')}
            label={label('source')}
            description={t('referrals.send.sourceHint')}
            placeholder={t('form.choose')}
            value={values.source}
            onChange={(source) => change({ source })}
            options={referralSources.map((s) => ({ value: s, label: t(`enums.referralSource.${s}`) }))}
            error={fieldError('source')}
            isRequired
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('referrals.send.childSection')}</legend>
          <div className="field-row">
            <TextInput
              id={id('childFirstNames')}
              label={label('childFirstNames')}
              value={values.childFirstNames}
              onChange={(childFirstNames) => change({ childFirstNames })}
              error={fieldError('childFirstNames')}
              isRequired
              autoComplete="off"
              spellCheck={false}
              maxLength={100}
              size="medium"
            />
            <TextInput
              id={id('childLastName')}
              label={label('childLastName')}
              value={values.childLastName}
              onChange={(childLastName) => change({ childLastName })}
              error={fieldError('childLastName')}
              isRequired
              autoComplete="off"
              spellCheck={false}
              maxLength={100}
              size="medium"
            />
          </div>
          <TextInput
            id={id('childDateOfBirth')}
            type="date"
            label={label('childDateOfBirth')}
            value={values.childDateOfBirth}
            onChange={(childDateOfBirth) => change({ childDateOfBirth })}
            error={fieldError('childDateOfBirth')}
            isRequired
            size="short"
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('referrals.send.guardianSection')}</legend>
          <div className="field-row">
            <TextInput
              id={id('guardianName')}
              label={label('guardianName')}
              value={values.guardianName}
              onChange={(guardianName) => change({ guardianName })}
              error={fieldError('guardianName')}
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              size="medium"
            />
            <TextInput
              id={id('guardianPhone')}
              type="tel"
              label={label('guardianPhone')}
              value={values.guardianPhone}
              onChange={(guardianPhone) => change({ guardianPhone })}
              error={fieldError('guardianPhone')}
              autoComplete="off"
              maxLength={30}
              size="medium"
            />
          </div>
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('referrals.send.reasonSection')}</legend>
          <TextAreaInput
            id={id('reason')}
            label={label('reason')}
            description={t('referrals.send.reasonHint')}
            value={values.reason}
            onChange={(reason) => change({ reason })}
            error={fieldError('reason')}
            maxLength={4000}
            rows={6}
            isRequired
          />
          <RadioGroupInput
            id={id('urgency')}
            label={label('urgency')}
            value={values.urgency}
            onChange={(urgency) => change({ urgency })}
            options={referralUrgencies.map((u) => ({
              value: u,
              label: t(`enums.referralUrgency.${u}`),
              detail: t(`referrals.send.urgencyHint.${u}`),
            }))}
            error={fieldError('urgency')}
            isRequired
          />
          <div className="field">
            <p id="referral-consent-hint" className="field-description">
              {t('referrals.send.consentHint')}
            </p>
            <CheckboxInput
              id={id('contactConsent')}
              label={label('contactConsent')}
              isSelected={values.contactConsent}
              onChange={(contactConsent) => change({ contactConsent })}
              error={consentError}
              describedBy="referral-consent-hint"
            />
          </div>
        </fieldset>

        <SubmitOrCancel
          pending={isPending}
          submitText={t('referrals.send.submit')}
          cancelTo="/referrals/sent"
        />
      </Form>
    </>
  );
}
