import type { AdminOrganisation, AdminUnit } from '@verkosto/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdminOrganisations, useAdminUnits } from '../../api/admin';
import { NotFoundContent } from '../../components/NotFound';
import { LoadError, Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useUser } from '../session/user-context';
import { AdminLayout } from './AdminLayout';
import { changesPathOf } from './change-filter';
import { UnitForm } from './UnitForm';

/** The units of the organisations: where the work is done, each in the register its service domain decides. */
export function UnitsPage() {
  const { t } = useTranslation();
  const isAdmin = useUser().role === 'admin';
  const units = useAdminUnits(isAdmin);
  const organisations = useAdminOrganisations(isAdmin);
  const [status, setStatus] = useState<string | null>(null);

  if (!isAdmin) return <NotFoundContent />;

  const reload = async (id: string) => (await units.refetch()).data?.units.find((u) => u.id === id);
  const failed = units.isError ? units : organisations.isError ? organisations : null;

  return (
    <AdminLayout
      title={t('admin.units.title')}
      intro={t('admin.units.intro')}
      actions={
        organisations.data && (
          <UnitForm
            unit={null}
            organisations={organisations.data.organisations}
            onReload={reload}
            onSaved={(u) => setStatus(t('admin.units.added', { name: u.name }))}
          />
        )
      }
    >
      <StatusMessage>{status}</StatusMessage>
      {units.isSuccess && organisations.isSuccess ? (
        <UnitTable
          units={units.data.units}
          organisations={organisations.data.organisations}
          onReload={reload}
          onSaved={(u) => setStatus(t('admin.units.saved', { name: u.name }))}
        />
      ) : failed ? (
        <LoadError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : (
        <Loading />
      )}
    </AdminLayout>
  );
}

interface TableProps {
  units: AdminUnit[];
  organisations: AdminOrganisation[];
  onReload: (id: string) => Promise<AdminUnit | undefined>;
  onSaved: (saved: AdminUnit) => void;
}

function UnitTable({ units, organisations, onReload, onSaved }: TableProps) {
  const { t } = useTranslation();
  if (units.length === 0) {
    return (
      <div className="empty-state">
        <p>{t('admin.units.empty')}</p>
      </div>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table table-compact">
        <caption className="visually-hidden">{t('admin.units.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.units.column.name')}</th>
            <th scope="col">{t('admin.units.column.organisation')}</th>
            <th scope="col">{t('admin.units.column.serviceDomain')}</th>
            <th scope="col">{t('admin.units.column.register')}</th>
            <th scope="col">{t('admin.units.column.serviceTypes')}</th>
            <th scope="col" className="cell-number">
              {t('admin.units.column.users')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                {u.name}
                {u.emergencyPhone && (
                  <span className="cell-detail">
                    {t('admin.units.emergencyPhone', { phone: u.emergencyPhone })}
                  </span>
                )}
              </th>
              <td>{u.organisation.name}</td>
              <td>{t(`enums.serviceDomain.${u.serviceDomain}`)}</td>
              <td>
                {u.register ? (
                  t(`enums.register.${u.register}`)
                ) : (
                  <span className="muted">{t('admin.units.noRegister')}</span>
                )}
              </td>
              <td>
                {u.serviceTypes.length === 0 ? (
                  <span className="muted">{t('admin.units.noServiceTypes')}</span>
                ) : (
                  <ul className="admin-list">
                    {u.serviceTypes.map((s) => (
                      <li key={s}>{t(`enums.serviceType.${s}`)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="cell-number">{u.userCount}</td>
              <td className="cell-action">
                <div className="admin-actions">
                  <UnitForm unit={u} organisations={organisations} onReload={onReload} onSaved={onSaved} />
                  <Link to={changesPathOf('unit', u.id)} aria-label={t('admin.changesFor', { name: u.name })}>
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
