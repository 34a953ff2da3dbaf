import type { GoalReview } from '@verkosto/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker, seriesStyle } from '../../components/chart-series';
import { formatDate } from '../../i18n/format';
import { formatScore, type GoalSeries } from './gas';

const width = 640;
const height = 280;
const margin = { top: 20, right: 24, bottom: 44, left: 48 };
/** Room inside the plot on both sides, so the first and last points and dates stay clear of the edges. */
const inset = 48;
const scores = [2, 1, 0, -1, -2];

const y = (score: number) => margin.top + ((2 - score) / 4) * (height - margin.top - margin.bottom);
function xOf(index: number, count: number): number {
  const start = margin.left + inset;
  const inner = width - margin.right - inset - start;
  return count <= 1 ? start + inner / 2 : start + (index / (count - 1)) * inner;
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
        const style = seriesStyle('gas', index);
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
