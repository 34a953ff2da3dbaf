import type { ConcernPanel as Panel } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConcernPanel } from '../../api/concerns';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { formatDate, formatTime } from '../../i18n/format';
import { ConcernTrend } from './ConcernTrend';
import { LatestRatings } from './LatestRatings';
import { RateConcernDialog } from './RateConcernDialog';
import { urgentPath } from './ZoneGuidance';
import '../../styles/concerns.css';

/** Prints the zones of concern alone, without the rest of the case page. */
function printPanel() {
  document.body.dataset.print = 'concerns';
  window.addEventListener('afterprint', () => delete document.body.dataset.print, { once: true });
  window.print();
}

/**
 * The zones of concern on the case page: open zone-4 flags first, then the latest rating of each
 * rater side by side, and each rater's zone over time. The case's own workers rate; readers only read.
 */
export function ConcernPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useConcernPanel(caseId);
  const [rated, setRated] = useState(false);
  if (query.isError) return null;
  const panel = query.data;

  return (
    <section aria-labelledby="concerns-title" className="panel concerns">
      <div className="panel-header">
        <h2 id="concerns-title">{t('concerns.title')}</h2>
        <div className="concern-actions no-print">
          {panel?.canEdit && <RateConcernDialog caseId={caseId} onRated={() => setRated(true)} />}
          {panel && panel.assessments.length > 0 && (
            <Button className="button button-secondary" onPress={printPanel}>
              {t('concerns.print')}
            </Button>
          )}
        </div>
      </div>
      <p className="concerns-intro">{t('concerns.intro')}</p>
      {panel && !panel.canEdit && <p className="muted">{t('concerns.readOnly')}</p>}
      <StatusMessage>{rated ? t('concerns.rate.saved') : null}</StatusMessage>
      {!panel ? (
        <Loading />
      ) : (
        <>
          <OpenFlags panel={panel} />
          {panel.assessments.length === 0 ? (
            <p className="muted">{t('concerns.empty')}</p>
          ) : (
            <>
              <LatestRatings panel={panel} canRate={panel.canEdit} onRated={() => setRated(true)} />
              <ConcernTrend caseId={caseId} assessments={panel.assessments} />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** Zone-4 ratings whose record of what was done is not complete: shown before anything else. */
function OpenFlags({ panel }: { panel: Panel }) {
  const { t } = useTranslation();
  const open = panel.assessments.filter((a) => panel.openUrgentIds.includes(a.id));
  return (
    <>
      {open.map((a) => (
        <div key={a.id} className="notice notice-error urgent-flag">
          <Icon name="alert" />
          <div>
            <h3 className="notice-title">{t('concerns.flag.title')}</h3>
            <p>
              {t('concerns.flag.text', {
                name: a.raterLabel,
                date: formatDate(a.recordedAt),
                time: formatTime(a.recordedAt),
              })}
            </p>
            <p>
              <Link to={urgentPath(a.caseId, a.id)} className="button button-primary">
                {panel.canEdit ? t('concerns.flag.link') : t('concerns.flag.view')}
              </Link>
            </p>
          </div>
        </div>
      ))}
    </>
  );
}
