import type { Lang, Series } from '../../data/api/types';
import { formatPeriod, type PeriodWords } from '../i18n/format';

/** Line styles by role: colour and dash both differ, so the lines are told apart without colour vision. */
export const lineStyles = [
  { colour: '#0b6e4f', dash: [] as number[], width: 5 },
  { colour: '#2c7fb8', dash: [14, 8], width: 4 },
  { colour: '#9a5b00', dash: [4, 6], width: 4 },
] as const;

/** A figure placed on the time axis; y is null where the line has no figure for that period (a gap the line spans). */
export interface LinePoint {
  x: number;
  y: number | null;
}

export interface LineDataset {
  label: string;
  data: LinePoint[];
  borderColor: string;
  backgroundColor: string;
  borderDash: number[];
  borderWidth: number;
  pointRadius: number;
  /** Per period: hollow where the source qualifies the figure (part of the year, preliminary), beside the axis label's mark. */
  pointBackgroundColor: string[];
  spanGaps: boolean;
}

export interface LineData {
  labels: string[];
  /** Where each period sits on the time axis (periodPosition), in the order of labels. */
  positions: number[];
  datasets: LineDataset[];
}

const yearPeriod = /^(\d{4})$/;
const monthPeriod = /^(\d{4})-(\d{2})$/;
const quarterPeriod = /^(\d{4})-Q([1-4])$/;
const semesterPeriod = /^(\d{4})-S([12])$/;

/**
 * A period's place on a time axis, in years at the middle of the period: 2003 is 2003.5,
 * March 2019 about 2019.2. Periods of a series are often irregular (2003, then every March
 * from 2019; a count in October 2017, January 2018, then 2021): on evenly spaced
 * categories, sixteen years would look like one, so the axis is drawn to scale.
 */
export function periodPosition(period: string): number {
  const month = monthPeriod.exec(period);
  if (month) return Number(month[1]) + (Number(month[2]) - 0.5) / 12;
  const quarter = quarterPeriod.exec(period);
  if (quarter) return Number(quarter[1]) + (Number(quarter[2]) - 0.5) / 4;
  const semester = semesterPeriod.exec(period);
  if (semester) return Number(semester[1]) + (Number(semester[2]) - 0.5) / 2;
  const year = yearPeriod.exec(period);
  return year ? Number(year[1]) + 0.5 : Number.NaN;
}

/** The mark after a period whose figures the source qualifies (part of the year, preliminary): the trend's note says what it means. */
export const qualifiedMark = '*';

/** Each period in the reader's words, marked where any line's figure for it is qualified. */
export function periodLabels(series: Series, lang: Lang, words: PeriodWords): Map<string, string> {
  const qualified = new Set(series.lines.flatMap((line) => line.points.filter((point) => point.status !== null).map((point) => point.period)));
  return new Map(series.periods.map((period) => [period, `${formatPeriod(period, lang, words)}${qualified.has(period) ? qualifiedMark : ''}`]));
}

/**
 * chart.js line data from a Series: one label per period (in the reader's words), one
 * dataset per region in the order given, a gap (null) where a region has no value.
 * Lines without any point are left out rather than drawn as empty legend entries.
 */
export function lineChartData(series: Series, lang: Lang, words: PeriodWords, labelOf: (code: string) => string): LineData {
  const lines = series.lines.filter((line) => line.points.length > 0);
  const labels = periodLabels(series, lang, words);
  const positions = series.periods.map(periodPosition);
  return {
    labels: series.periods.map((period) => labels.get(period) ?? period),
    positions,
    datasets: lines.map((line, index) => {
      const style = lineStyles[Math.min(index, lineStyles.length - 1)] ?? lineStyles[0];
      const byPeriod = new Map(line.points.map((point) => [point.period, point.value]));
      const qualified = new Set(line.points.filter((point) => point.status !== null).map((point) => point.period));
      return {
        label: labelOf(line.region.code),
        data: series.periods.map((period, index) => ({ x: positions[index] ?? Number.NaN, y: byPeriod.get(period) ?? null })),
        borderColor: style.colour,
        backgroundColor: style.colour,
        borderDash: [...style.dash],
        borderWidth: style.width,
        pointRadius: 6,
        pointBackgroundColor: series.periods.map((period) => (qualified.has(period) ? '#ffffff' : style.colour)),
        spanGaps: true,
      };
    }),
  };
}

/**
 * Which periods of a time axis drawn to scale get their name under the axis: names may
 * not overlap, and periods can crowd (October 2017 and January 2018). The first and the
 * latest are always named, since they say what the line spans; between them, walking
 * back from the latest, each name that clears its neighbours is kept. The points are all
 * drawn either way. `charPx` is the width of one character of the axis type, a little
 * generous.
 */
export function labelledTicks(positions: readonly number[], labels: readonly string[], widthPx: number, charPx = 13, gapPx = 18): number[] {
  const first = positions[0] ?? 0;
  const span = (positions.at(-1) ?? first) - first;
  if (positions.length <= 1 || !(span > 0) || !(widthPx > 0)) return positions.map((_, index) => index);
  const x = (index: number) => (((positions[index] ?? first) - first) / span) * widthPx;
  const half = (index: number) => ((labels[index] ?? '').length * charPx) / 2;
  const clear = (left: number, right: number) => x(right) - x(left) >= half(left) + half(right) + gapPx;
  const last = positions.length - 1;
  const kept = [last];
  for (let index = last - 1; index >= 1; index -= 1) {
    const previous = kept.at(-1) ?? last;
    if (clear(index, previous) && clear(0, index)) kept.push(index);
  }
  if (clear(0, kept.at(-1) ?? last)) kept.push(0);
  return kept.reverse();
}

/**
 * How many decimals every tick of a value axis shows: as many as its step needs (a step
 * of 0.2 needs one, 0.25 two), at most the indicator's own. One count for the whole axis,
 * so 5,80 is not followed by a bare 6.
 */
export function tickDecimals(ticks: readonly { value: number }[], maxDecimals: number): number {
  const step = ticks.length > 1 ? Math.abs((ticks[1]?.value ?? 0) - (ticks[0]?.value ?? 0)) : 0;
  const max = Math.max(0, Math.min(maxDecimals, 6));
  if (!(step > 0)) return 0;
  for (let decimals = 0; decimals < max; decimals += 1) {
    const scaled = step * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return decimals;
  }
  return max;
}

/** Whether a series has enough to draw a line: two periods with a value. */
export function hasTrend(series: Series): boolean {
  return series.lines.some((line) => line.points.length >= 2);
}

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * The chart in words, for a screen reader (the canvas is a picture to it): the title,
 * unit and span, then each line with its values by period. `valueText` formats one
 * value as the screen would show it.
 */
export function describeLines(data: LineData, text: { title: string; unit: string; span: string }, valueText: (value: number) => string, t: Translate): string {
  const lines = data.datasets.map((dataset) => {
    const points = dataset.data
      .map(({ y }, index) => (y === null ? null : t('screens.chart.point', { period: data.labels[index] ?? '', value: valueText(y) })))
      .filter((point): point is string => point !== null);
    return t('screens.chart.line', { name: dataset.label, points: points.join(', ') });
  });
  return t('screens.chart.summary', { ...text, lines: lines.join('; ') });
}
