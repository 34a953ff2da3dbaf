import type { FamilyDetail } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useFamily } from '../../api/families';
import { Icon } from '../../components/Icon';
import { listName } from '../../components/names';
import { QueryGate } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { ageInYears, formatDate } from '../../i18n/format';
import { CaseTable } from '../cases/CaseTable';
import { handlesClients, useUser } from '../session/user-context';

function savedFlash(state: unknown): 'created' | 'updated' | null {
  if (typeof state !== 'object' || state === null || !('saved' in state)) return null;
  const saved = (state as { saved: unknown }).saved;
  return saved === 'created' || saved === 'updated' ? saved : null;
}

export function FamilyPage() {
  const { t } = useTranslation();
  usePageTitle(t('families.detail.title'));
  const { familyId = '' } = useParams();
  const query = useFamily(familyId);
  return <QueryGate query={query}>{(family) => <FamilyView family={family} />}</QueryGate>;
}

function FamilyView({ family }: { family: FamilyDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const location = useLocation();
  const saved = savedFlash(location.state);

  return (
    <article>
      <div className="page-header">
        <div>
          <p className="eyebrow">{t('families.detail.eyebrow')}</p>
          <h1>{family.name}</h1>
          <p className="header-meta">{t('families.detail.memberCount', { count: family.members.length })}</p>
        </div>
        <div className="page-actions">
          <Link to={`/families/${family.id}/edit`} className="button button-secondary">
            <Icon name="edit" />
            {t('families.detail.edit')}
          </Link>
          {handlesClients(user) && (
            <Link to={`/cases/new?familyId=${family.id}`} className="button button-primary">
              <Icon name="plus" />
              {t('families.detail.openCase')}
            </Link>
          )}
        </div>
      </div>
      <StatusMessage>{saved ? t(`families.detail.saved.${saved}`) : null}</StatusMessage>

      <section aria-labelledby="family-members" className="section">
        <h2 id="family-members">{t('families.detail.members')}</h2>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('families.detail.members')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('persons.columns.name')}</th>
                <th scope="col">{t('persons.columns.dateOfBirth')}</th>
                <th scope="col">{t('families.columns.role')}</th>
                <th scope="col">{t('families.columns.guardian')}</th>
              </tr>
            </thead>
            <tbody>
              {family.members.map((m) => {
                const age = ageInYears(m.dateOfBirth);
                return (
                  <tr key={m.personId}>
                    <th scope="row">
                      <Link to={`/persons/${m.personId}`} className="cell-link">
                        {listName(m)}
                      </Link>
                    </th>
                    <td className="cell-nowrap">
                      {formatDate(m.dateOfBirth)}
                      {age !== null && (
                        <span className="cell-detail">{t('persons.detail.age', { count: age })}</span>
                      )}
                    </td>
                    <td>{t(`enums.familyRole.${m.role}`)}</td>
                    <td>{m.isGuardian ? t('common.yes') : t('common.no')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="family-cases" className="section">
        <h2 id="family-cases">{t('families.detail.cases')}</h2>
        {family.cases.length === 0 ? (
          <p className="muted">{t('families.detail.noCases')}</p>
        ) : (
          <CaseTable cases={family.cases} caption={t('families.detail.cases')} />
        )}
      </section>
    </article>
  );
}
