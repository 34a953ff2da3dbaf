import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { handlesClients, useUser } from '../session/user-context';
import type { KnownPerson } from './identity';
import { PersonHeading } from './PersonHeading';

/**
 * A person the user found by search but has no care relationship with: only what the search
 * showed (name, date of birth, masked identity code), and the ways to start working with them.
 */
export function LimitedPersonView({ person }: { person: KnownPerson }) {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <article>
      <div className="page-header">
        <div>
          <PersonHeading person={person} />
        </div>
        <div className="page-actions">
          {handlesClients(user) && (
            <Link to={`/cases/new?personId=${person.id}`} className="button button-primary">
              <Icon name="plus" />
              {t('persons.detail.openCase')}
            </Link>
          )}
          <Link to={`/families/new?personId=${person.id}`} className="button button-secondary">
            <Icon name="plus" />
            {t('persons.detail.newFamily')}
          </Link>
        </div>
      </div>
      <div className="notice notice-info">
        <Icon name="info" />
        <p>{t('persons.limited.notice')}</p>
      </div>
      <dl className="facts panel">
        <div>
          <dt>{t('persons.form.identityCode')}</dt>
          <dd>
            {person.identityCodeMasked ? (
              <span className="code">{person.identityCodeMasked}</span>
            ) : (
              <span className="muted">{t('persons.noIdentityCode')}</span>
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
