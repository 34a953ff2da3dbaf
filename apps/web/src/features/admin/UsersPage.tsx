import type { AdminOrganisation, AdminUnit, AdminUser } from '@verkosto/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdminOrganisations, useAdminUnits, useAdminUsers } from '../../api/admin';
import { Icon } from '../../components/Icon';
import { NotFoundContent } from '../../components/NotFound';
import { LoadError, Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useUser } from '../session/user-context';
import { ActiveDialog, ResetPasswordDialog } from './AccountActions';
import { AccountForm } from './AccountForm';
import { AdminLayout } from './AdminLayout';
import { changesPathOf } from './change-filter';
import { type IssuedPassword, OneTimePassword } from './OneTimePassword';

/**
 * The accounts of the county's structure. A new account and a reset give a one-time password, shown
 * here once; it is in this page's state only, and gone when dismissed or when the admin leaves.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const isAdmin = useUser().role === 'admin';
  const users = useAdminUsers(isAdmin);
  const units = useAdminUnits(isAdmin);
  const organisations = useAdminOrganisations(isAdmin);
  const [status, setStatus] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  const serial = useRef(0);

  if (!isAdmin) return <NotFoundContent />;

  const issue = (user: AdminUser, password: string, reason: IssuedPassword['reason']) => {
    serial.current += 1;
    setIssued({
      serial: serial.current,
      displayName: user.displayName,
      username: user.username,
      password,
      reason,
    });
  };
  const reload = async (id: string) => (await users.refetch()).data?.users.find((u) => u.id === id);
  const failed = [users, units, organisations].find((q) => q.isError) ?? null;
  const ready = users.isSuccess && units.isSuccess && organisations.isSuccess;

  const handlers: RowHandlers = {
    onReload: reload,
    onSaved: (u) => setStatus(t('admin.users.saved', { name: u.displayName })),
    onActive: (u, active) =>
      setStatus(t(active ? 'admin.users.reactivated' : 'admin.users.deactivated', { name: u.displayName })),
    onReset: (u, password) => {
      setStatus(t('admin.users.resetDone', { name: u.displayName }));
      issue(u, password, 'reset');
    },
  };

  return (
    <AdminLayout
      title={t('admin.users.title')}
      intro={t('admin.users.intro')}
      actions={
        ready && (
          <AccountForm
            user={null}
            organisations={organisations.data.organisations}
            units={units.data.units}
            onReload={reload}
            onSaved={(u, password) => {
              setStatus(t('admin.users.added', { name: u.displayName }));
              if (password) issue(u, password, 'created');
            }}
          />
        )
      }
    >
      <StatusMessage>{status}</StatusMessage>
      <OneTimePassword issued={issued} onDismiss={() => setIssued(null)} />
      {ready ? (
        <UserTable
          users={users.data.users}
          organisations={organisations.data.organisations}
          units={units.data.units}
          handlers={handlers}
        />
      ) : failed ? (
        <LoadError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : (
        <Loading />
      )}
    </AdminLayout>
  );
}

interface RowHandlers {
  onReload: (id: string) => Promise<AdminUser | undefined>;
  onSaved: (saved: AdminUser) => void;
  onActive: (user: AdminUser, active: boolean) => void;
  onReset: (user: AdminUser, oneTimePassword: string) => void;
}

interface TableProps {
  users: AdminUser[];
  organisations: AdminOrganisation[];
  units: AdminUnit[];
  handlers: RowHandlers;
}

function UserTable({ users, organisations, units, handlers }: TableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-compact">
        <caption className="visually-hidden">{t('admin.users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.column.name')}</th>
            <th scope="col">{t('admin.users.column.username')}</th>
            <th scope="col">{t('admin.users.column.title')}</th>
            <th scope="col">{t('admin.users.column.role')}</th>
            <th scope="col">{t('admin.users.column.organisation')}</th>
            <th scope="col">{t('admin.users.column.units')}</th>
            <th scope="col">{t('admin.users.column.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={u.active ? undefined : 'admin-row-inactive'}>
              <th scope="row">
                {u.displayName}
                {u.email && <span className="cell-detail">{u.email}</span>}
              </th>
              <td className="code">{u.username}</td>
              <td>{u.title || <span className="muted">{t('admin.users.noTitle')}</span>}</td>
              <td>{t(`enums.userRole.${u.role}`)}</td>
              <td>{u.organisation.name}</td>
              <td>
                {u.units.length === 0 ? (
                  <span className="muted">{t('admin.users.noUnits')}</span>
                ) : (
                  <ul className="admin-list">
                    {u.units.map((unit) => (
                      <li key={unit.id}>{unit.name}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <AccountState user={u} />
              </td>
              <td className="cell-action">
                <div className="admin-actions">
                  <AccountForm
                    user={u}
                    organisations={organisations}
                    units={units}
                    onReload={handlers.onReload}
                    onSaved={handlers.onSaved}
                  />
                  {u.active && <ResetPasswordDialog user={u} onReset={handlers.onReset} />}
                  <ActiveDialog user={u} onDone={handlers.onActive} />
                  <Link
                    to={changesPathOf('user', u.id)}
                    aria-label={t('admin.changesFor', { name: u.displayName })}
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

/** In use or not, said in words with a shape beside it; a pending password change and a lock too. */
function AccountState({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  return (
    <ul className="admin-list admin-state">
      <li className={user.active ? 'admin-state-active' : 'admin-state-inactive'}>
        <Icon name={user.active ? 'open' : 'closed'} />
        {user.active ? t('admin.users.state.active') : t('admin.users.state.inactive')}
      </li>
      {user.active && user.mustChangePassword && <li>{t('admin.users.state.mustChangePassword')}</li>}
      {user.active && user.locked && (
        <li>
          <Icon name="lock" />
          {t('admin.users.state.locked')}
        </li>
      )}
    </ul>
  );
}
