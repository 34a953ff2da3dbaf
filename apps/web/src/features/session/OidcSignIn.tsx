import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { oidcStartPath } from '../../api/session';
import { Icon } from '../../components/Icon';
import { type OidcErrorCode, oidcErrorKey } from './sign-in-errors';

/**
 * Sign-in through the county's identity service: a link styled as a button, as the sign-in leaves
 * Verkosto for the service's own pages and comes back to `returnTo`.
 */
export function OidcSignIn({ returnTo, alone }: { returnTo: string; alone: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="sign-in-oidc">
      <p>{t('signIn.oidc.intro')}</p>
      <a href={oidcStartPath(returnTo)} className="button button-primary">
        {t('signIn.oidc.button')}
      </a>
      {!alone && <p className="sign-in-or">{t('signIn.oidc.or')}</p>}
    </div>
  );
}

/**
 * Why the last sign-in through the identity service failed, after the server sent the browser back
 * here. It takes focus, so a screen reader reads it first, as the error summary does.
 */
export function OidcErrorNotice({ code }: { code: OidcErrorCode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="notice notice-error" role="alert" tabIndex={-1} ref={ref}>
      <Icon name="alert" />
      <div>
        <h2 className="notice-title">{t('signIn.oidcError.title')}</h2>
        <p>{t(oidcErrorKey(code))}</p>
      </div>
    </div>
  );
}
