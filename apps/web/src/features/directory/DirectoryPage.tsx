import type { DirectoryService } from '@verkosto/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceDirectory } from '../../api/resources';
import { Icon } from '../../components/Icon';
import { NotFoundContent } from '../../components/NotFound';
import { LoadError, Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { useUser } from '../session/user-context';
import { RetireServiceDialog } from './RetireServiceDialog';
import { ServiceForm } from './ServiceForm';
import '../../styles/resources.css';

/**
 * The county's service directory, for admins: the services a named risk on a case suggests, with
 * their kind, contact and level of work. Retiring takes a service out of the suggestions; the
 * guidance already given on cases keeps it.
 */
export function DirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('directory.title'));
  const user = useUser();
  const isAdmin = user.role === 'admin';
  // Everyone may read the directory, but this page is where it is kept: others see no page here.
  const query = useServiceDirectory(isAdmin);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [retiredCount, setRetiredCount] = useState(0);

  // The row and its button are gone: focus starts again from the top of the page, not from nowhere.
  // After the commit, once the dialog (which keeps focus inside itself while open) has closed.
  useEffect(() => {
    if (retiredCount > 0) headingRef.current?.focus();
  }, [retiredCount]);

  if (!isAdmin) return <NotFoundContent />;

  const reloadOne = (id: string) => async () =>
    (await query.refetch()).data?.services.find((s) => s.id === id);

  const retired = (name: string, already: boolean) => {
    setStatus(t(already ? 'directory.alreadyRetired' : 'directory.retired', { name }));
    setRetiredCount((n) => n + 1);
  };

  return (
    <article>
      <div className="page-header">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            {t('directory.title')}
          </h1>
          <p className="lead">{t('directory.intro')}</p>
        </div>
        <div className="page-actions">
          <ServiceForm service={null} onSaved={(s) => setStatus(t('directory.added', { name: s.name }))} />
        </div>
      </div>
      <div className="notice notice-info">
        <Icon name="info" />
        <p>{t('directory.retireNote')}</p>
      </div>
      <StatusMessage>{status}</StatusMessage>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.services.length === 0 ? (
        <p className="muted">{t('directory.empty')}</p>
      ) : (
        <DirectoryTable
          services={query.data.services}
          onSaved={(s) => setStatus(t('directory.saved', { name: s.name }))}
          onReload={reloadOne}
          onGone={(name) => setStatus(t('directory.goneMeanwhile', { name }))}
          onRetired={retired}
        />
      )}
    </article>
  );
}

interface TableProps {
  services: DirectoryService[];
  onSaved: (saved: DirectoryService) => void;
  onReload: (id: string) => () => Promise<DirectoryService | undefined>;
  onGone: (name: string) => void;
  onRetired: (name: string, already: boolean) => void;
}

/** The services as a table to scan, each with its edit and retire buttons. */
function DirectoryTable({ services, onSaved, onReload, onGone, onRetired }: TableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-compact">
        <caption className="visually-hidden">{t('directory.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.column.name')}</th>
            <th scope="col">{t('directory.column.kind')}</th>
            <th scope="col">{t('directory.column.contact')}</th>
            <th scope="col">{t('directory.column.level')}</th>
            <th scope="col">{t('directory.column.risks')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('directory.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.name}</th>
              <td>{s.kind}</td>
              <td>{s.contact}</td>
              <td className="cell-nowrap">{t(`enums.levelOfWork.${s.level}`)}</td>
              <td>
                {s.riskFactors.length === 0 ? (
                  <span className="muted">{t('directory.noRisks')}</span>
                ) : (
                  <ul className="directory-risks">
                    {s.riskFactors.map((f) => (
                      <li key={f}>{t(`enums.riskFactor.${f}`)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="cell-action">
                <div className="directory-actions">
                  <ServiceForm service={s} onSaved={onSaved} onReload={onReload(s.id)} onGone={onGone} />
                  <RetireServiceDialog service={s} onRetired={onRetired} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
