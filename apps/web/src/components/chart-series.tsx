/**
 * How the lines of our SVG charts (the concern trend, goal attainment) are told apart: by colour, dash
 * and marker shape together, so that no one has to tell them apart by colour alone. The colours come
 * from each chart's stylesheet (`<kind>-series-<n>`).
 */
const dashes = ['', '8 5', '2 4', '10 4 2 4', '4 4'];
const markers = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
type MarkerShape = (typeof markers)[number];
export type ChartKind = 'trend' | 'gas';

export function Marker({ shape, x, y }: { shape: MarkerShape; x: number; y: number }) {
  const r = 6;
  if (shape === 'circle') return <circle cx={x} cy={y} r={r} />;
  if (shape === 'square') return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} />;
  if (shape === 'triangle')
    return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} />;
  if (shape === 'diamond')
    return <polygon points={`${x},${y - r - 2} ${x + r + 2},${y} ${x},${y + r + 2} ${x - r - 2},${y}`} />;
  return <path d={`M${x - r} ${y - r}l${2 * r} ${2 * r}m0 ${-2 * r}l${-2 * r} ${2 * r}`} strokeWidth="3" />;
}

/** The look of a chart's n-th line, also for its sample in the legend. */
export function seriesStyle(kind: ChartKind, index: number) {
  return {
    className: `${kind}-series ${kind}-series-${index % 5}`,
    dash: dashes[index % dashes.length] ?? '',
    marker: markers[index % markers.length] ?? 'circle',
  };
}

export function LegendSample({ kind, index }: { kind: ChartKind; index: number }) {
  const style = seriesStyle(kind, index);
  return (
    <svg
      className={`${kind}-legend-sample ${style.className}`}
      viewBox="0 0 40 16"
      aria-hidden="true"
      focusable="false"
    >
      <line x1="2" y1="8" x2="38" y2="8" strokeDasharray={style.dash} />
      <Marker shape={style.marker} x={20} y={8} />
    </svg>
  );
}
