import { useQueryClient } from '@tanstack/react-query';
import type { AdminUser } from '@verkosto/domain';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshStructure, resetAccountPassword, setAccountActive } from '../../api/admin';
import { isApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';

const codeOf = (error: unknown) => (isApiError(error) ? error.code : null);

/** The dialogs' words for a failure: changed meanwhile, or the last admin, said plainly. */
function useFailureText() {
  const { t } = useTranslation();
  return (error: unknown) => {
    if (codeOf(error) === 'stale_version') return t('admin.users.staleAction');
    if (codeOf(error) === 'last_admin') return t('admin.users.lastAdmin');
    return undefined;
  };
}

interface ActiveProps {
  user: AdminUser;
  onDone: (user: AdminUser, active: boolean) => void;
}

/**
 * Taking an account out of use or back, confirmed first. Out of use, its sessions end at once and
 * its open cases wait in the team lead's list of cases without an active worker.
 */
export function ActiveDialog({ user, onDone }: ActiveProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const failureText = useFailureText();
  const activate = !user.active;
  const refresh = () => refreshStructure(queryClient);

  const action = async () => {
    try {
      await setAccountActive(user.id, user.version, activate);
    } catch (error) {
      // Changed meanwhile: the table shows the change before the admin confirms again over it.
      if (codeOf(error) === 'stale_version') await refresh();
      throw error;
    }
  };

  return (
    <ConfirmDialog
      openText={activate ? t('admin.users.reactivate.open') : t('admin.users.deactivate.open')}
      openLabel={t(activate ? 'admin.users.reactivate.openFor' : 'admin.users.deactivate.openFor', {
        name: user.displayName,
      })}
      title={activate ? t('admin.users.reactivate.title') : t('admin.users.deactivate.title')}
      confirmText={activate ? t('admin.users.reactivate.confirm') : t('admin.users.deactivate.confirm')}
      action={action}
      refresh={refresh}
      onDone={() => onDone(user, activate)}
      errorText={failureText}
    >
      <p>
        <strong>{user.displayName}</strong> ({user.username})
      </p>
      {activate ? (
        <p>{t('admin.users.reactivate.intro')}</p>
      ) : (
        <ul>
          <li>{t('admin.users.deactivate.sessions')}</li>
          <li>{t('admin.users.deactivate.cases')}</li>
          <li>{t('admin.users.deactivate.back')}</li>
        </ul>
      )}
    </ConfirmDialog>
  );
}

interface ResetProps {
  user: AdminUser;
  /** The new one-time password, straight from the server's answer to the page; nowhere else. */
  onReset: (user: AdminUser, oneTimePassword: string) => void;
}

/** A new one-time password, confirmed first: the old password stops working and sessions end. */
export function ResetPasswordDialog({ user, onReset }: ResetProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const failureText = useFailureText();
  const refresh = () => refreshStructure(queryClient);
  const issued = useRef<{ user: AdminUser; password: string } | null>(null);

  const action = async () => {
    try {
      const result = await resetAccountPassword(user.id, user.version);
      issued.current = { user: result.user, password: result.oneTimePassword };
    } catch (error) {
      if (codeOf(error) === 'stale_version') await refresh();
      throw error;
    }
  };

  const done = () => {
    const result = issued.current;
    issued.current = null;
    if (result) onReset(result.user, result.password);
  };

  return (
    <ConfirmDialog
      openText={t('admin.users.reset.open')}
      openLabel={t('admin.users.reset.openFor', { name: user.displayName })}
      title={t('admin.users.reset.title')}
      confirmText={t('admin.users.reset.confirm')}
      action={action}
      refresh={refresh}
      onDone={done}
      errorText={failureText}
    >
      <p>
        <strong>{user.displayName}</strong> ({user.username})
      </p>
      <ul>
        <li>{t('admin.users.reset.old')}</li>
        <li>{t('admin.users.reset.sessions')}</li>
        <li>{t('admin.users.reset.change')}</li>
      </ul>
    </ConfirmDialog>
  );
}
