import type { Lang, Series } from '../../data/api/types';
import { formatPeriod, type PeriodWords } from '../i18n/format';

/** Line styles by role: colour and dash both differ, so the lines are told apart without colour vision. */
export const lineStyles = [
  { colour: '#0b6e4f', dash: [] as number[], width: 5 },
  { colour: '#2c7fb8', dash: [14, 8], width: 4 },
  { colour: '#9a5b00', dash: [4, 6], width: 4 },
] as const;

export interface LineDataset {
  label: string;
  data: (number | null)[];
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
  datasets: LineDataset[];
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
  return {
    labels: series.periods.map((period) => labels.get(period) ?? period),
    datasets: lines.map((line, index) => {
      const style = lineStyles[Math.min(index, lineStyles.length - 1)] ?? lineStyles[0];
      const byPeriod = new Map(line.points.map((point) => [point.period, point.value]));
      const qualified = new Set(line.points.filter((point) => point.status !== null).map((point) => point.period));
      return {
        label: labelOf(line.region.code),
        data: series.periods.map((period) => byPeriod.get(period) ?? null),
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
      .map((value, index) => (value === null ? null : t('screens.chart.point', { period: data.labels[index] ?? '', value: valueText(value) })))
      .filter((point): point is string => point !== null);
    return t('screens.chart.line', { name: dataset.label, points: points.join(', ') });
  });
  return t('screens.chart.summary', { ...text, lines: lines.join('; ') });
}
