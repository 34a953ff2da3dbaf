import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNetwork } from '../../api/network';
import { Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { MemberForm } from './MemberForm';
import { MemberTable } from './MemberTable';
import { NetworkMap, NetworkMapLegend } from './NetworkMap';
import { Snapshots } from './Snapshots';

type Done = 'added' | 'updated' | 'removed' | 'snapshot';

/**
 * The client's network on the case page: the map, the members in a table, and saved maps.
 * The client decides who is in; the case's own workers keep it, consent readers only see it,
 * and so does a worker who stated a legal basis to read the case.
 */
export function NetworkPanel({ caseId, statedBasis = false }: { caseId: string; statedBasis?: boolean }) {
  const { t } = useTranslation();
  const query = useNetwork(caseId);
  const [done, setDone] = useState<Done | null>(null);
  if (query.isError) return null;
  const network = query.data;
  const firstName = network?.client?.firstNames.split(/\s+/)[0];
  const clientName = firstName || t('network.map.clientFallback');
  const reload = async () => (await query.refetch()).data;

  return (
    <section aria-labelledby="network-title" className="panel network">
      <div className="panel-header">
        <h2 id="network-title">{t('network.title')}</h2>
        <div className="network-actions no-print">
          {network?.canEdit && (
            <MemberForm caseId={caseId} onSaved={() => setDone('added')} onReload={reload} />
          )}
          <Button className="button button-secondary" onPress={() => window.print()}>
            {t('network.print')}
          </Button>
        </div>
      </div>
      <p className="network-intro">{t('network.intro')}</p>
      {network && !network.canEdit && (
        <p className="muted">{statedBasis ? t('network.readOnlyStated') : t('network.readOnly')}</p>
      )}
      <StatusMessage>
        {done === 'added'
          ? t('network.added')
          : done === 'updated'
            ? t('network.updated')
            : done === 'removed'
              ? t('network.removed')
              : done === 'snapshot'
                ? t('network.snapshots.saved')
                : null}
      </StatusMessage>
      {network ? (
        <>
          <div className="network-overview">
            <NetworkMap members={network.members} clientName={clientName} />
            <NetworkMapLegend />
          </div>
          <h3 id="network-members">{t('network.list.heading')}</h3>
          <MemberTable network={network} onSaved={setDone} onReload={reload} />
          <Snapshots network={network} clientName={clientName} onSaved={() => setDone('snapshot')} />
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}
