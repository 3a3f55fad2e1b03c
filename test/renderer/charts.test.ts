import { describe, expect, it } from 'vitest';
import type { Series } from '../../data/api/types';
import { classOf, progressClass, quantileClasses, sequentialPalette } from '../../renderer/charts/classes';
import { hasTrend, labelledTicks, lineChartData, periodPosition, tickDecimals } from '../../renderer/charts/series';
import { createI18n } from '../../renderer/i18n';
import { barShare } from '../../renderer/components/indicator/RankingBars';
import { nextPeriod } from '../../renderer/components/indicator/PeriodPlayer';

describe('quantile classes', () => {
  it('splits skewed values into five classes with equal counts, bounds rounded to the decimals', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
    const classes = quantileClasses(values, 0);
    expect(classes.map((entry) => [entry.from, entry.to])).toEqual([[1, 3], [3, 5], [5, 7], [7, 9], [9, 100]]);
    expect(classes.map((entry) => entry.colour)).toEqual([...sequentialPalette]);
    expect(classOf(1, classes)).toBe(0);
    expect(classOf(3, classes)).toBe(1);
    expect(classOf(100, classes)).toBe(4);
  });

  it('drops empty classes where values repeat, still ending on the darkest colour', () => {
    const classes = quantileClasses([5, 5, 5, 5, 9], 0);
    expect(classes.length).toBeLessThan(5);
    expect(classes.at(-1)?.colour).toBe(sequentialPalette[4]);
  });

  it('gives one class for one value and none for no values', () => {
    expect(quantileClasses([4.2, 4.2], 1)).toEqual([{ from: 4.2, to: 4.2, colour: sequentialPalette[4] }]);
    expect(quantileClasses([], 2)).toEqual([]);
    expect(classOf(3, [])).toBe(-1);
  });
});

describe('project progress', () => {
  it('reads as started, advanced, done or unknown', () => {
    expect(progressClass(0)).toBe('started');
    expect(progressClass(49.9)).toBe('started');
    expect(progressClass(50)).toBe('advanced');
    expect(progressClass(100)).toBe('done');
    expect(progressClass(null)).toBe('unknown');
  });
});

const region = (code: string) => ({ code, name: code, level: 'kecamatan' as const, parentCode: '35.10', parentName: 'Banyuwangi' });
const series: Series = {
  indicator: {
    id: 'x', themeId: 't', name: { id: 'X', en: 'X' }, description: { id: '', en: '' }, unit: { id: 'jiwa', en: 'persons' },
    decimals: 0, rollup: 'sum', higherIsBetter: null, source: 's', licence: 'l', isSample: false,
  },
  periods: ['2024-03', '2025-03'],
  lines: [
    { region: region('35.10.09'), points: [{ period: '2024-03', value: 1, isRollup: false, status: null, source: null }, { period: '2025-03', value: 2, isRollup: false, status: null, source: null }] },
    { region: region('35.10'), points: [{ period: '2025-03', value: 3, isRollup: false, status: null, source: null }] },
    { region: region('35'), points: [] },
  ],
};

