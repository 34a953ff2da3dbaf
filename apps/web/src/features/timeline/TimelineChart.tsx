import { type EventSignificance, eventSignificances, type LifeEvent } from '@verkosto/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '../../i18n/format';
import { useWhenText } from './event-when';
import {
  axisLeft,
  axisRight,
  chartWidth,
  isoFraction,
  labelLines,
  layOut,
  markerOffset,
  type PlacedEvent,
  shortTitle,
} from './timeline-layout';

/** Each significance has its own shape, so that no one has to tell them apart by colour. */
export function EventMarker({
  significance,
  x,
  y,
  approximate = false,
}: {
  significance: EventSignificance;
  x: number;
  y: number;
  approximate?: boolean;
}) {
  const className = `timeline-marker timeline-${significance}${approximate ? ' timeline-marker-approximate' : ''}`;
  const r = 8;
  if (significance === 'positive')
    return (
      <polygon
        className={className}
        points={`${x},${y - r - 2} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`}
      />
    );
  if (significance === 'negative')
    return (
      <polygon
        className={className}
        points={`${x},${y + r + 2} ${x + r + 1},${y - r} ${x - r - 1},${y - r}`}
      />
    );
  if (significance === 'mixed')
    return (
      <polygon
        className={className}
        points={`${x},${y - r - 2} ${x + r + 2},${y} ${x},${y + r + 2} ${x - r - 2},${y}`}
      />
    );
  return <circle className={className} cx={x} cy={y} r={r - 1} />;
}

interface Props {
  /** In time order, as the server gives them. */
  events: readonly LifeEvent[];
  /** The child's date of birth (YYYY-MM-DD), where the line begins; null if the case has none. */
  bornOn: string | null;
}

/**
 * The family's timeline (aikajana) as our own SVG: a line from the child's birth or the first event to
 * today, positive events above it, negative below, mixed and neutral on it. An image to assistive
 * technology, named and described in words; the list after it holds the same events.
 */
export function TimelineChart({ events, bornOn }: Props) {
  const { t, i18n } = useTranslation();
  const whenText = useWhenText();
  const lower = (text: string) => text.toLocaleLowerCase(i18n.language);
  const titleId = useId();
  const descId = useId();
  const today = todayIso();
  const bornLabel = bornOn ? t('timeline.chart.born', { date: formatDate(bornOn) }) : '';
  const todayLabel = t('timeline.chart.today');
  const layout = layOut(events, {
    born: bornOn ? isoFraction(bornOn) : null,
    today: isoFraction(today),
    label: (e) => whenText(e.when),
    bornLabel,
    todayLabel,
  });
  const { axisY, xOf } = layout;

  const description = [
    bornOn
      ? t('timeline.chart.spanFromBirth', { count: events.length, date: formatDate(bornOn) })
      : t('timeline.chart.span', { count: events.length }),
    ...events.map((e) =>
      t('timeline.chart.event', {
        when: whenText(e.when),
        title: e.title,
        kind: lower(t(`enums.lifeEventKind.${e.kind}`)),
        significance: lower(t(`enums.eventSignificance.${e.significance}`)),
      }),
    ),
    t('timeline.chart.listAfter'),
  ].join(' ');

  return (
    <svg
      className="timeline-chart"
      viewBox={`0 0 ${chartWidth} ${layout.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{t('timeline.chart.title')}</title>
      <desc id={descId}>{description}</desc>
      <line className="timeline-axis" x1={axisLeft} x2={axisRight} y1={axisY} y2={axisY} />
      {layout.placed.map((p) => (
        <PlacedMarker key={p.event.id} placed={p} axisY={axisY} />
      ))}
      {/* The years and the ends over the stems, so that they stay readable. */}
      {layout.ticks.map((year) => (
        <g key={year} className="timeline-tick">
          <line x1={xOf(year)} x2={xOf(year)} y1={axisY - 5} y2={axisY + 5} />
          <text x={xOf(year)} y={axisY + 22} textAnchor="middle">
            {year}
          </text>
        </g>
      ))}
      {bornOn && (
        <g className="timeline-end">
          <line x1={xOf(isoFraction(bornOn))} x2={xOf(isoFraction(bornOn))} y1={axisY - 10} y2={axisY + 10} />
          <text x={Math.max(4, xOf(isoFraction(bornOn)) - 4)} y={axisY + 22}>
            {bornLabel}
          </text>
        </g>
      )}
      <g className="timeline-end">
        <line x1={axisRight} x2={axisRight} y1={axisY - 10} y2={axisY + 10} />
        <text x={axisRight + 4} y={axisY + 22} textAnchor="end">
          {todayLabel}
        </text>
      </g>
      {/* Labels last, each with a halo, so that no stem runs through the words. */}
      {layout.placed.map((p) => (
        <PlacedLabel key={p.event.id} placed={p} axisY={axisY} date={whenText(p.event.when)} />
      ))}
    </svg>
  );
}

function PlacedMarker({ placed: p, axisY }: { placed: PlacedEvent; axisY: number }) {
  const lines = labelLines(p, axisY);
  const markerY =
    p.lane === 'above' ? axisY - markerOffset : p.lane === 'below' ? axisY + markerOffset : axisY;
  // The stem runs from the line to the label, through the marker.
  const stemEnd = p.side === 'above' ? lines.date + 5 : lines.title - 15;
  return (
    <g className={`timeline-event timeline-event-${p.lane}`}>
      <line
        className="timeline-stem"
        x1={p.x}
        x2={p.x}
        y1={axisY}
        y2={stemEnd}
        strokeDasharray={p.event.when.approximate ? '3 4' : undefined}
      />
      <EventMarker
        significance={p.event.significance}
        x={p.x}
        y={markerY}
        approximate={p.event.when.approximate}
      />
    </g>
  );
}

function PlacedLabel({ placed: p, axisY, date }: { placed: PlacedEvent; axisY: number; date: string }) {
  const lines = labelLines(p, axisY);
  const centre = p.labelX + p.labelWidth / 2;
  return (
    <text className="timeline-label" x={centre} textAnchor="middle">
      <tspan x={centre} y={lines.title} className="timeline-label-title">
        {shortTitle(p.event.title)}
      </tspan>
      <tspan x={centre} y={lines.date} className="timeline-label-date">
        {date}
      </tspan>
    </text>
  );
}

/** The markers in words: shape and place tell the significance, never colour alone. */
export function TimelineLegend() {
  const { t } = useTranslation();
  const sample = (significance: EventSignificance, approximate = false) => (
    <svg viewBox="0 0 40 24" className="timeline-legend-sample" aria-hidden="true" focusable="false">
      <line className="timeline-axis" x1="0" x2="40" y1="12" y2="12" />
      <EventMarker significance={significance} x={20} y={12} approximate={approximate} />
    </svg>
  );
  return (
    <div className="timeline-legend">
      <h3>{t('timeline.legend.heading')}</h3>
      <ul>
        {eventSignificances.map((s) => (
          <li key={s}>
            {sample(s)}
            {t(`timeline.legend.${s}`)}
          </li>
        ))}
        <li>
          {sample('neutral', true)}
          {t('timeline.legend.approximate')}
        </li>
      </ul>
    </div>
  );
}
