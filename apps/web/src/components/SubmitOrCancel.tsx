import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PendingButton } from './PendingButton';

interface Props {
  /** The form is being sent: a spinner shows and a second press does nothing. */
  pending: boolean;
  submitText: string;
  /** The page to go back to without saving. */
  cancelTo: string;
}

/** The end of a page's form: send it, or leave for the page it was opened from. */
export function SubmitOrCancel({ pending, submitText, cancelTo }: Props) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <PendingButton type="submit" className="button button-primary" pending={pending}>
        {submitText}
      </PendingButton>
      <Link to={cancelTo} className="button button-secondary">
        {t('common.cancel')}
      </Link>
    </div>
  );
}
