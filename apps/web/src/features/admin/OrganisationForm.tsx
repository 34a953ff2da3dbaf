import { useQueryClient } from '@tanstack/react-query';
import {
  type AdminOrganisation,
  type OrganisationInput,
  organisationKinds,
  zOrganisationInput,
} from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { addOrganisation, changeOrganisation, refreshStructure } from '../../api/admin';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { RadioGroupInput, SelectInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { RecordFormTrigger } from './RecordFormTrigger';
import {
  countyOf,
  type OrganisationField,
  organisationBody,
  organisationDraftOf,
  parentChoices,
} from './structure-draft';
import { useRecordForm } from './useRecordForm';

interface Props {
  /** The organisation to change; null to add a new one. */
  organisation: AdminOrganisation | null;
  /** All organisations, for the choice of parent. */
  organisations: readonly AdminOrganisation[];
  onSaved: (saved: AdminOrganisation) => void;
  /** Reads the list again and gives this organisation as it is now. */
  onReload: (id: string) => Promise<AdminOrganisation | undefined>;
}

/** Adding an organisation to the county's structure, or changing one over the version the admin saw. */
export function OrganisationForm({ organisation, organisations, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const defaultParent = countyOf(organisations)?.id ?? null;
  const form = useRecordForm(organisation, (o) => organisationDraftOf(o, defaultParent));
  const { draft, setDraft } = form;
  const idPrefix = organisation ? `organisation-${organisation.id}` : 'organisation-new';
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zOrganisationInput,
    send: (input: OrganisationInput) =>
      organisation
        ? changeOrganisation(organisation.id, { version: form.base, organisation: input })
        : addOrganisation(input),
    errorPrefix: 'organisation',
    onSuccess: (saved) => {
      void refreshStructure(queryClient);
      form.setOpen(false);
      onSaved(saved);
    },
  });

  const reload = async () => {
    if (!organisation) return;
    const latest = await onReload(organisation.id);
    if (!latest) {
      form.setOpen(false);
      return;
    }
    form.applyLatest(latest);
    setErrors(noErrors);
  };

  const change = (values: Partial<typeof draft>, field: OrganisationField) => {
    setDraft((d) => ({ ...d, ...values }));
    clearFieldErrors([field]);
  };

  const label: Record<OrganisationField, string> = {
    name: t('admin.organisations.form.name'),
    kind: t('admin.organisations.form.kind'),
    parentId: t('admin.organisations.form.parent'),
  };
  const fields: SummaryField[] = (['name', 'kind', 'parentId'] as const).map((path) => ({
    path,
    controlId: `${idPrefix}-${path}`,
    label: label[path],
  }));
  const parents = parentChoices(organisations, organisation?.id ?? null).map((o) => ({
    value: o.id,
    label: o.name,
    detail: t(`admin.organisationKind.${o.kind}`),
  }));

  return (
    <FormDialog
      trigger={
        <RecordFormTrigger
          editFor={organisation ? t('admin.organisations.editFor', { name: organisation.name }) : null}
          add={t('admin.organisations.add')}
        />
      }
      isOpen={form.isOpen}
      onOpenChange={(open) => form.openChange(open, () => setErrors(noErrors))}
      pending={isPending}
      title={
        organisation
          ? t('admin.organisations.form.editTitle', { name: organisation.name })
          : t('admin.organisations.form.addTitle')
      }
      header={
        <>
          <p>{t('admin.organisations.form.intro')}</p>
          <StatusMessage>{form.reloaded ? t('form.reloaded') : null}</StatusMessage>
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            action={
              organisation && errors.general === 'stale_version' ? (
                <ReloadButton onReload={reload} />
              ) : undefined
            }
          />
        </>
      }
      onSubmit={(e) => submit(e, organisationBody(draft))}
      submitText={organisation ? t('form.save') : t('admin.organisations.form.addSubmit')}
    >
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
        id={`${idPrefix}-kind`}
        label={label.kind}
        value={draft.kind}
        onChange={(kind) => change({ kind }, 'kind')}
        options={organisationKinds.map((k) => ({ value: k, label: t(`admin.organisationKind.${k}`) }))}
        error={fieldError('kind')}
        isRequired
      />
      <SelectInput
        id={`${idPrefix}-parentId`}
        label={label.parentId}
        description={t('admin.organisations.form.parentHint')}
        value={draft.parentId}
        onChange={(parentId) => change({ parentId }, 'parentId')}
        options={parents}
        placeholder={t('form.choose')}
        noneLabel={t('admin.organisations.form.noParent')}
        error={fieldError('parentId')}
      />
    </FormDialog>
  );
}
