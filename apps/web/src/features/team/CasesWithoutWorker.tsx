import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCasesWithoutActiveWorker } from '../../api/cases';
import { isApiError } from '../../api/client';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/QueryState';
import { formatDate } from '../../i18n/format';
import { ClientName, sortCases } from '../cases/CaseTable';

/**
 * The open cases of the lead's units whose responsible worker's account is no longer in use: they
 * wait for the lead to give them to someone. A row names what the team page's other lists do.
 */
export function CasesWithoutWorker() {
  const { t } = useTranslation();
  const query = useCasesWithoutActiveWorker();
  const title = t('team.withoutWorker.title');

  return (
    <section aria-labelledby="team-without-worker" className="section">
      <h2 id="team-without-worker">{title}</h2>
      <p>{t('team.withoutWorker.intro')}</p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <div className="notice notice-error" role="alert">
          <Icon name="alert" />
          <p>{t(`errors.code.${isApiError(query.error) ? query.error.code : 'internal_error'}`)}</p>
        </div>
      ) : query.data.cases.length === 0 ? (
        <p className="muted">{t('team.withoutWorker.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact team-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.client')}</th>
                <th scope="col">{t('team.unit')}</th>
                <th scope="col">{t('cases.columns.responsibleWorker')}</th>
                <th scope="col">{t('cases.columns.openedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {sortCases(query.data.cases).map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/cases/${c.id}`} className="cell-link">
                      <ClientName subject={c.subject} />
                    </Link>
                  </th>
                  <td>{c.unit.name}</td>
                  <td>
                    {c.responsibleWorker.displayName}
                    <span className="cell-detail">{t('team.withoutWorker.inactive')}</span>
                  </td>
                  <td className="cell-nowrap">{formatDate(c.openedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
