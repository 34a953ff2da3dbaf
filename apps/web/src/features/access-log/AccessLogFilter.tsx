import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { LogRange } from '../../api/access-log';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { type FormErrors, noErrors, withoutFields } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';
import { useFieldError } from '../../components/useFieldError';
import { checkRange, type RangeDraft } from './range';

interface Props {
  /** The range in the URL, which the fields start from. */
  initial: RangeDraft;
  /** Errors of the range in the URL or of the server's answer; the form's own check comes first. */
  outsideErrors: FormErrors;
  /** Changes whenever the outside errors are new, so the summary takes focus again. */
  outsideAttempt: number;
  pending: boolean;
  onApply: (range: LogRange) => void;
}

/**
 * The dates to show, checked with the shared schema before anything is asked. Empty dates mean
 * the default: the last two years up to today.
 */
export function AccessLogFilter({ initial, outsideErrors, outsideAttempt, pending, onApply }: Props) {
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
  // The one problem a pair of good dates can have: `to` before `from`. Said in those words.
  const toError = errors.fields.to === 'invalid' ? t('accessLog.filter.toBeforeFrom') : fieldError('to');

  const fields: SummaryField[] = [
    { path: 'from', controlId: 'log-from', label: t('accessLog.filter.from') },
    { path: 'to', controlId: 'log-to', label: t('accessLog.filter.to') },
  ];

  const change = (patch: Partial<RangeDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setLocalErrors((e) => withoutFields(e ?? outsideErrors, Object.keys(patch)));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const check = checkRange(draft);
    if (!check.ok) {
      setLocalErrors(check.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setLocalErrors(noErrors);
    onApply(check.range);
  };

  return (
    <>
      <ErrorSummary
        errors={errors}
        fields={fields}
        focusKey={attempt + outsideAttempt}
        message={errors.fields.to === 'invalid' ? t('accessLog.filter.toBeforeFrom') : undefined}
      />
      <Form aria-label={t('accessLog.filter.label')} onSubmit={submit} className="search-form panel">
        <div className="search-fields">
          <TextInput
            id="log-from"
            type="date"
            label={t('accessLog.filter.from')}
            description={t('accessLog.filter.fromHint')}
            value={draft.from}
            onChange={(from) => change({ from })}
            error={fieldError('from')}
            size="short"
          />
          <TextInput
            id="log-to"
            type="date"
            label={t('accessLog.filter.to')}
            description={t('accessLog.filter.toHint')}
            value={draft.to}
            onChange={(to) => change({ to })}
            error={toError}
            size="short"
          />
        </div>
        <div className="form-actions">
          <PendingButton type="submit" className="button button-primary" pending={pending}>
            {t('accessLog.filter.submit')}
          </PendingButton>
        </div>
        <p className="muted small">
          <Icon name="info" /> {t('accessLog.filter.logged')}
        </p>
      </Form>
    </>
  );
}
