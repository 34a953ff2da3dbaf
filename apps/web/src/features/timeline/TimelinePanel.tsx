import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useTimeline } from '../../api/timeline';
import { Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { EventForm } from './EventForm';
import { EventList } from './EventList';
import { TimelineChart, TimelineLegend } from './TimelineChart';
import '../../styles/timeline.css';

type Done = 'added' | 'updated' | 'removed';

/** Prints the timeline alone, without the rest of the case page. */
function printPanel() {
  document.body.dataset.print = 'timeline';
  window.addEventListener('afterprint', () => delete document.body.dataset.print, { once: true });
  window.print();
}

/**
 * The family's timeline (aikajana) on the case page: life events as the family tells them, drawn on a
 * line from the child's birth to today and listed in words. The case's own workers keep it, built together
 * with the family; readers let in by a consent or a stated basis only read it.
 */
export function TimelinePanel({ caseId, bornOn = null }: { caseId: string; bornOn?: string | null }) {
  const { t } = useTranslation();
  const query = useTimeline(caseId);
  const [done, setDone] = useState<Done | null>(null);
  if (query.isError) return null;
  const timeline = query.data;
  const reload = async () => (await query.refetch()).data;

  return (
    <section aria-labelledby="timeline-heading" className="panel timeline">
      <div className="panel-header">
        <h2 id="timeline-heading">{t('timeline.title')}</h2>
        <div className="timeline-actions no-print">
          {timeline?.canEdit && (
            <EventForm caseId={caseId} onSaved={() => setDone('added')} onReload={reload} />
          )}
          {timeline && timeline.events.length > 0 && (
            <Button className="button button-secondary" onPress={printPanel}>
              {t('timeline.print')}
            </Button>
          )}
        </div>
      </div>
      <p className="timeline-intro">{t('timeline.intro')}</p>
      {timeline && !timeline.canEdit && <p className="muted">{t('timeline.readOnly')}</p>}
      <StatusMessage>
        {done === 'added'
          ? t('timeline.added')
          : done === 'updated'
            ? t('timeline.updated')
            : done === 'removed'
              ? t('timeline.removed')
              : null}
      </StatusMessage>
      {!timeline ? (
        <Loading />
      ) : timeline.events.length === 0 ? (
        <div className="timeline-empty">
          <p>{timeline.canEdit ? t('timeline.empty.invite') : t('timeline.empty.none')}</p>
          {timeline.canEdit && <p className="muted">{t('timeline.empty.hint')}</p>}
        </div>
      ) : (
        <>
          <figure className="timeline-figure">
            {/* On a narrow screen the drawing keeps a readable size and scrolls, by keyboard too. */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
            <section className="timeline-scroll" tabIndex={0} aria-label={t('timeline.chart.scroll')}>
              <TimelineChart events={timeline.events} bornOn={bornOn} />
            </section>
            <figcaption>
              <TimelineLegend />
            </figcaption>
          </figure>
          <h3 id="timeline-list">{t('timeline.list.heading')}</h3>
          <EventList timeline={timeline} onSaved={setDone} onReload={reload} />
        </>
      )}
    </section>
  );
}
