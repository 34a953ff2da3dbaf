import { useQueryClient } from '@tanstack/react-query';
import type { CaseFormOptions } from '@verkosto/domain';
import { registerOfDomain, serviceTypes, zCaseInput } from '@verkosto/domain';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { caseKey, createCase, useCaseFormOptions } from '../../api/cases';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { SelectInput, TextInput } from '../../components/fields';
import { QueryGate } from '../../components/QueryState';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { usePageTitle } from '../../components/usePageTitle';
import { ClientWorkOnly } from '../session/ClientWorkOnly';
import { handlesClients, useUser } from '../session/user-context';
import { CaseSubjectFields } from './CaseSubjectFields';
import { type CaseFormValues, defaultWorker, draftFromValues, initialValues } from './case-form-values';

export function CaseCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.create.title'));
  const user = useUser();
  const options = useCaseFormOptions();
  const [params] = useSearchParams();

  if (!handlesClients(user)) {
    return <ClientWorkOnly title={t('cases.create.title')} />;
  }

  return (
    <div className="page-form">
      <h1>{t('cases.create.title')}</h1>
      <p className="lead">{t('cases.create.intro')}</p>
      <QueryGate query={options}>
        {(data) => (
          <CaseForm
            options={data}
            userId={user.id}
            personId={params.get('personId')}
            familyId={params.get('familyId')}
          />
        )}
      </QueryGate>
    </div>
  );
}

interface FormProps {
  options: CaseFormOptions;
  userId: string;
  personId: string | null;
  familyId: string | null;
}

function CaseForm({ options, userId, personId, familyId }: FormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<CaseFormValues>(() =>
    initialValues(options, userId, personId, familyId),
  );
  const { errors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zCaseInput,
    send: (input) => createCase(input),
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKey(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: ['cases', 'mine'] });
      void queryClient.invalidateQueries({ queryKey: ['persons'] });
      void queryClient.invalidateQueries({ queryKey: ['families'] });
      void navigate(`/cases/${detail.id}`, { state: { created: true } });
    },
  });
  const change = (patch: Partial<CaseFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    // Choosing a family also answers "choose a person or a family".
    const paths = 'familyId' in patch ? [...Object.keys(patch), 'personId'] : Object.keys(patch);
    clearFieldErrors(paths);
  };

  const unit = options.units.find((u) => u.id === values.unitId);
  const register = unit ? registerOfDomain(unit.serviceDomain) : null;
  const unitHint = unit
    ? register
      ? t('cases.create.unitRegister', { register: t(`enums.register.${register}`) })
      : t('cases.create.unitNoRegister')
    : t('cases.create.unitHint');

  const fields: SummaryField[] = [
    { path: 'personId', controlId: 'case-subject', label: t('cases.create.subject') },
    { path: 'familyId', controlId: 'case-familyId', label: t('cases.create.family') },
    { path: 'unitId', controlId: 'case-unitId', label: t('cases.create.unit') },
    {
      path: 'responsibleWorkerId',
      controlId: 'case-responsibleWorkerId',
      label: t('cases.create.responsibleWorker'),
    },
    { path: 'pairWorkerId', controlId: 'case-pairWorkerId', label: t('cases.create.pairWorker') },
    { path: 'serviceType', controlId: 'case-serviceType', label: t('cases.create.serviceType') },
    { path: 'purchaserOrganisationId', controlId: 'case-purchaser', label: t('cases.create.purchaser') },
    { path: 'openedOn', controlId: 'case-openedOn', label: t('cases.create.openedOn') },
  ];

  return (
    <>
      <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
      <Form
        onSubmit={(event) => submit(event, draftFromValues(values))}
        validationBehavior="aria"
        className="form"
        aria-label={t('cases.create.formLabel')}
      >
        <CaseSubjectFields
          personId={values.personId}
          familyId={values.familyId}
          onChange={(patch) => change(patch)}
          error={fieldError}
        />

        <fieldset className="fieldset">
          <legend>{t('cases.create.serviceSection')}</legend>
          <SelectInput
            id="case-unitId"
            label={t('cases.create.unit')}
            description={unitHint}
            placeholder={t('form.choose')}
            value={values.unitId}
            onChange={(unitId) => {
              // Keep the chosen worker if they work in the new unit too.
              const next = options.units.find((u) => u.id === unitId);
              const keep = next?.workers.some((w) => w.id === values.responsibleWorkerId);
              change({
                unitId,
                responsibleWorkerId: keep
                  ? values.responsibleWorkerId
                  : defaultWorker(options, unitId, userId),
              });
            }}
            options={options.units.map((u) => ({
              value: u.id,
              label: u.name,
              detail: t(`enums.serviceDomain.${u.serviceDomain}`),
            }))}
            error={fieldError('unitId')}
            isRequired
          />
          <SelectInput
            id="case-serviceType"
            label={t('cases.create.serviceType')}
            placeholder={t('form.choose')}
            value={values.serviceType}
            onChange={(serviceType) => change({ serviceType })}
            options={serviceTypes.map((s) => ({ value: s, label: t(`enums.serviceType.${s}`) }))}
            error={fieldError('serviceType')}
            isRequired
          />
          <SelectInput
            id="case-purchaser"
            label={t('cases.create.purchaser')}
            description={t('cases.create.purchaserHint')}
            placeholder={t('form.choose')}
            noneLabel={t('cases.create.noPurchaser')}
            value={values.purchaserOrganisationId}
            onChange={(purchaserOrganisationId) => change({ purchaserOrganisationId })}
            options={options.purchasers.map((p) => ({ value: p.id, label: p.name }))}
            error={fieldError('purchaserOrganisationId')}
          />
          <TextInput
            id="case-openedOn"
            type="date"
            label={t('cases.create.openedOn')}
            description={t('cases.create.openedOnHint')}
            value={values.openedOn}
            onChange={(openedOn) => change({ openedOn })}
            error={fieldError('openedOn')}
            size="short"
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('cases.create.workersSection')}</legend>
          <SelectInput
            id="case-responsibleWorkerId"
            label={t('cases.create.responsibleWorker')}
            description={unit ? t('cases.create.responsibleWorkerHint') : t('cases.create.chooseUnitFirst')}
            placeholder={t('form.choose')}
            value={values.responsibleWorkerId}
            onChange={(responsibleWorkerId) =>
              change({
                responsibleWorkerId,
                pairWorkerId: values.pairWorkerId === responsibleWorkerId ? null : values.pairWorkerId,
              })
            }
            options={(unit?.workers ?? []).map((w) => ({
              value: w.id,
              label: w.displayName,
              detail: w.title,
            }))}
            error={fieldError('responsibleWorkerId')}
            isRequired
            isDisabled={!unit}
          />
          <SelectInput
            id="case-pairWorkerId"
            label={t('cases.create.pairWorker')}
            description={t('cases.create.pairWorkerHint')}
            placeholder={t('form.choose')}
            noneLabel={t('cases.create.noPairWorker')}
            value={values.pairWorkerId}
            onChange={(pairWorkerId) => change({ pairWorkerId })}
            options={options.pairWorkers
              .filter((w) => w.id !== values.responsibleWorkerId)
              .map((w) => ({ value: w.id, label: w.displayName, detail: `${w.title}, ${w.unitName}` }))}
            error={fieldError('pairWorkerId')}
          />
        </fieldset>

        <SubmitOrCancel
          pending={isPending}
          submitText={t('cases.create.submit')}
          cancelTo={personId ? `/persons/${personId}` : '/cases'}
        />
      </Form>
    </>
  );
}
