import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { IndicatorMeta, Lang } from '../../data/api/types';
import { formatNumber, formatRupiah, isRupiahUnit } from '../i18n/format';
import type { LineData } from './series';
import './setup';

/** Ticks in the reader's locale; rupiah in words, since "7.190.715.000" cannot be read from a metre. */
function tickFormatter(indicator: Pick<IndicatorMeta, 'unit' | 'decimals'>, lang: Lang) {
  return (value: number | string) => {
    const number = Number(value);
    return isRupiahUnit(indicator.unit) ? formatRupiah(number, lang) : formatNumber(number, lang, Number.isInteger(number) ? 0 : indicator.decimals);
  };
}

/**
 * A thin wrapper: the caller shapes and memoises `data`; options here depend only on
 * indicator and language. `description` is the chart in words: the canvas is announced
 * as an image with it as its name, so a screen reader gets the figures, not "image".
 */
export function LineChart({ data, indicator, lang, description }: { data: LineData; indicator: Pick<IndicatorMeta, 'unit' | 'decimals'>; lang: Lang; description: string }) {
  const options = useMemo(
    () => ({
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: { grid: { display: false }, ticks: { font: { size: 22 } } },
        y: { grace: '8%', ticks: { font: { size: 22 }, maxTicksLimit: 5, callback: tickFormatter(indicator, lang) }, grid: { color: '#e7e2d6' } },
      },
      locale: lang === 'id' ? 'id-ID' : 'en-GB',
    }),
    [indicator, lang],
  );
  return (
    <div className="line-chart">
      <Line data={data} options={options} aria-label={description} />
    </div>
  );
}
