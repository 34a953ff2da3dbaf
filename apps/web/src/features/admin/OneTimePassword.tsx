import { useId } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { useFocusOnChange } from './AdminLayout';

/** A one-time password just made, for one account; it lives in the page's state and nowhere else. */
export interface IssuedPassword {
  /** Changes on every new password, so the notice takes focus again even for the same account. */
  serial: number;
  displayName: string;
  username: string;
  password: string;
  reason: 'created' | 'reset';
}

interface Props {
  issued: IssuedPassword | null;
  onDismiss: () => void;
}

/**
 * The one-time password, shown once: it takes focus when it appears, says what to do with it, and
 * is gone for good when dismissed or when the admin leaves the page. The server keeps only its hash.
 */
export function OneTimePassword({ issued, onDismiss }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useFocusOnChange<HTMLElement>(issued?.serial ?? null);
  if (!issued) return null;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="notice notice-warning one-time-password"
      aria-labelledby={titleId}
    >
      <Icon name="lock" />
      <div>
        <h2 id={titleId} className="notice-title">
          {t('admin.password.title', { name: issued.displayName })}
        </h2>
        <p>
          {t(issued.reason === 'created' ? 'admin.password.createdIntro' : 'admin.password.resetIntro', {
            name: issued.displayName,
            username: issued.username,
          })}
        </p>
        <dl className="one-time-password-facts">
          <div>
            <dt>{t('admin.password.username')}</dt>
            <dd className="code">{issued.username}</dd>
          </div>
          <div>
            <dt>{t('admin.password.password')}</dt>
            <dd className="code one-time-password-value">{issued.password}</dd>
          </div>
        </dl>
        <p>
          <strong>{t('admin.password.instruction')}</strong>
        </p>
        <p>{t('admin.password.onceOnly')}</p>
        <Button className="button button-secondary" onPress={onDismiss}>
          {t('admin.password.dismiss')}
        </Button>
      </div>
    </section>
  );
}
