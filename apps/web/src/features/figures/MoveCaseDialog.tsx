import { useQueryClient } from '@tanstack/react-query';
import { type CaseDetail, type CaseSummary, zReassignCase } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { caseKey, myCasesKey, reassignCase, useCase, useCaseFormOptions } from '../../api/cases';
import { isApiError } from '../../api/client';
import { figuresKeyPrefix } from '../../api/figures';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { SelectInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/QueryState';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { clientText } from './client-text';

interface Props {
  summary: CaseSummary;
  onMoved: (detail: CaseDetail) => void;
}

/**
 * A team lead moves a case to another responsible worker of its unit, and sets or clears the pair.
 * The list gives no version, so the case itself is read when the dialog opens (a logged read, as
 * the move is about to change it anyway).
 */
export function MoveCaseDialog({ summary, onMoved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [responsible, setResponsible] = useState<string | null>(null);
  const [pair, setPair] = useState<string | null>(null);
  const [unchanged, setUnchanged] = useState(0);
  const [reloaded, setReloaded] = useState(false);
  const detail = useCase(isOpen ? summary.id : undefined);
  const options = useCaseFormOptions();
  const client = clientText(summary.subject, t);

  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zReassignCase,
    send: (body) => reassignCase(summary.id, body),
    onSuccess: (moved) => {
      queryClient.setQueryData(caseKey(moved.id), moved);
      void queryClient.invalidateQueries({ queryKey: myCasesKey });
      void queryClient.invalidateQueries({ queryKey: figuresKeyPrefix });
      void queryClient.invalidateQueries({ queryKey: ['persons'] });
      void queryClient.invalidateQueries({ queryKey: ['families'] });
      setOpen(false);
      onMoved(moved);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setResponsible(summary.responsibleWorker.id);
      setPair(summary.pairWorker?.id ?? null);
      setUnchanged(0);
      setReloaded(false);
      setErrors(noErrors);
    }
  };

  // As elsewhere after a 409: the form starts again from the latest saved workers.
  const reload = async () => {
    const [fresh] = await Promise.all([
      detail.refetch(),
      queryClient.invalidateQueries({ queryKey: myCasesKey }),
    ]);
    if (fresh.data) {
      setResponsible(fresh.data.responsibleWorker.id);
      setPair(fresh.data.pairWorker?.id ?? null);
    }
    setErrors(noErrors);
    setReloaded(true);
  };

  const current = detail.data ?? summary;
  const unit = options.data?.units.find((u) => u.id === summary.unit.id);
  const ready = detail.data !== undefined && unit !== undefined;
  const stale = errors.general === 'stale_version' || errors.general === 'case_closed';
  const fields: SummaryField[] = [
    {
      path: 'responsibleWorkerId',
      controlId: `move-responsible-${summary.id}`,
      label: t('figures.move.responsible'),
    },
    { path: 'pairWorkerId', controlId: `move-pair-${summary.id}`, label: t('figures.move.pair') },
  ];
  const loadFailed = detail.isError || options.isError;

  return (
    <FormDialog
      trigger={
        // Named for its row, so that a list of "Move" buttons can be told apart by ear.
        <Button
          className="button button-secondary button-small"
          aria-label={`${t('figures.move.open')}: ${client}`}
        >
          {t('figures.move.open')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      title={t('figures.move.title')}
      header={
        <>
          <p>
            {t('figures.move.intro', {
              client,
              responsible: current.responsibleWorker.displayName,
              pair: current.pairWorker?.displayName ?? t('figures.move.noPair'),
            })}
          </p>
          <p className="muted small">
            <Icon name="info" /> {t('figures.move.logged')}
          </p>
          {reloaded && <p role="status">{t('figures.move.reloaded')}</p>}
          {loadFailed && (
            <div className="notice notice-error" role="alert">
              <Icon name="alert" />
              <p>{t(`errors.code.${isApiError(detail.error) ? detail.error.code : 'internal_error'}`)}</p>
            </div>
          )}
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt + unchanged}
            message={unchanged > 0 && !stale ? t('figures.move.unchanged') : undefined}
            action={stale ? <ReloadButton onReload={reload} /> : undefined}
          />
        </>
      }
      onSubmit={(event) => {
        event.preventDefault();
        if (!detail.data) return;
        const same =
          responsible === detail.data.responsibleWorker.id && pair === (detail.data.pairWorker?.id ?? null);
        if (same) {
          setErrors(noErrors);
          setUnchanged((n) => n + 1);
          return;
        }
        setUnchanged(0);
        submit(event, {
          version: detail.data.version,
          responsibleWorkerId: responsible ?? '',
          pairWorkerId: pair,
        });
      }}
      submitText={t('figures.move.submit')}
    >
      {!ready && !loadFailed && <Loading />}
      {ready && (
        <>
          <SelectInput
            id={`move-responsible-${summary.id}`}
            label={t('figures.move.responsible')}
            description={t('figures.move.responsibleHint', { unit: unit.name })}
            placeholder={t('form.choose')}
            value={responsible}
            onChange={(value) => {
              setResponsible(value);
              clearFieldErrors(['responsibleWorkerId', 'pairWorkerId']);
            }}
            options={unit.workers.map((w) => ({ value: w.id, label: w.displayName, detail: w.title }))}
            error={fieldError('responsibleWorkerId')}
            isRequired
          />
          <SelectInput
            id={`move-pair-${summary.id}`}
            label={t('figures.move.pair')}
            description={t('figures.move.pairHint')}
            placeholder={t('form.choose')}
            noneLabel={t('figures.move.noPair')}
            value={pair}
            onChange={(value) => {
              setPair(value);
              clearFieldErrors(['pairWorkerId']);
            }}
            options={(options.data?.pairWorkers ?? []).map((w) => ({
              value: w.id,
              label: w.displayName,
              detail: `${w.title}, ${w.unitName}`,
            }))}
            error={fieldError('pairWorkerId')}
          />
        </>
      )}
    </FormDialog>
  );
}
