import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from './form-errors';
import { Icon } from './Icon';

export interface SummaryField {
  /** Dotted path as in FormErrors.fields. */
  path: string;
  /** The id of the control to move focus to. */
  controlId: string;
  label: string;
}

interface Props {
  errors: FormErrors;
  /** The form's fields in reading order; paths not listed are shown without a link. */
  fields: readonly SummaryField[];
  /** Changes on every failed submit, so the summary takes focus again. */
  focusKey: number;
  /** An action such as "Load the latest details" under the message. */
  action?: ReactNode;
  /** A message of the form's own, shown instead of the general code's text. */
  message?: string;
  /** A form's own words for a field's problem, where its code alone would say too little. */
  fieldText?: (path: string) => string | undefined;
}

const focusable = 'input:not([type="hidden"]), select, textarea, button, [tabindex]';

/** Moves focus to a control, or to the first control inside a group or section. */
function focusControl(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const target = element.matches(focusable) ? element : element.querySelector<HTMLElement>(focusable);
  (target ?? element).focus();
  element.scrollIntoView({ block: 'center' });
}

/**
 * The summary at the top of a form after a failed submit. It takes focus, so a screen reader
 * reads it first; each problem links to its field.
 */
export function ErrorSummary({ errors, fields, focusKey, action, message, fieldText }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  const fieldCount = Object.keys(errors.fields).length;
  const visible = errors.general !== null || fieldCount > 0 || Boolean(message);

  useEffect(() => {
    if (visible && focusKey > 0) ref.current?.focus();
  }, [focusKey, visible]);

  if (!visible) return null;
  const listed = fields.filter((f) => errors.fields[f.path]);
  const textOf = (path: string) => {
    const code = errors.fields[path];
    return fieldText?.(path) ?? (code ? t(`errors.field.${code}`) : '');
  };
  const unlisted = Object.keys(errors.fields).filter((path) => !fields.some((f) => f.path === path));
  const general = errors.general && (errors.general !== 'validation_failed' || fieldCount === 0);
  // Someone else changed or closed the record first: not the user's mistake, so not "check these".
  const conflict = errors.general === 'stale_version' || errors.general === 'case_closed';
  // "Check these" only when there is something in the form to check; otherwise a plain "did not work".
  const aboutFields = fieldCount > 0 || errors.general === 'validation_failed' || Boolean(message);

  return (
    <section className="error-summary" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary-title">
        <Icon name="alert" />
        {conflict ? t('form.staleTitle') : aboutFields ? t('form.errorSummaryTitle') : t('form.failedTitle')}
      </h2>
      {message && <p>{message}</p>}
      {!message && general && errors.general && <p>{t(`errors.code.${errors.general}`)}</p>}
      {(listed.length > 0 || unlisted.length > 0) && (
        <ul className="error-summary-list">
          {listed.map((f) => {
            return (
              <li key={f.path}>
                <a
                  href={`#${f.controlId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusControl(f.controlId);
                  }}
                >
                  {f.label}: {textOf(f.path)}
                </a>
              </li>
            );
          })}
          {unlisted.map((path) => (
            <li key={path}>{textOf(path)}</li>
          ))}
        </ul>
      )}
      {action}
    </section>
  );
}

/** The summary's action after someone else changed the record first: load the latest details. */
export function ReloadButton({ onReload }: { onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  return (
    <Button className="button button-secondary" onPress={() => void onReload()}>
      {t('form.reload')}
    </Button>
  );
}
