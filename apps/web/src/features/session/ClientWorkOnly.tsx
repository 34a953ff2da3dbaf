import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { Icon } from '../../components/Icon';
import { homePath, useUser } from './user-context';

/** A page of client work, opened by a user who handles no clients (an administrator): it says so. */
export function ClientWorkOnly({ title }: { title: string }) {
  const { t } = useTranslation();
  const user = useUser();
  // A purchaser's work is the purchased services: a page of client work sends them there.
  if (user.role === 'purchaser') return <Navigate to={homePath(user)} replace />;
  return (
    <section className="page-narrow">
      <h1>{title}</h1>
      <div className="notice notice-info">
        <Icon name="info" />
        <p>{t('cases.mine.adminNotice')}</p>
      </div>
      <p>{t('accessLog.adminHowTo')}</p>
      <p>
        <Link to="/persons" className="button button-secondary">
          <Icon name="search" />
          {t('cases.mine.findPerson')}
        </Link>
      </p>
    </section>
  );
}
