import { useQueryClient } from '@tanstack/react-query';
import {
  type DirectoryService,
  type DirectoryServiceInput,
  levelsOfWork,
  riskFactors,
  zDirectoryServiceInput,
} from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  addDirectoryService,
  changeDirectoryService,
  directoryKey,
  refreshDirectory,
} from '../../api/resources';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { CheckboxGroupInput, RadioGroupInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { bodyOf, type DraftField, draftOf, ownChanges, type ServiceDraft } from './directory-draft';

interface Props {
  /** The service to change; null to add a new one. */
  service: DirectoryService | null;
  onSaved: (saved: DirectoryService) => void;
  /** For a change: reads the directory again and gives this service as it is now; undefined once retired. */
  onReload?: () => Promise<DirectoryService | undefined>;
  /** For a change: the service was retired by someone else while the form was open. */
  onGone?: (name: string) => void;
}

type Directory = { services: DirectoryService[]; canEdit: boolean };

/** Adding a service to the directory, or changing one over the version the admin saw. */
export function ServiceForm({ service, onSaved, onReload, onGone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<ServiceDraft>(() => draftOf(service));
  // The saved version the admin began from: what they changed is told apart from what they kept.
  const [start, setStart] = useState<ServiceDraft>(() => draftOf(service));
  const [base, setBase] = useState(service?.version ?? 0);
  const [reloaded, setReloaded] = useState(false);
  const [kept, setKept] = useState<{ fields: DraftField[]; values: ServiceDraft } | null>(null);
  const idPrefix = service ? `directory-${service.id}` : 'directory-new';
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zDirectoryServiceInput,
    send: (input: DirectoryServiceInput) =>
      service
        ? changeDirectoryService(service.id, { version: base, service: input })
        : addDirectoryService(input),
    // A change wraps the service in the body, so the server names its fields `service.name` and so on.
    errorPrefix: 'service',
    onSuccess: (saved) => {
      queryClient.setQueryData<Directory>(directoryKey, (d) =>
        d
          ? {
              ...d,
              services: service
                ? d.services.map((s) => (s.id === saved.id ? saved : s))
                : [...d.services, saved],
            }
          : d,
      );
      // The server's order (by name, in its collation) comes with the next read.
      void refreshDirectory(queryClient);
      setOpen(false);
      onSaved(saved);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(draftOf(service));
      setStart(draftOf(service));
      setBase(service?.version ?? 0);
      setErrors(noErrors);
      setReloaded(false);
      setKept(null);
    }
  };

  // Someone else saved first: their version comes into the form, and what the admin entered stays in view.
  const reload = async () => {
    const latest = await onReload?.();
    if (!latest) {
      setOpen(false);
      onGone?.(service?.name ?? draft.name);
      return;
    }
    const theirs = draftOf(latest);
    const fields = ownChanges(draft, start, theirs);
    setKept(fields.length > 0 ? { fields, values: draft } : null);
    setDraft(theirs);
    setStart(theirs);
    setBase(latest.version);
    setErrors(noErrors);
    setReloaded(true);
  };

  const change = (values: Partial<ServiceDraft>, field: DraftField) => {
    setDraft((d) => ({ ...d, ...values }));
    clearFieldErrors([field]);
  };

  const label: Record<DraftField, string> = {
    name: t('directory.form.name'),
    kind: t('directory.form.kind'),
    contact: t('directory.form.contact'),
    level: t('directory.form.level'),
    riskFactors: t('directory.form.risks'),
  };
  const valueText = (values: ServiceDraft, field: DraftField): string => {
    if (field === 'level') return values.level ? t(`enums.levelOfWork.${values.level}`) : '';
    if (field === 'riskFactors') {
      return values.riskFactors.length === 0
        ? t('directory.noRisks')
        : values.riskFactors.map((f) => t(`enums.riskFactor.${f}`)).join(', ');
    }
    return values[field];
  };
  const order: DraftField[] = ['name', 'kind', 'contact', 'level', 'riskFactors'];
  const fields: SummaryField[] = order.map((path) => ({
    path,
    controlId: `${idPrefix}-${path}`,
    label: label[path],
  }));
  // A stale save can be reloaded; so can one refused because the service was retired meanwhile,
  // which then takes the admin back to the list without it.
  const canReload = service && (errors.general === 'stale_version' || errors.general === 'not_found');

  return (
    <FormDialog
      trigger={
        service ? (
          <Button
            className="button button-secondary button-small"
            aria-label={t('directory.editFor', { name: service.name })}
          >
            <Icon name="edit" />
            {t('directory.edit')}
          </Button>
        ) : (
          <Button className="button button-primary">
            <Icon name="plus" />
            {t('directory.add')}
          </Button>
        )
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={service ? t('directory.form.editTitle', { name: service.name }) : t('directory.form.addTitle')}
      header={
        <>
          <p>{t('directory.form.intro')}</p>
          <StatusMessage>{reloaded ? t('form.reloaded') : null}</StatusMessage>
          {kept && (
            <div className="notice notice-info">
              <Icon name="info" />
              <div>
                <p>{t('directory.form.keptIntro')}</p>
                <ul>
                  {kept.fields.map((f) => (
                    <li key={f}>
                      {label[f]}: {valueText(kept.values, f)}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            action={canReload ? <ReloadButton onReload={reload} /> : undefined}
          />
        </>
      }
      onSubmit={(e) => submit(e, bodyOf(draft))}
      submitText={service ? t('form.save') : t('directory.form.addSubmit')}
    >
      <TextInput
        id={`${idPrefix}-name`}
        label={label.name}
        value={draft.name}
        onChange={(name) => change({ name }, 'name')}
        maxLength={120}
        autoComplete="off"
        error={fieldError('name')}
        isRequired
      />
      <TextInput
        id={`${idPrefix}-kind`}
        label={label.kind}
        description={t('directory.form.kindHint')}
        value={draft.kind}
        onChange={(kind) => change({ kind }, 'kind')}
        maxLength={80}
        autoComplete="off"
        error={fieldError('kind')}
        isRequired
      />
      <TextInput
        id={`${idPrefix}-contact`}
        label={label.contact}
        description={t('directory.form.contactHint')}
        value={draft.contact}
        onChange={(contact) => change({ contact }, 'contact')}
        maxLength={200}
        autoComplete="off"
        error={fieldError('contact')}
        isRequired
      />
      <RadioGroupInput
        id={`${idPrefix}-level`}
        label={label.level}
        description={t('directory.form.levelHint')}
        value={draft.level}
        onChange={(level) => change({ level }, 'level')}
        options={levelsOfWork.map((l) => ({ value: l, label: t(`enums.levelOfWork.${l}`) }))}
        error={fieldError('level')}
        isRequired
      />
      <CheckboxGroupInput
        id={`${idPrefix}-riskFactors`}
        label={label.riskFactors}
        description={t('directory.form.risksHint')}
        value={draft.riskFactors}
        onChange={(picked) => change({ riskFactors: picked }, 'riskFactors')}
        options={riskFactors.map((f) => ({ value: f, label: t(`enums.riskFactor.${f}`) }))}
        error={fieldError('riskFactors')}
      />
    </FormDialog>
  );
}
