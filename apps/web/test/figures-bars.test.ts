import { describe, expect, it } from 'vitest';
import {
  type BarChartData,
  chartDescription,
  chartWidth,
  describeBars,
  labelSpace,
  layoutBars,
  niceAxis,
} from '../src/features/figures/bar-layout';
import { formatNumber, formatPercent, percentOf } from '../src/features/figures/numbers';
import { checkPeriod } from '../src/features/figures/period';

const caseloads: BarChartData = {
  series: [
    { key: 'responsible', label: 'Responsible' },
    { key: 'pair', label: 'Pair' },
  ],
  categories: [
    { key: 'aino', label: 'Aino Virtanen', values: [4, 1] },
    { key: 'mikko', label: 'Mikko Lehtinen', values: [2, 0] },
  ],
};

describe('the value axis', () => {
  it('ends at a round number at or above the largest value, in at most five steps of 1, 2 or 5', () => {
    expect(niceAxis(1)).toEqual({ end: 1, ticks: [0, 1] });
    expect(niceAxis(4)).toEqual({ end: 4, ticks: [0, 1, 2, 3, 4] });
    expect(niceAxis(7)).toEqual({ end: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceAxis(12)).toEqual({ end: 15, ticks: [0, 5, 10, 15] });
    expect(niceAxis(230)).toEqual({ end: 250, ticks: [0, 50, 100, 150, 200, 250] });
  });

  it('never steps by less than one, since it counts whole things', () => {
    expect(niceAxis(2).ticks).toEqual([0, 1, 2]);
  });

  it('still has an axis when every value is zero', () => {
    expect(niceAxis(0)).toEqual({ end: 1, ticks: [0, 1] });
  });

  it('keeps a fixed end, for shares in per cent', () => {
    expect(niceAxis(50, 100)).toEqual({ end: 100, ticks: [0, 25, 50, 75, 100] });
  });
});

describe('the bars', () => {
  it('are as long as their values on the shared axis, all starting where the labels end', () => {
    const layout = layoutBars(caseloads);
    const full = layout.plotRight - layout.plotLeft;
    const [aino, mikko] = layout.rows;
    expect(layout.axis.end).toBe(4);
    expect(aino?.bars.map((b) => b.width)).toEqual([full, full / 4]);
    expect(mikko?.bars.map((b) => b.width)).toEqual([full / 2, 0]);
    expect(layout.rows.flatMap((r) => r.bars.map((b) => b.x))).toEqual(Array(4).fill(layout.plotLeft));
    expect(layout.plotRight).toBeLessThan(chartWidth);
  });

  it('stack the series of a category one under the other, and the categories in their order', () => {
    const layout = layoutBars(caseloads);
    const [aino, mikko] = layout.rows;
    const [responsible, pair] = aino?.bars ?? [];
    expect(pair?.y).toBeGreaterThan((responsible?.y ?? 0) + (responsible?.height ?? 0));
    expect(mikko?.bars[0]?.y).toBeGreaterThan((pair?.y ?? 0) + (pair?.height ?? 0));
    expect(aino?.labelY).toBeGreaterThan(responsible?.y ?? 0);
    expect(aino?.labelY).toBeLessThan((pair?.y ?? 0) + (pair?.height ?? 0));
    expect(layout.height).toBeGreaterThan(layout.plotBottom);
  });

  it('put the axis ticks at their values', () => {
    const layout = layoutBars(caseloads);
    const full = layout.plotRight - layout.plotLeft;
    expect(layout.ticks.map((t) => t.x - layout.plotLeft)).toEqual(
      [0, 1, 2, 3, 4].map((v) => (v / 4) * full),
    );
  });

  it('do not run past a fixed end of the axis', () => {
    const layout = layoutBars({
      series: [{ key: 'share', label: 'Share' }],
      categories: [{ key: 'worker', label: 'Worker', values: [120] }],
      axisEnd: 100,
    });
    expect(layout.rows[0]?.bars[0]?.width).toBe(layout.plotRight - layout.plotLeft);
  });

  it('leave room for the longest label, within limits', () => {
    expect(labelSpace(['Koti'])).toBe(96);
    expect(labelSpace(['Asiakkaalle tutussa paikassa'])).toBeGreaterThan(200);
    expect(labelSpace(['x'.repeat(200)])).toBe(300);
  });
});

describe('the description in words', () => {
  it('names each category with its value when there is one series', () => {
    const data: BarChartData = {
      series: [{ key: 'meetings', label: 'Meetings' }],
      categories: [
        { key: 'home', label: 'Home', values: [2] },
        { key: 'office', label: 'Office', values: [0] },
      ],
    };
    expect(describeBars(data, String)).toEqual(['Home: 2', 'Office: 0']);
  });

  it('names each series beside its value when there are several', () => {
    expect(describeBars(caseloads, String)).toEqual([
      'Aino Virtanen: Responsible 4, Pair 1',
      'Mikko Lehtinen: Responsible 2, Pair 0',
    ]);
  });

  it('writes values the way the chart does', () => {
    const data: BarChartData = {
      series: [{ key: 'lower', label: 'Share lower' }],
      categories: [{ key: 'worker', label: 'Worker', values: [50] }],
      axisEnd: 100,
    };
    expect(describeBars(data, (v, _s, c) => `${c.key} ${v} %`)).toEqual(['Worker: worker 50 %']);
  });

  it('says what the chart shows, every category, and where the table is', () => {
    expect(chartDescription('Caseloads today.', describeBars(caseloads, String), 'See the table.')).toBe(
      'Caseloads today. Aino Virtanen: Responsible 4, Pair 1; Mikko Lehtinen: Responsible 2, Pair 0. See the table.',
    );
    expect(chartDescription('Nothing.', [], 'See the table.')).toBe('Nothing. See the table.');
  });
});

describe('numbers and the period', () => {
  it('writes a half day and a share in the reader’s language', () => {
    expect(formatNumber(3.5, 'fi')).toBe('3,5');
    expect(formatNumber(3.5, 'en')).toBe('3.5');
    expect(formatNumber(4, 'sv')).toBe('4');
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(0, 0)).toBe(0);
    expect(formatPercent(50, 'en')).toBe('50%');
    expect(formatPercent(50, 'fi').replace(/\s/g, ' ')).toBe('50 %');
  });

  it('leaves empty dates out and refuses an end before the start, as the server does', () => {
    expect(checkPeriod({ from: '', to: '' })).toEqual({ ok: true, period: {} });
    expect(checkPeriod({ from: '2026-01-01', to: ' ' })).toEqual({
      ok: true,
      period: { from: '2026-01-01' },
    });
    const refused = checkPeriod({ from: '2026-06-01', to: '2026-05-01' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.fields).toEqual({ to: 'invalid' });
    const malformed = checkPeriod({ from: '1.6.2026', to: '' });
    expect(malformed.ok).toBe(false);
    // The code's own words come from the loaded translations, which a unit test does not load.
    if (!malformed.ok) expect(Object.keys(malformed.errors.fields)).toEqual(['from']);
  });
});
