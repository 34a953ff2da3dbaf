import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { StatusMessage } from '../../components/StatusMessage';

/** The history state the change-password page leaves on the page it goes to. */
export const passwordChangedState = { passwordChanged: true } as const;

export function passwordChangedFlash(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'passwordChanged' in state;
}

/**
 * On the page the user lands on after changing their password, whichever their start page is: the
 * change went through. Shown above the page, inside main, where focus goes after the move.
 */
export function PasswordChangedMessage() {
  const { t } = useTranslation();
  const location = useLocation();
  if (!passwordChangedFlash(location.state)) return null;
  return <StatusMessage>{t('passwordChange.changed')}</StatusMessage>;
}
