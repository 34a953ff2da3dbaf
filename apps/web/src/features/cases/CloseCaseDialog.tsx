import { useQueryClient } from '@tanstack/react-query';
import type { CaseDetail, ClosingReason } from '@verkosto/domain';
import { closingReasons, zCloseCase } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { caseKey, closeCase } from '../../api/cases';
import { refreshProcess } from '../../api/process';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { SelectInput, TextAreaInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

interface Props {
  detail: CaseDetail;
  onClosed: (detail: CaseDetail) => void;
  onReload: () => Promise<CaseDetail | undefined>;
}

/** Closing a case: a reason and an optional note, confirmed in a dialog. */
export function CloseCaseDialog({ detail, onClosed, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState<ClosingReason | null>(null);
  const [note, setNote] = useState('');
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zCloseCase,
    send: (body) => closeCase(detail.id, body),
    onSuccess: (closed) => {
      queryClient.setQueryData(caseKey(closed.id), closed);
      void refreshProcess(queryClient, closed.id);
      void queryClient.invalidateQueries({ queryKey: ['cases', 'mine'] });
      void queryClient.invalidateQueries({ queryKey: ['persons'] });
      void queryClient.invalidateQueries({ queryKey: ['families'] });
      setOpen(false);
      onClosed(closed);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setReason(null);
      setNote('');
      setErrors(noErrors);
    }
  };

  const reload = async () => {
    const fresh = await onReload();
    setErrors(noErrors);
    if (fresh && fresh.status !== 'open') setOpen(false);
  };

  const stale = errors.general === 'stale_version' || errors.general === 'case_closed';
  const fields: SummaryField[] = [
    { path: 'reason', controlId: 'close-reason', label: t('cases.close.reason') },
    { path: 'note', controlId: 'close-note', label: t('cases.close.note') },
  ];

  return (
    <FormDialog
      trigger={<Button className="button button-secondary">{t('cases.close.open')}</Button>}
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      title={t('cases.close.title')}
      header={
        <>
          <p>{t('cases.close.intro')}</p>
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            action={stale ? <ReloadButton onReload={reload} /> : undefined}
          />
        </>
      }
      onSubmit={(event) =>
        submit(event, {
          version: detail.version,
          reason: reason ?? undefined,
          note: note.trim() || undefined,
        })
      }
      submitText={t('cases.close.confirm')}
    >
      <SelectInput
        id="close-reason"
        label={t('cases.close.reason')}
        placeholder={t('form.choose')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          clearFieldErrors(['reason']);
        }}
        options={closingReasons.map((r) => ({ value: r, label: t(`enums.closingReason.${r}`) }))}
        error={fieldError('reason')}
        isRequired
      />
      <TextAreaInput
        id="close-note"
        label={t('cases.close.note')}
        description={t('cases.close.noteHint')}
        value={note}
        onChange={(value) => {
          setNote(value);
          clearFieldErrors(['note']);
        }}
        maxLength={2000}
        error={fieldError('note')}
      />
    </FormDialog>
  );
}
