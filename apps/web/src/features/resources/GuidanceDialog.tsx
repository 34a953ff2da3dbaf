import { useQueryClient } from '@tanstack/react-query';
import { type DirectoryService, type RiskFactor, zGuidanceInput } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { recordGuidance, refreshResources } from '../../api/resources';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { SelectInput, TextAreaInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

interface Props {
  caseId: string;
  service: DirectoryService;
  /** The risks named on the case that this service answers: the guidance may name one of them. */
  risks: readonly RiskFactor[];
  onRecorded: () => void;
}

/** Recording that the family was guided to a service: for which risk, and a note. */
export function GuidanceDialog({ caseId, service, risks, onRecorded }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [risk, setRisk] = useState<RiskFactor | null>(null);
  const [note, setNote] = useState('');
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zGuidanceInput,
    send: (body) => recordGuidance(caseId, body),
    onSuccess: () => {
      void refreshResources(queryClient, caseId);
      setOpen(false);
      onRecorded();
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setRisk(risks.length === 1 ? (risks[0] ?? null) : null);
      setNote('');
      setErrors(noErrors);
    }
  };

  const fields: SummaryField[] = [
    { path: 'serviceId', controlId: `guidance-${service.id}-risk`, label: service.name },
    { path: 'riskFactor', controlId: `guidance-${service.id}-risk`, label: t('resources.guidance.risk') },
    { path: 'note', controlId: `guidance-${service.id}-note`, label: t('resources.guidance.note') },
  ];

  return (
    <FormDialog
      trigger={
        <Button
          className="button button-secondary button-small"
          aria-label={t('resources.guidance.openFor', { service: service.name })}
        >
          {t('resources.guidance.open')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      title={t('resources.guidance.title', { service: service.name })}
      header={
        <>
          <p>{t('resources.guidance.intro')}</p>
          <p className="muted">{service.contact}</p>
          <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
        </>
      }
      onSubmit={(e) => submit(e, { serviceId: service.id, riskFactor: risk, note })}
      submitText={t('resources.guidance.submit')}
    >
      <SelectInput
        id={`guidance-${service.id}-risk`}
        label={t('resources.guidance.risk')}
        placeholder={t('form.choose')}
        noneLabel={t('resources.guidance.noRisk')}
        value={risk}
        onChange={(value) => {
          setRisk(value);
          clearFieldErrors(['riskFactor']);
        }}
        options={risks.map((value) => ({ value, label: t(`enums.riskFactor.${value}`) }))}
        error={fieldError('riskFactor')}
      />
      <TextAreaInput
        id={`guidance-${service.id}-note`}
        label={t('resources.guidance.note')}
        description={t('resources.guidance.noteHint')}
        value={note}
        onChange={(value) => {
          setNote(value);
          clearFieldErrors(['note']);
        }}
        maxLength={1000}
        rows={3}
        error={fieldError('note')}
      />
    </FormDialog>
  );
}
