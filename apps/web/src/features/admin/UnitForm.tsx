import { useQueryClient } from '@tanstack/react-query';
import {
  type AdminOrganisation,
  type AdminUnit,
  registerOfDomain,
  serviceDomains,
  serviceTypes,
  type UnitInput,
  zUnitInput,
} from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { addUnit, changeUnit, refreshStructure } from '../../api/admin';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { CheckboxGroupInput, RadioGroupInput, SelectInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { RecordFormTrigger } from './RecordFormTrigger';
import { countyOf, type UnitDraft, type UnitField, unitBody, unitDraftOf } from './structure-draft';
import { useRecordForm } from './useRecordForm';

interface Props {
  /** The unit to change; null to add a new one. */
  unit: AdminUnit | null;
  organisations: readonly AdminOrganisation[];
  onSaved: (saved: AdminUnit) => void;
  /** Reads the list again and gives this unit as it is now. */
  onReload: (id: string) => Promise<AdminUnit | undefined>;
}

/** Adding a unit to an organisation, or changing one over the version the admin saw. */
export function UnitForm({ unit, organisations, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const defaultOrganisation = countyOf(organisations)?.id ?? null;
  const form = useRecordForm(unit, (u) => unitDraftOf(u, defaultOrganisation));
  const { draft, setDraft } = form;
  const idPrefix = unit ? `unit-${unit.id}` : 'unit-new';
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zUnitInput,
    send: (input: UnitInput) =>
      unit ? changeUnit(unit.id, { version: form.base, unit: input }) : addUnit(input),
    errorPrefix: 'unit',
    onSuccess: (saved) => {
      void refreshStructure(queryClient);
      form.setOpen(false);
      onSaved(saved);
    },
  });

  const reload = async () => {
    if (!unit) return;
    const latest = await onReload(unit.id);
    if (!latest) {
      form.setOpen(false);
      return;
    }
    form.applyLatest(latest);
    setErrors(noErrors);
  };

  const change = (values: Partial<UnitDraft>, field: UnitField) => {
    setDraft((d) => ({ ...d, ...values }));
    clearFieldErrors([field]);
  };

  const label: Record<UnitField, string> = {
    organisationId: t('admin.units.form.organisation'),
    name: t('admin.units.form.name'),
    serviceDomain: t('admin.units.form.serviceDomain'),
    serviceTypes: t('admin.units.form.serviceTypes'),
    emergencyPhone: t('admin.units.form.emergencyPhone'),
  };
  const order: UnitField[] = ['organisationId', 'name', 'serviceDomain', 'serviceTypes', 'emergencyPhone'];
  const fields: SummaryField[] = order.map((path) => ({
    path,
    controlId: `${idPrefix}-${path}`,
    label: label[path],
  }));

  return (
    <FormDialog
      trigger={
        <RecordFormTrigger
          editFor={unit ? t('admin.units.editFor', { name: unit.name }) : null}
          add={t('admin.units.add')}
        />
      }
      isOpen={form.isOpen}
      onOpenChange={(open) => form.openChange(open, () => setErrors(noErrors))}
      pending={isPending}
      wide
      title={unit ? t('admin.units.form.editTitle', { name: unit.name }) : t('admin.units.form.addTitle')}
      header={
        <>
          <p>{t('admin.units.form.intro')}</p>
          <StatusMessage>{form.reloaded ? t('form.reloaded') : null}</StatusMessage>
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            action={
              unit && errors.general === 'stale_version' ? <ReloadButton onReload={reload} /> : undefined
            }
          />
        </>
      }
      onSubmit={(e) => submit(e, unitBody(draft))}
      submitText={unit ? t('form.save') : t('admin.units.form.addSubmit')}
    >
      <SelectInput
        id={`${idPrefix}-organisationId`}
        label={label.organisationId}
        description={unit ? t('admin.units.form.fixedOnceUsed') : undefined}
        value={draft.organisationId}
        onChange={(organisationId) => change({ organisationId }, 'organisationId')}
        options={organisations.map((o) => ({
          value: o.id,
          label: o.name,
          detail: t(`admin.organisationKind.${o.kind}`),
        }))}
        placeholder={t('form.choose')}
        error={fieldError('organisationId')}
        isRequired
      />
      <TextInput
        id={`${idPrefix}-name`}
        label={label.name}
        value={draft.name}
        onChange={(name) => change({ name }, 'name')}
        maxLength={160}
        autoComplete="off"
        error={fieldError('name')}
        isRequired
      />
      <RadioGroupInput
        id={`${idPrefix}-serviceDomain`}
        label={label.serviceDomain}
        description={t('admin.units.form.serviceDomainHint')}
        value={draft.serviceDomain}
        onChange={(serviceDomain) => change({ serviceDomain }, 'serviceDomain')}
        options={serviceDomains.map((d) => {
          const r = registerOfDomain(d);
          return {
            value: d,
            label: t(`enums.serviceDomain.${d}`),
            detail: r ? t(`enums.register.${r}`) : t('admin.units.noRegister'),
          };
        })}
        error={fieldError('serviceDomain')}
        isRequired
      />
      <CheckboxGroupInput
        id={`${idPrefix}-serviceTypes`}
        label={label.serviceTypes}
        description={t('admin.units.form.serviceTypesHint')}
        value={draft.serviceTypes}
        onChange={(picked) => change({ serviceTypes: picked }, 'serviceTypes')}
        options={serviceTypes.map((s) => ({ value: s, label: t(`enums.serviceType.${s}`) }))}
        error={fieldError('serviceTypes')}
      />
      <TextInput
        id={`${idPrefix}-emergencyPhone`}
        label={label.emergencyPhone}
        description={t('admin.units.form.emergencyPhoneHint')}
        value={draft.emergencyPhone}
        onChange={(emergencyPhone) => change({ emergencyPhone }, 'emergencyPhone')}
        type="tel"
        inputMode="tel"
        maxLength={40}
        size="medium"
        autoComplete="off"
        error={fieldError('emergencyPhone')}
      />
    </FormDialog>
  );
}
