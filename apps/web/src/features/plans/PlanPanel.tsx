import type { PlanOverview } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePlan } from '../../api/plans';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { formatDate, formatTime } from '../../i18n/format';
import { GoalAttainment } from './GoalAttainment';
import { PlanVersions } from './PlanVersions';
import { PlanView } from './PlanView';

function savedVersion(state: unknown): number | null {
  if (typeof state !== 'object' || state === null || !('planSaved' in state)) return null;
  const n = (state as { planSaved: unknown }).planSaved;
  return typeof n === 'number' ? n : null;
}

/**
 * The case's shared plan on the case page: the current version to read, its goal reviews, and its
 * versions to compare. The case's own workers make new versions; everyone else who reads the case reads it.
 */
export function PlanPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = usePlan(caseId);
  const location = useLocation();
  const [reviewed, setReviewed] = useState(false);
  if (query.isError) return null;
  const overview = query.data;
  const saved = savedVersion(location.state);

  return (
    <section aria-labelledby="plan-title" className="panel plan">
      <div className="panel-header">
        <h2 id="plan-title">{t('plans.title')}</h2>
        <div className="plan-panel-actions no-print">
          {overview?.canEdit && (
            <Link to={`/cases/${caseId}/plan/edit`} className="button button-primary">
              <Icon name={overview.current ? 'edit' : 'plus'} />
              {overview.current ? t('plans.edit.open') : t('plans.edit.openFirst')}
            </Link>
          )}
          {overview?.current && (
            <Button className="button button-secondary" onPress={() => window.print()}>
              {t('plans.print')}
            </Button>
          )}
        </div>
      </div>
      <p className="plan-intro">{t('plans.intro')}</p>
      <StatusMessage>
        {reviewed ? t('plans.gas.saved') : saved !== null ? t('plans.edit.saved', { n: saved }) : null}
      </StatusMessage>
      {overview ? (
        <PlanBody caseId={caseId} overview={overview} onReviewed={() => setReviewed(true)} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function PlanBody({
  caseId,
  overview,
  onReviewed,
}: {
  caseId: string;
  overview: PlanOverview;
  onReviewed: () => void;
}) {
  const { t } = useTranslation();
  const { current } = overview;
  if (!current) {
    return (
      <div className="empty-state">
        <p>{t('plans.empty')}</p>
        {!overview.canEdit && <p>{t('plans.emptyReadOnly')}</p>}
      </div>
    );
  }
  return (
    <>
      <dl className="facts plan-meta">
        <div>
          <dt>{t('plans.meta.version')}</dt>
          <dd>{current.versionNo}</dd>
        </div>
        <div>
          <dt>{t('plans.meta.savedBy')}</dt>
          <dd>
            {current.createdBy}
            <span className="dd-detail">
              {t('plans.meta.when', {
                date: formatDate(current.createdAt),
                time: formatTime(current.createdAt),
              })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('plans.meta.agreed')}</dt>
          <dd>
            {current.meetingId ? (
              <Link to={`/meetings/${current.meetingId}`}>{t('plans.meta.atMeeting')}</Link>
            ) : (
              t('plans.meta.noMeeting')
            )}
          </dd>
        </div>
      </dl>
      {!overview.canEdit && <p className="muted">{t('plans.readOnly')}</p>}
      <PlanView content={current.content} idPrefix="plan-current" />
      <GoalAttainment caseId={caseId} current={current} canEdit={overview.canEdit} onReviewed={onReviewed} />
      <PlanVersions caseId={caseId} overview={overview} />
    </>
  );
}
