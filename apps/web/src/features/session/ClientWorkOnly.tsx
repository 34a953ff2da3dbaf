import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';

/** A page of client work, opened by a user who handles no clients (an administrator): it says so. */
export function ClientWorkOnly({ title }: { title: string }) {
  const { t } = useTranslation();
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
