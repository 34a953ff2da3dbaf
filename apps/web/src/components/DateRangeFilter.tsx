import { type FormEvent, type ReactNode, useState } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary, type SummaryField } from './ErrorSummary';
import { TextInput } from './fields';
import { type FormErrors, noErrors, withoutFields } from './form-errors';
import { PendingButton } from './PendingButton';
import { useFieldError } from './useFieldError';

/** The range as the form holds it: what the date inputs give, '' when empty. */
export interface RangeDraft {
  from: string;
  to: string;
}

export type RangeCheck<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

export interface RangeTexts {
  label: string;
  from: string;
  fromHint: string;
  to: string;
  toHint: string;
  /** The one problem a pair of good dates can have, said in those words. */
  toBeforeFrom: string;
  submit: string;
}

interface Props<T> {
  /** Prefix of the fields' ids: one page may have only one such filter. */
  idPrefix: string;
  texts: RangeTexts;
  /** The range in the URL, which the fields start from. */
  initial: RangeDraft;
  /** Checks the fields with the shared schema, the one the server uses. */
  check: (draft: RangeDraft) => RangeCheck<T>;
  /** Errors of the range in the URL or of the server's answer; the form's own check comes first. */
  outsideErrors: FormErrors;
  /** Changes whenever the outside errors are new, so the summary takes focus again. */
  outsideAttempt: number;
  pending: boolean;
  onApply: (value: T) => void;
  children?: ReactNode;
}

/** A from–to date filter whose dates live in the URL, checked before anything is asked. */
export function DateRangeFilter<T>({
  idPrefix,
  texts,
  initial,
  check,
  outsideErrors,
  outsideAttempt,
  pending,
  onApply,
  children,
}: Props<T>) {
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

  const fields: SummaryField[] = [
    { path: 'from', controlId: `${idPrefix}-from`, label: texts.from },
    { path: 'to', controlId: `${idPrefix}-to`, label: texts.to },
  ];

  const change = (patch: Partial<RangeDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setLocalErrors((e) => withoutFields(e ?? outsideErrors, Object.keys(patch)));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const checked = check(draft);
    if (!checked.ok) {
      setLocalErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setLocalErrors(noErrors);
    onApply(checked.value);
  };

  return (
    <>
      <ErrorSummary
        errors={errors}
        fields={fields}
        focusKey={attempt + outsideAttempt}
        message={toBeforeFrom ? texts.toBeforeFrom : undefined}
      />
      <Form aria-label={texts.label} onSubmit={submit} className="search-form panel">
        <div className="search-fields">
          <TextInput
            id={`${idPrefix}-from`}
            type="date"
            label={texts.from}
            description={texts.fromHint}
            value={draft.from}
            onChange={(from) => change({ from })}
            error={fieldError('from')}
            size="short"
          />
          <TextInput
            id={`${idPrefix}-to`}
            type="date"
            label={texts.to}
            description={texts.toHint}
            value={draft.to}
            onChange={(to) => change({ to })}
            error={toBeforeFrom ? texts.toBeforeFrom : fieldError('to')}
            size="short"
          />
        </div>
        <div className="form-actions">
          <PendingButton type="submit" className="button button-primary" pending={pending}>
            {texts.submit}
          </PendingButton>
        </div>
        {children}
      </Form>
    </>
  );
}
