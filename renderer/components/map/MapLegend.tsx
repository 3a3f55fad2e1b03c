import type { MapValues } from '../../../data/api/types';
import type { ClassBreak } from '../../charts/classes';
import { qualifiersOf } from '../../i18n/figureStatus';
import { formatFigure, pick } from '../../i18n/format';
import { useLang } from '../../hooks/useLang';
import { SampleBadge } from '../SampleBadge';
import { SourceNote } from '../SourceNote';

/** Classes with their ranges and unit, the hatched "no data", which way is better, and where the numbers are from; the project dots, marked when they are sample data. */
export function MapLegend({ values, classes, showPoints, pointsSample = false }: { values: MapValues; classes: ClassBreak[]; showPoints: boolean; pointsSample?: boolean }) {
  const { t, lang } = useLang();
  const { indicator } = values;
  const text = (value: number) => formatFigure(value, indicator, lang).value;
  const direction = indicator.higherIsBetter === null ? null : indicator.higherIsBetter ? t('screens.legend.higherBetter') : t('screens.legend.lowerBetter');
  return (
    <section className="map-legend" aria-labelledby="map-legend-title" data-testid="map-legend">
      <div className="card-head">
        <h2 id="map-legend-title" className="map-legend__title">
          {pick(indicator.name, lang)}
        </h2>
        {indicator.isSample && <SampleBadge />}
      </div>
      <p className="card-unit">
        {t('screens.indicator.unitLine', { unit: pick(indicator.unit, lang) })}
        {direction && ` · ${direction}`}
      </p>
      <ul className="map-legend__classes">
        {classes.map((entry) => (
          <li key={entry.from} className="map-legend__class">
            <span className="map-legend__swatch" style={{ background: entry.colour }} />
            {entry.from === entry.to ? text(entry.from) : t('screens.legend.range', { from: text(entry.from), to: text(entry.to) })}
          </li>
        ))}
        <li className="map-legend__class">
          <span className="map-legend__swatch map-legend__swatch--none" />
          {t('screens.legend.noData')}
        </li>
      </ul>
      {showPoints && (
        <div className="map-legend__points-head">
          <span>{t('screens.map.points')}</span>
          {pointsSample && <SampleBadge />}
        </div>
      )}
      {showPoints && (
        <ul className="map-legend__points">
          {(['started', 'advanced', 'done'] as const).map((kind) => (
            <li key={kind} className="map-legend__point">
              <span className={`map-legend__dot map-point--${kind}`} />
              {t(`screens.legend.progress.${kind}`)}
            </li>
          ))}
        </ul>
      )}
      {values.period && <SourceNote source={indicator.source} period={values.period} qualifiers={qualifiersOf(values.values, (value) => value.status, (value) => value.name)} />}
    </section>
  );
}
