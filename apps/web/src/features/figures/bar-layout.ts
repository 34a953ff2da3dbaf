/**
 * The geometry and the words of our horizontal bar charts (meetings, caseloads, concern outcome),
 * kept apart from React so that the scale and the description can be tested as plain functions.
 */

export interface BarSeries {
  key: string;
  label: string;
}

export interface BarCategory {
  key: string;
  label: string;
  /** One value per series, in the order of the series. */
  values: readonly number[];
}

export interface BarChartData {
  series: readonly BarSeries[];
  categories: readonly BarCategory[];
  /** A fixed end of the value axis (100 for shares in per cent); otherwise a round number at or above the largest value. */
  axisEnd?: number;
}

export interface Axis {
  end: number;
  ticks: number[];
}

/**
 * A value axis from zero in steps of 1, 2 or 5 times a power of ten, at most five steps. Counts
 * are whole numbers, so no step is smaller than one; an empty chart still gets an axis to 1.
 */
export function niceAxis(max: number, fixedEnd?: number): Axis {
  if (fixedEnd !== undefined && fixedEnd > 0) {
    const step = fixedEnd / 4;
    return { end: fixedEnd, ticks: [0, 1, 2, 3, 4].map((i) => i * step) };
  }
  if (!(max > 0)) return { end: 1, ticks: [0, 1] };
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
  const end = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= end; v += step) ticks.push(v);
  return { end, ticks };
}

export const chartWidth = 640;
const barHeight = 20;
const barGap = 4;
const categoryGap = 16;
const top = 8;
const axisSpace = 34;
/** Room after the longest bar for its value, e.g. "1/2 (50 %)". */
const valueSpace = 96;
/** About the width of a character of the 16 px labels: enough that a label is not cut. */
const charWidth = 8.4;

export interface PlacedBar {
  series: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedRow {
  key: string;
  label: string;
  /** The middle of the category's bars, where its label is written. */
  labelY: number;
  bars: PlacedBar[];
}

export interface BarLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  axis: Axis;
  ticks: { value: number; x: number }[];
  rows: PlacedRow[];
}

/** Where the labels end and the bars begin: after the longest label, within reason. */
export function labelSpace(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  return Math.round(Math.min(300, Math.max(96, longest * charWidth + 16)));
}

/** Each category a band of bars, one bar per series, each bar as long as its value on a shared axis. */
export function layoutBars(data: BarChartData): BarLayout {
  const seriesCount = Math.max(1, data.series.length);
  const max = Math.max(0, ...data.categories.flatMap((c) => c.values));
  const axis = niceAxis(max, data.axisEnd);
  const plotLeft = labelSpace(data.categories.map((c) => c.label));
  const plotRight = chartWidth - valueSpace;
  const scale = (v: number) => (Math.max(0, Math.min(v, axis.end)) / axis.end) * (plotRight - plotLeft);
  const band = seriesCount * barHeight + (seriesCount - 1) * barGap;
  const rows = data.categories.map((category, i): PlacedRow => {
    const bandTop = top + i * (band + categoryGap);
    return {
      key: category.key,
      label: category.label,
      labelY: bandTop + band / 2,
      bars: data.series.map((_, s) => {
        const value = category.values[s] ?? 0;
        return {
          series: s,
          value,
          x: plotLeft,
          y: bandTop + s * (barHeight + barGap),
          width: scale(value),
          height: barHeight,
        };
      }),
    };
  });
  const plotBottom = top + data.categories.length * (band + categoryGap) - categoryGap / 2;
  return {
    width: chartWidth,
    height: plotBottom + axisSpace,
    plotLeft,
    plotRight,
    plotTop: top / 2,
    plotBottom,
    axis,
    ticks: axis.ticks.map((value) => ({ value, x: plotLeft + scale(value) })),
    rows,
  };
}

/**
 * Each category in words, in the chart's order: "Home visit: 2" with one series, "Aino Virtanen:
 * Responsible 1, Pair 0" with several. `valueText` writes a value the way the chart writes it.
 */
export function describeBars(
  data: BarChartData,
  valueText: (value: number, series: number, category: BarCategory) => string,
): string[] {
  return data.categories.map((category) => {
    const values = data.series.map((s, i) => {
      const text = valueText(category.values[i] ?? 0, i, category);
      return data.series.length > 1 ? `${s.label} ${text}` : text;
    });
    return `${category.label}: ${values.join(', ')}`;
  });
}

/** The chart's description: what it shows, every category in words, and where the table is. */
export function chartDescription(intro: string, items: readonly string[], outro: string): string {
  return [intro, items.length > 0 ? `${items.join('; ')}.` : '', outro].filter(Boolean).join(' ');
}
