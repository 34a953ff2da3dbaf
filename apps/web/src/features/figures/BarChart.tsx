import { useId } from 'react';
import {
  type BarCategory,
  type BarChartData,
  type BarSeries,
  chartDescription,
  describeBars,
  layoutBars,
} from './bar-layout';

interface Props {
  data: BarChartData;
  /** The chart's name, also the table's caption. */
  title: string;
  /** The first sentence of the description: what the bars count, over which period. */
  intro: string;
  /** The last sentence of the description: where the same data is as a table. */
  outro: string;
  /** A value as the chart and its description write it (a count, or "1/2 (50 %)"). */
  valueText: (value: number, series: number, category: BarCategory) => string;
  /** A tick of the value axis ("50 %" on a chart of shares). */
  tickText?: (value: number) => string;
}

/**
 * The fill of a series: the first solid, the second hatched, so that the two bars of a worker
 * differ by more than colour. Our charts have one or two series; a third would look like the first,
 * so one would need a pattern of its own. An id of the chart's own keeps the patterns of charts apart.
 */
function SeriesPattern({ id, index }: { id: string; index: number }) {
  if (index % 2 === 0) return null;
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" className="bar-hatch-ground" />
      <line x1="0" y1="0" x2="0" y2="6" className="bar-hatch" />
    </pattern>
  );
}

const fillOf = (index: number, patternId: string) => (index % 2 === 0 ? undefined : `url(#${patternId})`);

/**
 * A horizontal bar chart drawn as SVG: an image to assistive technology, named and described in
 * words generated from the same data; the table beside it holds the numbers.
 */
export function BarChart({ data, title, intro, outro, valueText, tickText = String }: Props) {
  const titleId = useId();
  const descId = useId();
  const patternId = useId();
  const layout = layoutBars(data);
  const description = chartDescription(intro, describeBars(data, valueText), outro);
  const categories = new Map(data.categories.map((c) => [c.key, c]));

  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <defs>
        <SeriesPattern id={patternId} index={1} />
      </defs>
      {layout.ticks.map((tick) => (
        <g key={tick.value} className="bar-grid">
          <line x1={tick.x} x2={tick.x} y1={layout.plotTop} y2={layout.plotBottom} />
          <text x={tick.x} y={layout.plotBottom + 22} textAnchor="middle">
            {tickText(tick.value)}
          </text>
        </g>
      ))}
      <line
        className="bar-axis"
        x1={layout.plotLeft}
        x2={layout.plotLeft}
        y1={layout.plotTop}
        y2={layout.plotBottom}
      />
      {layout.rows.map((row) => {
        const category = categories.get(row.key);
        return (
          <g key={row.key} data-category={row.key}>
            <text
              className="bar-label"
              x={layout.plotLeft - 10}
              y={row.labelY}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {row.label}
            </text>
            {row.bars.map((bar) => (
              <g key={bar.series} className={`bar-series-${bar.series % 2}`}>
                {bar.width > 0 && (
                  <rect
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={bar.height}
                    fill={fillOf(bar.series, patternId)}
                  />
                )}
                <text
                  className="bar-value"
                  x={bar.x + bar.width + 6}
                  y={bar.y + bar.height / 2}
                  dominantBaseline="middle"
                >
                  {category ? valueText(bar.value, bar.series, category) : bar.value}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** The key to the bars when there are several series: a sample of each fill and its name. */
export function BarLegend({ series }: { series: readonly BarSeries[] }) {
  const patternId = useId();
  if (series.length < 2) return null;
  return (
    <ul className="bar-legend">
      {series.map((s, index) => (
        <li key={s.key}>
          <svg className="bar-legend-sample" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
            <defs>
              <SeriesPattern id={`${patternId}-${index}`} index={index} />
            </defs>
            <rect
              x="1"
              y="1"
              width="26"
              height="14"
              className={`bar-series-${index % 2}`}
              fill={fillOf(index, `${patternId}-${index}`)}
            />
          </svg>
          <span>{s.label}</span>
        </li>
      ))}
    </ul>
  );
}
