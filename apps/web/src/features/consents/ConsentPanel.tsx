import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsentPanel } from '../../api/consents';
import { Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { ConsentForm } from './ConsentForm';
import { ConsentList } from './ConsentList';

/**
 * The consents of a case, for its own workers. Anyone else (a reader whom a consent let in) gets
 * 404 from the server, and the panel is simply not there.
 */
export function ConsentPanel({ caseId, caseOpen }: { caseId: string; caseOpen: boolean }) {
  const { t } = useTranslation();
  const query = useConsentPanel(caseId);
  const [done, setDone] = useState<'recorded' | 'withdrawn' | null>(null);
  if (query.isError) return null;

  return (
    <section aria-labelledby="consents-title" className="panel consents">
      <div className="panel-header">
        <h2 id="consents-title">{t('consents.title')}</h2>
        {caseOpen && query.data && (
          <ConsentForm caseId={caseId} panel={query.data} onRecorded={() => setDone('recorded')} />
        )}
      </div>
      <p className="consents-intro">{t('consents.intro')}</p>
      <StatusMessage>
        {done === 'recorded'
          ? t('consents.recorded')
          : done === 'withdrawn'
            ? t('consents.withdrawnDone')
            : null}
      </StatusMessage>
      {query.data ? (
        <ConsentList panel={query.data} canWithdraw={caseOpen} onWithdrawn={() => setDone('withdrawn')} />
      ) : (
        <Loading />
      )}
    </section>
  );
}
