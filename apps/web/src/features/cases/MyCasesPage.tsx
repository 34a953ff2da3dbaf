import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyCases } from '../../api/cases';
import { Icon } from '../../components/Icon';
import { QueryGate } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { ClientWorkOnly } from '../session/ClientWorkOnly';
import { handlesClients, useUser } from '../session/user-context';
import { CaseTable } from './CaseTable';

export function MyCasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.mine.title'));
  const user = useUser();
  const works = handlesClients(user);
  const query = useMyCases(works);

  if (!works) {
    return <ClientWorkOnly title={t('cases.mine.title')} />;
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('cases.mine.title')}</h1>
          <p className="lead">{t('cases.mine.intro')}</p>
        </div>
        <div className="page-actions">
          <Link to="/persons" className="button button-primary">
            <Icon name="search" />
            {t('cases.mine.findPerson')}
          </Link>
        </div>
      </div>
      <QueryGate query={query}>
        {({ cases }) => {
          if (cases.length === 0) {
            return (
              <div className="empty-state">
                <p>{t('cases.mine.empty')}</p>
                <p>
                  <Link to="/persons">{t('cases.mine.emptyAction')}</Link>
                </p>
              </div>
            );
          }
          const open = cases.filter((c) => c.status === 'open').length;
          return (
            <>
              <p className="table-summary">
                {t('cases.mine.count', { count: cases.length })} ·{' '}
                {t('cases.mine.openCount', { count: open })}
              </p>
              <CaseTable cases={cases} caption={t('cases.mine.title')} />
            </>
          );
        }}
      </QueryGate>
    </>
  );
}