describe('line chart data', () => {
  it('labels periods in the reader language, leaves gaps as null and drops empty lines', () => {
    const i18n = createI18n('id');
    const data = lineChartData(series, 'id', i18n.getFixedT('id'), (code) => `R ${code}`);
    expect(data.labels).toEqual(['Maret 2024', 'Maret 2025']);
    expect(data.datasets.map((dataset) => dataset.label)).toEqual(['R 35.10.09', 'R 35.10']);
    expect(data.datasets[1]?.data.map((point) => point.y)).toEqual([null, 3]);
    expect(data.datasets[0]?.borderDash).toEqual([]);
    expect(data.datasets[1]?.borderDash.length).toBeGreaterThan(0);
    expect(lineChartData(series, 'en', i18n.getFixedT('en'), String).labels).toEqual(['March 2024', 'March 2025']);
    const quarterly: Series = { ...series, periods: ['2025-Q1', '2025-Q2'] };
    expect(lineChartData(quarterly, 'id', i18n.getFixedT('id'), String).labels).toEqual(['Triwulan I 2025', 'Triwulan II 2025']);
  });

  it('places periods on a time axis to scale, at the middle of each period', () => {
    expect(periodPosition('2003')).toBe(2003.5);
    expect(periodPosition('2019-03')).toBeCloseTo(2019 + 2.5 / 12);
    expect(periodPosition('2025-Q1')).toBe(2025.125);
    expect(periodPosition('2024-S2')).toBe(2024.75);
    expect(periodPosition('Maret')).toBeNaN();
    // 2003, then March 2019 and 2020: sixteen years apart on the axis, not one step.
    const irregular: Series = { ...series, periods: ['2003', '2019-03', '2020-03'], lines: [{ region: region('35.10'), points: ['2003', '2019-03', '2020-03'].map((period) => ({ period, value: 1, isRollup: false, status: null, source: null })) }] };
    const data = lineChartData(irregular, 'id', createI18n('id').getFixedT('id'), String);
    const [a = 0, b = 0, c = 0] = data.positions;
    expect((b - a) / (c - b)).toBeCloseTo(15.75 / 1, 1);
    expect(data.datasets[0]?.data.map((point) => point.x)).toEqual(data.positions);
  });

  it('names the first and latest periods under the axis, and between them only those whose names do not overlap', () => {
    const names = ['Oktober 2017', 'Januari 2018', 'Februari 2019', 'Juni 2021', 'Oktober 2021', 'Januari 2026'];
    const positions = ['2017-10', '2018-01', '2019-02', '2021-06', '2021-10', '2026-01'].map(periodPosition);
    const kept = labelledTicks(positions, names, 1000);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(5);
    expect(kept).not.toContain(1); // three months after the first
    expect(kept.filter((index) => index === 3 || index === 4)).toHaveLength(1); // four months apart
    // Every pair of neighbours named clears each other at 13 px a character.
    const x = (index: number) => ((positions[index]! - positions[0]!) / (positions[5]! - positions[0]!)) * 1000;
    for (const [a, b] of kept.slice(1).map((index, i) => [kept[i]!, index] as const)) {
      expect(x(b) - x(a)).toBeGreaterThanOrEqual(((names[a]!.length + names[b]!.length) * 13) / 2 + 18);
    }
    expect(labelledTicks([2020.5, 2021.5, 2022.5], ['2020', '2021', '2022'], 1000)).toEqual([0, 1, 2]);
    expect(labelledTicks([2020.5], ['2020'], 1000)).toEqual([0]);
  });

  it('gives every tick of a value axis the decimals its step needs, at most the indicator\'s', () => {
    const ticks = (...values: number[]) => values.map((value) => ({ value }));
    expect(tickDecimals(ticks(5.4, 5.6, 5.8, 6), 2)).toBe(1);
    expect(tickDecimals(ticks(5.25, 5.5, 5.75), 2)).toBe(2);
    expect(tickDecimals(ticks(0, 5, 10, 15, 20), 2)).toBe(0);
    expect(tickDecimals(ticks(0.125, 0.25), 2)).toBe(2);
    expect(tickDecimals(ticks(7), 2)).toBe(0);
    expect(tickDecimals(ticks(92_000, 94_000), 0)).toBe(0);
  });

  it('calls two points a trend and one point not', () => {
    expect(hasTrend(series)).toBe(true);
    expect(hasTrend({ ...series, lines: series.lines.slice(1) })).toBe(false);
  });
});

describe('ranking bars and the period player', () => {
  it('scales bars to the longest and draws none for negative values', () => {
    expect(barShare(5, 10)).toBe(0.5);
    expect(barShare(-2, 10)).toBe(0);
    expect(barShare(3, 0)).toBe(0);
  });

  it('steps to the next period and stops at the last', () => {
    expect(nextPeriod(['2023', '2024', '2025'], '2023')).toBe('2024');
    expect(nextPeriod(['2023', '2024', '2025'], '2025')).toBeNull();
    expect(nextPeriod(['2023'], 'x')).toBeNull();
  });
});
