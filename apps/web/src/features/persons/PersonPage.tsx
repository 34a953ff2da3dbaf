import { useQueryClient } from '@tanstack/react-query';
import type { PersonDetail } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { usePerson } from '../../api/persons';
import { Icon } from '../../components/Icon';
import { QueryGate } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../i18n/format';
import { AccessLogLink } from '../access-log/AccessLogLink';
import { CaseTable } from '../cases/CaseTable';
import { type KnownPerson, rememberedPerson } from './identity';
import { LimitedPersonView } from './LimitedPersonView';
import { OtherServices } from './OtherServices';
import { PersonHeading } from './PersonHeading';
import { isLanguageCode } from './person-form-values';
import { AddressReveal, IdentityCodeReveal } from './RevealFields';
import { StartWorkLinks } from './StartWorkLinks';

function savedFlash(state: unknown): 'created' | 'updated' | null {
  if (typeof state !== 'object' || state === null || !('saved' in state)) return null;
  const saved = (state as { saved: unknown }).saved;
  return saved === 'created' || saved === 'updated' ? saved : null;
}

export function PersonPage() {
  const { t } = useTranslation();
  usePageTitle(t('persons.detail.title'));
  const { personId = '' } = useParams();
  const query = usePerson(personId);
  const queryClient = useQueryClient();
  const known: KnownPerson | undefined = rememberedPerson(queryClient, personId);

  // Found by a search but no care relationship yet: the basics the search already showed, and the way on.
  if (query.isError && isApiError(query.error) && query.error.status === 404 && known) {
    return <LimitedPersonView person={known} />;
  }
  return <QueryGate query={query}>{(person) => <PersonView person={person} />}</QueryGate>;
}

function PersonView({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const location = useLocation();
  const saved = savedFlash(location.state);
  const languages = person.languages.map((code) =>
    isLanguageCode(code) ? t(`enums.language.${code}`) : code,
  );

  return (
    <article>
      <div className="page-header">
        <div>
          <PersonHeading person={person} />
          {(person.addressProtection || person.sharedClient) && (
            <p className="header-meta">
              {person.addressProtection && (
                <span className="badge badge-protected">
                  <Icon name="lock" />
                  {t('persons.detail.protectionBadge')}
                </span>
              )}
              {person.sharedClient && (
                <span className="badge badge-shared" title={t('persons.detail.sharedHelp')}>
                  <Icon name="open" />
                  {t('persons.detail.sharedBadge')}
                  <span className="visually-hidden">: {t('persons.detail.sharedHelp')}</span>
                </span>
              )}
            </p>
          )}
        </div>
        <div className="page-actions">
          <Link to={`/persons/${person.id}/edit`} className="button button-secondary">
            <Icon name="edit" />
            {t('persons.detail.edit')}
          </Link>
          <StartWorkLinks personId={person.id} />
          <AccessLogLink personId={person.id} />
        </div>
      </div>
      <StatusMessage>{saved ? t(`persons.detail.saved.${saved}`) : null}</StatusMessage>

      <section className="panel" aria-labelledby="person-facts">
        <h2 id="person-facts">{t('persons.detail.facts')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('persons.form.dateOfBirth')}</dt>
            <dd>{formatDate(person.dateOfBirth)}</dd>
          </div>
          <div>
            <dt>{t('persons.form.identityCode')}</dt>
            <dd>
              <IdentityCodeReveal person={person} />
            </dd>
          </div>
          <div>
            <dt>{t('persons.form.languages')}</dt>
            <dd>{languages.length > 0 ? languages.join(', ') : t('common.notRecorded')}</dd>
          </div>
          <div>
            <dt>{t('persons.form.interpreterNeeded')}</dt>
            <dd>{person.interpreterNeeded ? t('common.yes') : t('common.no')}</dd>
          </div>
          <div>
            <dt>{t('persons.form.phone')}</dt>
            <dd>{person.phone ?? <span className="muted">{t('common.notRecorded')}</span>}</dd>
          </div>
          <div>
            <dt>{t('persons.form.email')}</dt>
            <dd>{person.email ?? <span className="muted">{t('common.notRecorded')}</span>}</dd>
          </div>
          <div className="facts-wide">
            <dt>{t('persons.detail.address')}</dt>
            <dd>
              <AddressReveal person={person} />
            </dd>
          </div>
        </dl>
        <p className="muted small">
          {t('persons.detail.updatedAt', {
            date: formatDate(person.updatedAt),
            time: formatTime(person.updatedAt),
          })}
        </p>
      </section>

      <section aria-labelledby="person-families" className="section">
        <h2 id="person-families">{t('persons.detail.families')}</h2>
        {person.families.length === 0 ? (
          <p className="muted">{t('persons.detail.noFamilies')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('persons.detail.families')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('families.columns.family')}</th>
                  <th scope="col">{t('families.columns.role')}</th>
                  <th scope="col">{t('families.columns.guardian')}</th>
                </tr>
              </thead>
              <tbody>
                {person.families.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">
                      <Link to={`/families/${f.id}`} className="cell-link">
                        {f.name}
                      </Link>
                    </th>
                    <td>{t(`enums.familyRole.${f.role}`)}</td>
                    <td>{f.isGuardian ? t('common.yes') : t('common.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="person-cases" className="section">
        <h2 id="person-cases">{t('persons.detail.cases')}</h2>
        {person.cases.length === 0 ? (
          <p className="muted">{t('persons.detail.noCases')}</p>
        ) : (
          <CaseTable cases={person.cases} caption={t('persons.detail.cases')} />
        )}
      </section>
      <OtherServices services={person.otherServices} />
    </article>
  );
}
