import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { AccessLogLink } from '../access-log/AccessLogLink';
import { handlesClients, useUser } from '../session/user-context';
import type { KnownPerson } from './identity';
import { PersonHeading } from './PersonHeading';
import { MaskedIdentityCode } from './PersonResultsTable';
import { StartWorkLinks } from './StartWorkLinks';

/**
 * A person the user found by search but has no care relationship with: only what the search
 * showed (name, date of birth, masked identity code), and the ways to start working with them.
 * An admin comes here to answer the person's request for their access log.
 */
export function LimitedPersonView({ person }: { person: KnownPerson }) {
  const { t } = useTranslation();
  const works = handlesClients(useUser());
  return (
    <article>
      <div className="page-header">
        <div>
          <PersonHeading person={person} />
        </div>
        <div className="page-actions">
          {works ? <StartWorkLinks personId={person.id} /> : <AccessLogLink personId={person.id} />}
        </div>
      </div>
      <div className="notice notice-info">
        <Icon name="info" />
        <p>{works ? t('persons.limited.notice') : t('persons.limited.adminNotice')}</p>
      </div>
      <dl className="facts panel">
        <div>
          <dt>{t('persons.form.identityCode')}</dt>
          <dd>
            <MaskedIdentityCode masked={person.identityCodeMasked} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
