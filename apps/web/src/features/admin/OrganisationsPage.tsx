import type { AdminOrganisation } from '@verkosto/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdminOrganisations } from '../../api/admin';
import { NotFoundContent } from '../../components/NotFound';
import { LoadError, Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useUser } from '../session/user-context';
import { AdminLayout } from './AdminLayout';
import { changesPathOf } from './change-filter';
import { OrganisationForm } from './OrganisationForm';

/** The organisations of the county's structure: the county itself, municipalities, providers, schools. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const isAdmin = useUser().role === 'admin';
  const query = useAdminOrganisations(isAdmin);
  const [status, setStatus] = useState<string | null>(null);

  if (!isAdmin) return <NotFoundContent />;

  const reload = async (id: string) => (await query.refetch()).data?.organisations.find((o) => o.id === id);
  const organisations = query.data?.organisations ?? [];

  return (
    <AdminLayout
      title={t('admin.organisations.title')}
      intro={t('admin.organisations.intro')}
      actions={
        query.data && (
          <OrganisationForm
            organisation={null}
            organisations={organisations}
            onReload={reload}
            onSaved={(o) => setStatus(t('admin.organisations.added', { name: o.name }))}
          />
        )
      }
    >
      <StatusMessage>{status}</StatusMessage>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <OrganisationTable
          organisations={organisations}
          onReload={reload}
          onSaved={(o) => setStatus(t('admin.organisations.saved', { name: o.name }))}
        />
      )}
    </AdminLayout>
  );
}

interface TableProps {
  organisations: AdminOrganisation[];
  onReload: (id: string) => Promise<AdminOrganisation | undefined>;
  onSaved: (saved: AdminOrganisation) => void;
}

function OrganisationTable({ organisations, onReload, onSaved }: TableProps) {
  const { t } = useTranslation();
  // The parent's name as the list has it: one name for one organisation wherever it shows.
  const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
  return (
    <div className="table-wrap">
      <table className="table table-compact">
        <caption className="visually-hidden">{t('admin.organisations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.organisations.column.name')}</th>
            <th scope="col">{t('admin.organisations.column.kind')}</th>
            <th scope="col">{t('admin.organisations.column.parent')}</th>
            <th scope="col" className="cell-number">
              {t('admin.organisations.column.units')}
            </th>
            <th scope="col" className="cell-number">
              {t('admin.organisations.column.users')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.name}</th>
              <td>{t(`admin.organisationKind.${o.kind}`)}</td>
              <td>
                {o.parent ? (
                  (nameOf.get(o.parent.id) ?? o.parent.name)
                ) : (
                  <span className="muted">{t('admin.organisations.noParent')}</span>
                )}
              </td>
              <td className="cell-number">{o.unitCount}</td>
              <td className="cell-number">{o.userCount}</td>
              <td className="cell-action">
                <div className="admin-actions">
                  <OrganisationForm
                    organisation={o}
                    organisations={organisations}
                    onReload={onReload}
                    onSaved={onSaved}
                  />
                  <Link
                    to={changesPathOf('organisation', o.id)}
                    aria-label={t('admin.changesFor', { name: o.name })}
                  >
                    {t('admin.changesLink')}
                  </Link>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
