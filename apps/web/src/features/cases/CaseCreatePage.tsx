import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseFormOptions } from '@verkosto/domain';
import { registerOfDomain, serviceTypes, zCaseInput } from '@verkosto/domain';
import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { caseKey, createCase, useCaseFormOptions } from '../../api/cases';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { SelectInput, TextInput } from '../../components/fields';
import {
  type FormErrors,
  fromApiError,
  fromIssues,
  noErrors,
  withoutFields,
} from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';
import { QueryGate } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
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
    return (
      <section className="page-narrow">
        <h1>{t('cases.create.title')}</h1>
        <div className="notice notice-info">
          <Icon name="info" />
          <p>{t('cases.mine.adminNotice')}</p>
        </div>
      </section>
    );
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
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const change = (patch: Partial<CaseFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    // Choosing a family also answers "choose a person or a family".
    const paths = 'familyId' in patch ? [...Object.keys(patch), 'personId'] : Object.keys(patch);
    setErrors((e) => withoutFields(e, paths));
  };

  const mutation = useMutation({
    mutationFn: createCase,
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKey(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: ['cases', 'mine'] });
      void queryClient.invalidateQueries({ queryKey: ['persons'] });
      void queryClient.invalidateQueries({ queryKey: ['families'] });
      void navigate(`/cases/${detail.id}`, { state: { created: true } });
    },
    onError: (error) => {
      setErrors(fromApiError(error));
      setAttempt((n) => n + 1);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const draft = draftFromValues(values);
    const parsed = zCaseInput.safeParse(draft);
    if (!parsed.success) {
      setErrors(fromIssues(parsed.error.issues, draft));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors(noErrors);
    mutation.mutate(parsed.data);
  };

  const error = (path: string) => {
    const code = errors.fields[path];
    return code ? t(`errors.field.${code}`) : undefined;
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
        onSubmit={submit}
        validationBehavior="aria"
        className="form"
        aria-label={t('cases.create.formLabel')}
      >
        <CaseSubjectFields
          personId={values.personId}
          familyId={values.familyId}
          onChange={(patch) => change(patch)}
          error={error}
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
            error={error('unitId')}
            isRequired
          />
          <SelectInput
            id="case-serviceType"
            label={t('cases.create.serviceType')}
            placeholder={t('form.choose')}
            value={values.serviceType}
            onChange={(serviceType) => change({ serviceType })}
            options={serviceTypes.map((s) => ({ value: s, label: t(`enums.serviceType.${s}`) }))}
            error={error('serviceType')}
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
            error={error('purchaserOrganisationId')}
          />
          <TextInput
            id="case-openedOn"
            type="date"
            label={t('cases.create.openedOn')}
            description={t('cases.create.openedOnHint')}
            value={values.openedOn}
            onChange={(openedOn) => change({ openedOn })}
            error={error('openedOn')}
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
            error={error('responsibleWorkerId')}
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
            error={error('pairWorkerId')}
          />
        </fieldset>

        <div className="form-actions">
          <PendingButton type="submit" className="button button-primary" pending={mutation.isPending}>
            {t('cases.create.submit')}
          </PendingButton>
          <Link to={personId ? `/persons/${personId}` : '/cases'} className="button button-secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </Form>
    </>
  );
}
