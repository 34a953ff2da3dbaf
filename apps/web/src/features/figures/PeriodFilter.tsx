import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { FiguresPeriod } from '../../api/figures';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { type FormErrors, noErrors, withoutFields } from '../../components/form-errors';
import { PendingButton } from '../../components/PendingButton';
import { useFieldError } from '../../components/useFieldError';
import type { RangeDraft } from '../access-log/range';
import { checkPeriod } from './period';

interface Props {
  /** The period in the URL, which the fields start from. */
  initial: RangeDraft;
  /** Errors of the period in the URL or of the server's answer; the form's own check comes first. */
  outsideErrors: FormErrors;
  /** Changes whenever the outside errors are new, so the summary takes focus again. */
  outsideAttempt: number;
  pending: boolean;
  onApply: (period: FiguresPeriod) => void;
}

/** The period the figures count, checked with the shared schema. Empty dates: this year so far. */
export function PeriodFilter({ initial, outsideErrors, outsideAttempt, pending, onApply }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RangeDraft>(initial);
  const [localErrors, setLocalErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  // The URL moved (back, forward, a link): the fields follow it. Not a remount, so focus stays put.
  const [shown, setShown] = useState<RangeDraft>(initial);
  if (shown.from !== initial.from || shown.to !== initial.to) {
    setShown(initial);
    setDraft(initial);
    setLocalErrors(null);
  }
  const errors = localErrors ?? outsideErrors;
  const fieldError = useFieldError(errors);
  const toBeforeFrom = errors.fields.to === 'invalid';
  const toError = toBeforeFrom ? t('figures.period.toBeforeFrom') : fieldError('to');

  const fields: SummaryField[] = [
    { path: 'from', controlId: 'figures-from', label: t('figures.period.from') },
    { path: 'to', controlId: 'figures-to', label: t('figures.period.to') },
  ];

  const change = (patch: Partial<RangeDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setLocalErrors((e) => withoutFields(e ?? outsideErrors, Object.keys(patch)));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const check = checkPeriod(draft);
    if (!check.ok) {
      setLocalErrors(check.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setLocalErrors(noErrors);
    onApply(check.period);
  };

  return (
    <>
      <ErrorSummary
        errors={errors}
        fields={fields}
        focusKey={attempt + outsideAttempt}
        message={toBeforeFrom ? t('figures.period.toBeforeFrom') : undefined}
      />
      <Form aria-label={t('figures.period.label')} onSubmit={submit} className="search-form panel">
        <div className="search-fields">
          <TextInput
            id="figures-from"
            type="date"
            label={t('figures.period.from')}
            description={t('figures.period.fromHint')}
            value={draft.from}
            onChange={(from) => change({ from })}
            error={fieldError('from')}
            size="short"
          />
          <TextInput
            id="figures-to"
            type="date"
            label={t('figures.period.to')}
            description={t('figures.period.toHint')}
            value={draft.to}
            onChange={(to) => change({ to })}
            error={toError}
            size="short"
          />
        </div>
        <div className="form-actions">
          <PendingButton type="submit" className="button button-primary" pending={pending}>
            {t('figures.period.submit')}
          </PendingButton>
        </div>
      </Form>
    </>
  );
}
