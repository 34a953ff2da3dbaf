import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { handlesClients, useUser } from '../session/user-context';

/** The ways to start working with a person: open a case (for those who handle clients), found a family. */
export function StartWorkLinks({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <>
      {handlesClients(user) && (
        <Link to={`/cases/new?personId=${personId}`} className="button button-primary">
          <Icon name="plus" />
          {t('persons.detail.openCase')}
        </Link>
      )}
      <Link to={`/families/new?personId=${personId}`} className="button button-secondary">
        <Icon name="plus" />
        {t('persons.detail.newFamily')}
      </Link>
    </>
  );
}
