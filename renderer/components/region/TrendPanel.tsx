import { useMemo } from 'react';
import type { RegionRef } from '../../../data/api/types';
import { LineChart } from '../../charts/LineChart';
import { describeLines, hasTrend, lineChartData, lineStyles, periodLabels } from '../../charts/series';
import { qualifiersOf } from '../../i18n/figureStatus';
import { formatFigure, formatPeriod, pick } from '../../i18n/format';
import { regionTitle } from '../../i18n/region';
import { useAfterPaint } from '../../hooks/useAfterPaint';
import { useLang } from '../../hooks/useLang';
import { useRequest } from '../../hooks/useRequest';
import { useScrolledIntoView } from '../../hooks/useScrolledIntoView';
import { SampleBadge } from '../SampleBadge';
import { SourceNote } from '../SourceNote';
import { seriesCitations } from './citations';

interface TrendPanelProps {
  indicatorId: string;
  /** The region first (drawn boldest), then the references it is compared with. */
  regions: RegionRef[];
  /** List each figure's own source under the chart (the indicator's screen, where the full citation belongs). */
  citations?: boolean;
}

/**
 * One indicator over time for a region and its references, with its own legend in page
 * type (chart.js legends are small and canvas-drawn) and its source and period span.
 * Renders nothing until there is a trend to show: a single point is not a line.
 */
export function TrendPanel({ indicatorId, regions, citations = false }: TrendPanelProps) {
  const { t, lang } = useLang();
  const args = useMemo(() => ({ indicatorId, regionCodes: regions.map((region) => region.code) }), [indicatorId, regions]);
  const series = useRequest('indicator.series', args);
  // Building a chart (canvas sizing forces a layout) costs more than the whole rest of a
  // profile: it is drawn the frame after the figures, in a box already its final size,
  // and only once that box is scrolled into view (a profile's trends are below the fold).
  const painted = useAfterPaint();
  const [chartBox, inView] = useScrolledIntoView();
  const drawChart = painted && inView;
  const names = useMemo(() => new Map(regions.map((region) => [region.code, regionTitle(region.name, region.level, t)])), [regions, t]);
  const data = useMemo(() => (series.data ? lineChartData(series.data, lang, t, (code) => names.get(code) ?? code) : null), [series.data, lang, t, names]);
  const periods = series.data?.periods;
  const span = !periods ? '' : periods.length > 1 ? `${formatPeriod(periods[0] as string, lang, t)}–${formatPeriod(periods[periods.length - 1] as string, lang, t)}` : (periods[0] ?? '');
  const indicator = series.data?.indicator ?? null;
  const { qualifiers, cited } = useMemo(() => {
    if (!series.data) return { qualifiers: [], cited: [] };
    const labels = periodLabels(series.data, lang, t);
    const label = (period: string) => labels.get(period) ?? period;
    return {
      qualifiers: qualifiersOf(series.data.lines.flatMap((line) => line.points), (point) => point.status, (point) => label(point.period)),
      cited: citations ? seriesCitations(series.data, label, lang) : [],
    };
  }, [series.data, lang, t, citations]);
  const description = useMemo(() => {
    if (!data || !indicator) return '';
    const valueText = (value: number) => {
      const shown = formatFigure(value, indicator, lang);
      return shown.unit ? `${shown.value} ${shown.unit}` : shown.value;
    };
    return describeLines(data, { title: pick(indicator.name, lang), unit: pick(indicator.unit, lang), span }, valueText, (key, values) => t(key, values ?? {}));
  }, [data, indicator, lang, span, t]);
  if (!series.data || !data || !indicator || !hasTrend(series.data)) return null;
  const title = pick(indicator.name, lang);
  return (
    <section className="trend card" data-testid="trend" data-indicator={indicator.id}>
      <div className="card-head">
        <h3 className="card-title">{title}</h3>
        {indicator.isSample && <SampleBadge />}
      </div>
      <ul className="trend__legend">
        {data.datasets.map((dataset, index) => {
          const style = lineStyles[Math.min(index, lineStyles.length - 1)] ?? lineStyles[0];
          return (
            <li key={dataset.label} className="trend__key">
              <svg className="trend__swatch" viewBox="0 0 48 12" aria-hidden="true">
                <line x1="2" y1="6" x2="46" y2="6" stroke={style.colour} strokeWidth={style.width} strokeDasharray={style.dash.join(' ')} strokeLinecap="round" />
              </svg>
              {dataset.label}
            </li>
          );
        })}
        <li className="trend__unit">{pick(indicator.unit, lang)}</li>
      </ul>
      {drawChart ? (
        <LineChart data={data} indicator={indicator} lang={lang} description={description} />
      ) : (
        <div ref={chartBox} className="line-chart" role="img" aria-label={description} data-testid="trend-pending" />
      )}
      <SourceNote source={indicator.source} period={span} qualifiers={qualifiers} />
      {cited.length > 0 && (
        <div className="trend__citations" data-testid="citations">
          <p className="trend__citations-title">{t('screens.chart.citations')}</p>
          <ul>
            {cited.map((citation) => (
              <li key={citation.source}>
                <strong>{citation.periods.join(', ')}</strong> {citation.source}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
