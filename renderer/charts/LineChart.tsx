import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { IndicatorMeta, Lang } from '../../data/api/types';
import { formatNumber, formatRupiah, isRupiahUnit } from '../i18n/format';
import { labelledTicks, tickDecimals, type LineData } from './series';
import './setup';

/** Ticks in the reader's locale, all with the decimals their step needs; rupiah in words, since "7.190.715.000" cannot be read from a metre. */
function tickFormatter(indicator: Pick<IndicatorMeta, 'unit' | 'decimals'>, lang: Lang) {
  return (value: number | string, _index: number, ticks: { value: number }[]) => {
    const number = Number(value);
    return isRupiahUnit(indicator.unit) ? formatRupiah(number, lang) : formatNumber(number, lang, tickDecimals(ticks, indicator.decimals));
  };
}

/**
 * The time axis drawn to scale (periodPosition): a tick at each period, named as the
 * reader says it, except where names would overlap (labelledTicks; the points stay).
 * A little room at both ends keeps the first and last points whole.
 */
function timeAxis(positions: readonly number[], labels: readonly string[]) {
  const first = positions[0] ?? 0;
  const last = positions.at(-1) ?? first;
  const room = Math.max((last - first) * 0.03, 0.1);
  const names = new Map(positions.map((position, index) => [position, labels[index] ?? '']));
  return {
    type: 'linear' as const,
    min: first - room,
    max: last + room,
    grid: { display: false },
    afterBuildTicks: (axis: { ticks: { value: number }[]; maxWidth: number; chart: { width: number } }) => {
      const width = axis.maxWidth > 0 ? axis.maxWidth : axis.chart.width;
      axis.ticks = labelledTicks(positions, labels, width).map((index) => ({ value: positions[index] ?? 0 }));
    },
    ticks: { font: { size: 22 }, autoSkip: false, maxRotation: 0, callback: (value: number | string) => names.get(Number(value)) ?? '' },
  };
}

/**
 * A thin wrapper: the caller shapes and memoises `data`; options here depend only on
 * indicator, language and the periods. `description` is the chart in words: the canvas is announced
 * as an image with it as its name, so a screen reader gets the figures, not "image".
 */
export function LineChart({ data, indicator, lang, description }: { data: LineData; indicator: Pick<IndicatorMeta, 'unit' | 'decimals'>; lang: Lang; description: string }) {
  const { labels, positions } = data;
  const options = useMemo(
    () => ({
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: timeAxis(positions, labels),
        y: { grace: '8%', ticks: { font: { size: 22 }, maxTicksLimit: 5, callback: tickFormatter(indicator, lang) }, grid: { color: '#e7e2d6' } },
      },
      locale: lang === 'id' ? 'id-ID' : 'en-GB',
    }),
    [indicator, lang, positions, labels],
  );
  return (
    <div className="line-chart">
      <Line data={data} options={options} aria-label={description} />
    </div>
  );
}
