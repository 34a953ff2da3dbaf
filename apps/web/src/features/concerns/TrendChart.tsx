import { type ConcernZone, concernZones, type MeetingSummary, zonePosition } from '@verkosto/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker, seriesStyle } from '../../components/chart-series';
import { formatDate } from '../../i18n/format';
import { dayOf, placeSeries, type TrendSeries } from './trend-layout';

const width = 720;
const height = 330;
const margin = { top: 20, right: 24, bottom: 52, left: 190 };
const edge = 40;
const plotBottom = height - margin.bottom;

const yOf = (position: number) => margin.top + ((4 - position) / 3) * (plotBottom - margin.top);

function xScale(count: number) {
  const left = margin.left + edge;
  const usable = width - margin.right - edge - left;
  const step = count <= 1 ? usable / 2 : usable / (count - 1);
  const start = count <= 1 ? left + usable / 2 : left;
  return (slot: number) => Math.min(width - margin.right - 8, Math.max(margin.left + 8, start + slot * step));
}

interface Props {
  series: readonly TrendSeries[];
  days: readonly string[];
  meetings: readonly MeetingSummary[];
  /** "Aino Virtanen (worker)": how a line is named in words. */
  seriesName: (s: TrendSeries) => string;
}

/**
 * Each rater's zone over time, one line per rater, the meetings of the case marked on the time axis.
 * An image to assistive technology, named and described in words; the table after it holds the data.
 */
export function TrendChart({ series, days, meetings, seriesName }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const x = xScale(days.length);
  const labelEvery = Math.max(1, Math.ceil(days.length / 7));
  const axisLabel = (zone: ConcernZone) => t(`concerns.trend.axis.${zone}`);
  const description = [
    t('concerns.trend.chartSpan', { from: formatDate(days[0]), to: formatDate(days.at(-1)) }),
    ...series.map((s) =>
      t('concerns.trend.chartLine', {
        rater: seriesName(s),
        zones: s.ratings.map((r) => `${axisLabel(r.zone)} (${formatDate(r.recordedAt)})`).join(', '),
      }),
    ),
    meetings.length > 0
      ? t('concerns.trend.chartMeetings', { dates: meetings.map((m) => formatDate(m.startsAt)).join(', ') })
      : '',
    t('concerns.trend.chartTable'),
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <svg
      className="trend-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{t('concerns.trend.chartTitle')}</title>
      <desc id={descId}>{description}</desc>
      {concernZones.map((zone) => {
        const y = yOf(zonePosition(zone));
        return (
          <g key={zone} className="trend-grid">
            <line x1={margin.left} x2={width - margin.right} y1={y} y2={y} />
            <rect x={8} y={y - 7} width={14} height={14} className={`zone-fill zone-${zone}`} />
            <text x={30} y={y} dominantBaseline="middle">
              {axisLabel(zone)}
            </text>
          </g>
        );
      })}
      <line
        className="trend-axis"
        x1={margin.left}
        x2={width - margin.right}
        y1={plotBottom + 12}
        y2={plotBottom + 12}
      />
      {meetings.map((m) => {
        const mx = x(days.indexOf(dayOf(m.startsAt)));
        return (
          <g key={m.id} className="trend-meeting">
            <line x1={mx} x2={mx} y1={margin.top - 8} y2={plotBottom + 12} />
            <polygon
              points={`${mx},${plotBottom + 6} ${mx + 6},${plotBottom + 16} ${mx - 6},${plotBottom + 16}`}
            />
          </g>
        );
      })}
      {days.map((day, i) =>
        i % labelEvery === 0 || i === days.length - 1 ? (
          <text key={day} className="trend-axis-label" x={x(i)} y={height - 12} textAnchor="middle">
            {formatDate(day)}
          </text>
        ) : null,
      )}
      {series.map((s, index) => {
        const style = seriesStyle('trend', index);
        // Raters in the same zone on the same day sit a little apart, so every marker shows.
        const shift = (index - (series.length - 1) / 2) * 5;
        const points = placeSeries(s, days).map((p) => ({
          id: p.rating.id,
          x: x(p.slot) + shift,
          y: yOf(p.position),
        }));
        return (
          <g key={s.key} className={style.className} data-rater={s.key}>
            {points.length > 1 && (
              <polyline
                points={points.map((p) => `${p.x},${p.y}`).join(' ')}
                fill="none"
                strokeDasharray={style.dash}
              />
            )}
            {points.map((p) => (
              <Marker key={p.id} shape={style.marker} x={p.x} y={p.y} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}
