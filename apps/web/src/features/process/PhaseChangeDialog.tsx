import { useQueryClient } from '@tanstack/react-query';
import {
  type CasePhase,
  type PhaseChangeInput,
  type ProcessView,
  type phaseChangeWarnings,
  zPhaseChangeInput,
} from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { changePhase, processChanged } from '../../api/process';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { CheckboxInput, TextAreaInput } from '../../components/fields';
import type { Issue } from '../../components/form-errors';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

type Warning = (typeof phaseChangeWarnings)[number];

interface Props {
  process: ProcessView;
  to: CasePhase;
  warnings: readonly Warning[];
  onChanged: (view: ProcessView) => void;
  /** Reads the process again, after someone else changed the case first. */
  onReload: () => Promise<ProcessView | undefined>;
}

interface Draft {
  version: number;
  to: CasePhase;
  reason: string;
  acknowledgedWarnings: Warning[];
}

/**
 * The shared schema, and beside it the warnings shown: each must be confirmed before the change is
 * sent, so that the server's refusal for an unconfirmed warning is never the first the worker hears.
 */
function checkWith(warnings: readonly Warning[]) {
  return {
    safeParse(draft: unknown) {
      const parsed = zPhaseChangeInput.safeParse(draft);
      const confirmed = (draft as Draft).acknowledgedWarnings;
      const missing: Issue[] = warnings
        .filter((w) => !confirmed.includes(w))
        .map((w) => ({ path: ['warnings', w], message: 'required' }));
      if (!parsed.success) {
        return { success: false as const, error: { issues: [...parsed.error.issues, ...missing] } };
      }
      if (missing.length > 0) return { success: false as const, error: { issues: missing } };
      return { success: true as const, data: parsed.data as PhaseChangeInput };
    },
  };
}

/** Moving the case to its next phase: a reason, and each warning confirmed, in a dialog. */
export function PhaseChangeDialog({ process, to, warnings, onChanged, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState<Warning[]>([]);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: checkWith(warnings),
    send: (body) => changePhase(process.caseId, body),
    onSuccess: (view) => {
      processChanged(queryClient, view);
      setOpen(false);
      onChanged(view);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setReason('');
      setConfirmed([]);
      setErrors(noErrors);
    }
  };

  // Someone else moved the case, or a meeting changed the warnings: the dialog goes on with the latest.
  const reload = async () => {
    const latest = await onReload();
    setErrors(noErrors);
    setConfirmed([]);
    if (!latest?.next?.allowed || latest.next.phase !== to) setOpen(false);
  };

  const { min, max } = process.template.template.assessmentMeetings;
  const warningText = (w: Warning) =>
    t(`process.warning.${w}`, { count: process.assessmentMeetings, min, max });

  const conflict =
    errors.general === 'stale_version' ||
    errors.general === 'case_closed' ||
    errors.general === 'phase_not_allowed' ||
    errors.general === 'warnings_not_confirmed' ||
    errors.general === 'review_decision_required';

  const fields: SummaryField[] = [
    { path: 'reason', controlId: 'phase-reason', label: t('process.change.reason') },
    ...warnings.map((w) => ({
      path: `warnings.${w}`,
      controlId: `phase-warning-${w}`,
      label: warningText(w),
    })),
  ];
  // An unconfirmed warning is not missing information: it asks to be read and confirmed.
  const errorOf = (path: string) =>
    path.startsWith('warnings.') && errors.fields[path]
      ? t('process.change.confirmNeeded')
      : fieldError(path);

  return (
    <FormDialog
      trigger={
        <Button className="button button-primary">
          {t('process.change.open', { phase: t(`enums.casePhase.${to}`) })}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      title={t('process.change.title')}
      header={
        <>
          <p>
            {t('process.change.intro', {
              from: t(`enums.casePhase.${process.phase}`),
              to: t(`enums.casePhase.${to}`),
            })}
          </p>
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            fieldText={errorOf}
            action={conflict ? <ReloadButton onReload={reload} /> : undefined}
          />
        </>
      }
      onSubmit={(event) =>
        submit(event, { version: process.caseVersion, to, reason, acknowledgedWarnings: confirmed })
      }
      submitText={t('process.change.submit', { phase: t(`enums.casePhase.${to}`) })}
    >
      <TextAreaInput
        id="phase-reason"
        label={t('process.change.reason')}
        description={t('process.change.reasonHint')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          clearFieldErrors(['reason']);
        }}
        maxLength={1000}
        rows={3}
        error={fieldError('reason')}
        isRequired
      />
      {warnings.length > 0 && (
        <fieldset className="fieldset process-warnings">
          <legend>{t('process.change.warnings')}</legend>
          <p className="field-description">{t('process.change.warningsHint')}</p>
          {warnings.map((w) => {
            const error = errorOf(`warnings.${w}`);
            return (
              <div key={w} className="field">
                {error && (
                  <p id={`phase-warning-${w}-error`} className="field-error">
                    <Icon name="alert" />
                    <span>{error}</span>
                  </p>
                )}
                <CheckboxInput
                  id={`phase-warning-${w}`}
                  className="checkbox-emphasis"
                  label={warningText(w)}
                  isSelected={confirmed.includes(w)}
                  onChange={(selected) => {
                    setConfirmed((c) => (selected ? [...c, w] : c.filter((x) => x !== w)));
                    clearFieldErrors([`warnings.${w}`]);
                  }}
                  error={error}
                  describedBy={error ? `phase-warning-${w}-error` : undefined}
                />
              </div>
            );
          })}
        </fieldset>
      )}
    </FormDialog>
  );
}
