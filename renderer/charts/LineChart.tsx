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

/** A thin wrapper: the caller shapes and memoises `data`; options here depend only on indicator and language. */
export function LineChart({ data, indicator, lang, label }: { data: LineData; indicator: Pick<IndicatorMeta, 'unit' | 'decimals'>; lang: Lang; label: string }) {
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
    <div className="line-chart" role="img" aria-label={label}>
      <Line data={data} options={options} />
    </div>
  );
}
