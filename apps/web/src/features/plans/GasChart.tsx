import type { GoalReview } from '@verkosto/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { formatScore, type GoalSeries } from './gas';

const width = 640;
const height = 280;
const margin = { top: 20, right: 24, bottom: 44, left: 48 };
/** Room inside the plot on both sides, so the first and last points and dates stay clear of the edges. */
const inset = 48;
const scores = [2, 1, 0, -1, -2];
/** Lines differ by colour, dash and marker shape, so no one has to tell them apart by colour alone. */
const dashes = ['', '8 5', '2 4', '10 4 2 4'];
const markers = ['circle', 'square', 'triangle', 'diamond'] as const;

const y = (score: number) => margin.top + ((2 - score) / 4) * (height - margin.top - margin.bottom);
function xOf(index: number, count: number): number {
  const start = margin.left + inset;
  const inner = width - margin.right - inset - start;
  return count <= 1 ? start + inner / 2 : start + (index / (count - 1)) * inner;
}

function Marker({ shape, x, y: cy }: { shape: (typeof markers)[number]; x: number; y: number }) {
  const r = 6;
  if (shape === 'circle') return <circle cx={x} cy={cy} r={r} />;
  if (shape === 'square') return <rect x={x - r} y={cy - r} width={r * 2} height={r * 2} />;
  if (shape === 'triangle')
    return <polygon points={`${x},${cy - r - 1} ${x + r + 1},${cy + r} ${x - r - 1},${cy + r}`} />;
  return <polygon points={`${x},${cy - r - 2} ${x + r + 2},${cy} ${x},${cy + r + 2} ${x - r - 2},${cy}`} />;
}

/** The look of a goal's line, also for its sample in the legend. */
export function seriesStyle(index: number) {
  return {
    className: `gas-series gas-series-${index % 5}`,
    dash: dashes[index % dashes.length] ?? '',
    marker: markers[index % markers.length] ?? 'circle',
  };
}

export function LegendSample({ index }: { index: number }) {
  const style = seriesStyle(index);
  return (
    <svg
      className={`gas-legend-sample ${style.className}`}
      viewBox="0 0 40 16"
      aria-hidden="true"
      focusable="false"
    >
      <line x1="2" y1="8" x2="38" y2="8" strokeDasharray={style.dash} />
      <Marker shape={style.marker} x={20} y={8} />
    </svg>
  );
}

interface Props {
  reviews: readonly GoalReview[];
  series: readonly GoalSeries[];
  /** The name of a goal for the description: "Goal 1" or "An earlier goal". */
  goalName: (s: GoalSeries) => string;
}

/**
 * Goal attainment over the reviews: one line per goal on the −2…+2 scale. An image to assistive
 * technology, named and described in words; the table after it holds the same data.
 */
export function GasChart({ reviews, series, goalName }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const count = reviews.length;
  const first = reviews[0];
  const last = reviews.at(-1);
  const description = [
    t('plans.gas.chartSpan', {
      count,
      from: formatDate(first?.evaluatedAt),
      to: formatDate(last?.evaluatedAt),
    }),
    ...series.map((s) =>
      t('plans.gas.chartLine', {
        goal: goalName(s),
        scores: s.points.map((p) => (p ? formatScore(p.score) : '–')).join(', '),
      }),
    ),
    t('plans.gas.chartTable'),
  ].join(' ');

  return (
    <svg
      className="gas-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{t('plans.gas.chartTitle')}</title>
      <desc id={descId}>{description}</desc>
      {scores.map((s) => (
        <g key={s} className={s === 0 ? 'gas-grid gas-grid-zero' : 'gas-grid'}>
          <line x1={margin.left} x2={width - margin.right} y1={y(s)} y2={y(s)} />
          <text x={margin.left - 10} y={y(s)} textAnchor="end" dominantBaseline="middle">
            {formatScore(s)}
          </text>
        </g>
      ))}
      {reviews.map((r, i) => (
        <text
          key={r.id}
          className="gas-axis-label"
          x={xOf(i, count)}
          y={height - margin.bottom + 24}
          textAnchor="middle"
        >
          {formatDate(r.evaluatedAt)}
        </text>
      ))}
      {series.map((s, index) => {
        const style = seriesStyle(index);
        // Goals with the same score in the same review sit a little apart, so every marker shows.
        const shift = (index - (series.length - 1) / 2) * 5;
        const points = s.points.flatMap((p, i) => (p ? [{ x: xOf(i, count) + shift, y: y(p.score) }] : []));
        return (
          <g key={s.goalId} className={style.className}>
            {points.length > 1 && (
              <polyline
                points={points.map((p) => `${p.x},${p.y}`).join(' ')}
                fill="none"
                strokeDasharray={style.dash}
              />
            )}
            {points.map((p) => (
              <Marker key={`${p.x}-${p.y}`} shape={style.marker} x={p.x} y={p.y} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}
