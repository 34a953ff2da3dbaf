import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import type { KnownPerson } from './identity';
import { PersonHeading } from './PersonHeading';
import { MaskedIdentityCode } from './PersonResultsTable';
import { StartWorkLinks } from './StartWorkLinks';

/**
 * A person the user found by search but has no care relationship with: only what the search
 * showed (name, date of birth, masked identity code), and the ways to start working with them.
 */
export function LimitedPersonView({ person }: { person: KnownPerson }) {
  const { t } = useTranslation();
  return (
    <article>
      <div className="page-header">
        <div>
          <PersonHeading person={person} />
        </div>
        <div className="page-actions">
          <StartWorkLinks personId={person.id} />
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
            <MaskedIdentityCode masked={person.identityCodeMasked} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
