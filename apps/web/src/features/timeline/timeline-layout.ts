import type { EventSignificance, LifeEvent } from '@verkosto/domain';

/** The drawing's own units; the SVG scales to the width it is given. */
export const chartWidth = 900;
const axisLeft = 48;
const axisRight = chartWidth - 48;
/** How far a positive or a negative event's marker stands from the line. */
export const markerOffset = 40;
/** The height of one row of labels: a title line and a date line. */
const rowHeight = 46;
const lineGap = 18;
const edge = 8;
const titleMax = 28;

type When = LifeEvent['when'];
export type Side = 'above' | 'below';
export type Lane = Side | 'on';

/** Positive above the line, negative below it, mixed and neutral on it. */
export const laneOf: Record<EventSignificance, Lane> = {
  positive: 'above',
  negative: 'below',
  mixed: 'on',
  neutral: 'on',
};

/** The date as remembered, without words: `2019`, `3/2019` or `14.3.2019`. */
export function whenDigits(when: When): string {
  if (when.month == null) return String(when.year);
  if (when.day == null) return `${when.month}/${when.year}`;
  return `${when.day}.${when.month}.${when.year}`;
}

/** An event's time as a year with a fraction: the middle of its year or month when that is all we know. */
export function yearFraction(when: When): number {
  if (when.month == null) return when.year + 0.5;
  if (when.day == null) return when.year + (when.month - 0.5) / 12;
  const days = new Date(Date.UTC(when.year, when.month, 0)).getUTCDate();
  return when.year + (when.month - 1 + (when.day - 0.5) / days) / 12;
}

/** A calendar date (YYYY-MM-DD) as a year with a fraction. */
export function isoFraction(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return yearFraction({ year: year ?? 0, month: month ?? null, day: day ?? null, approximate: false });
}

/** A title short enough for the drawing; the list and the description give it whole. */
export function shortTitle(title: string): string {
  return title.length > titleMax ? `${title.slice(0, titleMax - 1).trimEnd()}…` : title;
}

/** About how wide a line of text is, in the drawing's units, at its 14px font. */
export const textWidth = (text: string) => text.length * 7.4;

export interface PlacedEvent {
  event: LifeEvent;
  x: number;
  lane: Lane;
  /** Where the label goes: the lane's own side, or for an event on the line the side with room. */
  side: Side;
  level: number;
  /** The label's left edge: labels are centred on their marker but kept inside the drawing. */
  labelX: number;
  labelWidth: number;
}

export interface TimelineLayout {
  height: number;
  axisY: number;
  from: number;
  to: number;
  xOf: (fraction: number) => number;
  placed: PlacedEvent[];
  /** Years with a tick on the axis, leaving room for the labels at the ends. */
  ticks: number[];
}

/**
 * Where everything goes. Labels of one side take the first row where they fit, so that no two
 * overlap; an event on the line puts its label on the side with the lower free row.
 */
export function layOut(
  events: readonly LifeEvent[],
  options: {
    /** The child's birth, where the line begins unless an event is earlier. */
    born: number | null;
    today: number;
    /** The date as shown under an event's title. */
    label: (e: LifeEvent) => string;
    /** The words at the birth mark and at today's end of the line; ticks keep clear of them. */
    bornLabel: string;
    todayLabel: string;
  },
): TimelineLayout {
  const times = events.map((e) => yearFraction(e.when));
  // Half a year of room before the first event, so that its marker is not at the very end of the line.
  const from = Math.min(
    ...times.map((t) => t - 0.5),
    options.born ?? Number.POSITIVE_INFINITY,
    options.today,
  );
  const to = Math.max(...times, options.today);
  const span = Math.max(to - from, 0.5);
  const xOf = (f: number) => axisLeft + ((f - from) / span) * (axisRight - axisLeft);

  const rows: Record<Side, number[]> = { above: [], below: [] };
  const freeRow = (side: Side, left: number) => {
    const i = rows[side].findIndex((right) => left > right + 12);
    return i === -1 ? rows[side].length : i;
  };
  const placed = events.map((event, i): PlacedEvent => {
    const x = xOf(times[i] ?? from);
    const lane = laneOf[event.significance];
    const labelWidth = Math.max(textWidth(shortTitle(event.title)), textWidth(options.label(event))) + 4;
    const labelX = Math.max(edge, Math.min(x - labelWidth / 2, chartWidth - edge - labelWidth));
    const side: Side =
      lane !== 'on' ? lane : freeRow('below', labelX) < freeRow('above', labelX) ? 'below' : 'above';
    const level = freeRow(side, labelX);
    rows[side][level] = labelX + labelWidth;
    return { event, x, lane, side, level, labelX, labelWidth };
  });

  const above = rows.above.length;
  const below = rows.below.length;
  const axisY = 12 + (above === 0 ? 24 : markerOffset + 48 + (above - 1) * rowHeight);
  const height = axisY + (below === 0 ? 36 : markerOffset + 56 + (below - 1) * rowHeight);

  // Year ticks, at most about ten, none under the words at the birth mark or at today.
  const taken: [number, number][] = [[axisRight - textWidth(options.todayLabel), axisRight]];
  if (options.born !== null) {
    const x = xOf(options.born);
    taken.push([x - 4, x + textWidth(options.bornLabel)]);
  }
  const years = to - from;
  const step = [1, 2, 5, 10, 20, 50].find((s) => years / s <= 10) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) {
    const x = xOf(year);
    if (taken.every(([left, right]) => x + 20 < left || x - 20 > right)) ticks.push(year);
  }
  return { height, axisY, from, to, xOf, placed, ticks };
}

/** The baselines of a label's two lines: the title, then the date nearer the marker. */
export function labelLines(p: PlacedEvent, axisY: number): { title: number; date: number } {
  if (p.side === 'above') {
    const date = axisY - markerOffset - 16 - p.level * rowHeight;
    return { title: date - lineGap, date };
  }
  const title = axisY + markerOffset + 30 + p.level * rowHeight;
  return { title, date: title + lineGap };
}

export { axisLeft, axisRight };
