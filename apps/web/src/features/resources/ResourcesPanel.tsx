import type { Resources } from '@verkosto/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResources } from '../../api/resources';
import { Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { formatDate, formatTime } from '../../i18n/format';
import { ResourcesForm } from './ResourcesForm';
import { GuidanceList, Suggestions } from './Suggestions';
import '../../styles/resources.css';

type Done = 'saved' | 'guided';

/**
 * Resources and risks on the case page: the strengths of the family and of each member, the risk
 * factors named with what protects, the services that answer the named risks, and the guidance given
 * to them. The case's own workers keep it; readers let in by a consent or a stated basis only read it.
 */
export function ResourcesPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useResources(caseId);
  const [done, setDone] = useState<Done | null>(null);
  if (query.isError) return null;
  const panel = query.data;
  const reload = async () => (await query.refetch()).data;

  return (
    <section aria-labelledby="resources-heading" className="panel resources">
      <div className="panel-header">
        <h2 id="resources-heading">{t('resources.title')}</h2>
        {panel?.canEdit && (
          <div className="no-print">
            <ResourcesForm caseId={caseId} panel={panel} onSaved={() => setDone('saved')} onReload={reload} />
          </div>
        )}
      </div>
      <p className="resources-intro">{t('resources.intro')}</p>
      {panel && !panel.canEdit && <p className="muted">{t('resources.readOnly')}</p>}
      <StatusMessage>
        {done === 'saved'
          ? t('resources.saved')
          : done === 'guided'
            ? t('resources.guidance.recorded')
            : null}
      </StatusMessage>
      {!panel ? (
        <Loading />
      ) : (
        <>
          {panel.resources ? (
            <ResourcesView resources={panel.resources} />
          ) : (
            <div className="resources-empty">
              <p>{panel.canEdit ? t('resources.empty.invite') : t('resources.empty.none')}</p>
              {panel.canEdit && <p className="muted">{t('resources.empty.hint')}</p>}
            </div>
          )}
          <Suggestions caseId={caseId} panel={panel} onRecorded={() => setDone('guided')} />
          <GuidanceList panel={panel} />
        </>
      )}
    </section>
  );
}

/** What was written down, in words: strengths first, then the risks and what protects. */
function ResourcesView({ resources: r }: { resources: Resources }) {
  const { t } = useTranslation();
  const none = <p className="muted">{t('common.notRecorded')}</p>;
  return (
    <div className="resources-view">
      <div className="resources-column">
        <h3>{t('resources.view.familyStrengths')}</h3>
        {r.familyStrengths ? <p className="prewrap">{r.familyStrengths}</p> : none}
        <h3>{t('resources.view.memberStrengths')}</h3>
        {r.memberStrengths.length === 0 ? (
          none
        ) : (
          <dl className="resources-members-list">
            {r.memberStrengths.map((m) => (
              <div key={`${m.name}-${m.strengths}`}>
                <dt>{m.name}</dt>
                <dd className="prewrap">{m.strengths}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <div className="resources-column">
        <h3>{t('resources.view.risks')}</h3>
        {r.risks.length === 0 ? (
          <p className="muted">{t('resources.view.noRisks')}</p>
        ) : (
          <ul className="resources-risk-list">
            {r.risks.map((x) => (
              <li key={x.factor}>
                <strong>{t(`enums.riskFactor.${x.factor}`)}</strong>
                {x.note && <span className="cell-detail prewrap">{x.note}</span>}
              </li>
            ))}
          </ul>
        )}
        <h3>{t('resources.view.protective')}</h3>
        {r.protectiveFactors ? <p className="prewrap">{r.protectiveFactors}</p> : none}
      </div>
      <p className="resources-updated muted">
        {t('resources.view.updated', {
          name: r.updatedBy,
          date: formatDate(r.updatedAt),
          time: formatTime(r.updatedAt),
        })}
      </p>
    </div>
  );
}
