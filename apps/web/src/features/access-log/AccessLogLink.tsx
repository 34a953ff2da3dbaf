import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';

/** The way from a person to their access log: who has used their data. */
export function AccessLogLink({ personId }: { personId: string }) {
  const { t } = useTranslation();
  return (
    <Link to={`/persons/${personId}/access-log`} className="button button-secondary">
      <Icon name="history" />
      {t('accessLog.link')}
    </Link>
  );
}
