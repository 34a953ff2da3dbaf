import type { LifeEvent, Timeline } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { EventForm } from './EventForm';
import { useWhenText } from './event-when';
import { RemoveEventDialog } from './RemoveEventDialog';
import { EventMarker } from './TimelineChart';

interface Props {
  timeline: Timeline;
  onSaved: (what: 'updated' | 'removed') => void;
  onReload: () => Promise<Timeline | undefined>;
}

/** The events as a list in time order: everything the drawing shows, in words, and the details besides. */
export function EventList({ timeline, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  return (
    // A reader has no buttons in the table: the wrapper itself takes focus so that a wide table can be
    // scrolled by keyboard (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-wrap" tabIndex={0} aria-labelledby="timeline-list-caption">
      <table className="table table-compact timeline-table">
        <caption id="timeline-list-caption" className="visually-hidden">
          {t('timeline.list.heading')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('timeline.list.when')}</th>
            <th scope="col">{t('timeline.list.event')}</th>
            <th scope="col">{t('timeline.list.kind')}</th>
            <th scope="col">{t('timeline.list.significance')}</th>
            <th scope="col">{t('timeline.list.toldBy')}</th>
            {timeline.canEdit && (
              <th scope="col" className="no-print">
                {t('timeline.list.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {timeline.events.map((e) => (
            <EventRow key={e.id} event={e} timeline={timeline} onSaved={onSaved} onReload={onReload} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function EventRow({ event: e, timeline, onSaved, onReload }: Props & { event: LifeEvent }) {
  const { t } = useTranslation();
  const whenText = useWhenText();
  return (
    <tr>
      <td className="cell-nowrap">{whenText(e.when)}</td>
      <th scope="row">
        {e.title}
        {e.description && <span className="cell-detail prewrap">{e.description}</span>}
      </th>
      <td>{t(`enums.lifeEventKind.${e.kind}`)}</td>
      <td>
        <span className="timeline-significance">
          <svg
            viewBox="0 0 24 24"
            className="timeline-significance-sample"
            aria-hidden="true"
            focusable="false"
          >
            <EventMarker significance={e.significance} x={12} y={12} />
          </svg>
          {t(`enums.eventSignificance.${e.significance}`)}
        </span>
      </td>
      <td>{e.toldBy}</td>
      {timeline.canEdit && (
        <td className="no-print">
          <div className="timeline-row-actions">
            <EventForm
              caseId={timeline.caseId}
              event={e}
              onSaved={() => onSaved('updated')}
              onReload={onReload}
            />
            <RemoveEventDialog event={e} caseId={timeline.caseId} onRemoved={() => onSaved('removed')} />
          </div>
        </td>
      )}
    </tr>
  );
}
