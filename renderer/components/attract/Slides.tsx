import type { Figure, Overview, RegionProfile } from '../../../data/api/types';
import { regionTitle } from '../../i18n/region';
import { useLang } from '../../hooks/useLang';
import { FigureTile } from '../FigureTile';
import type { Outline } from './outline';
import { RegencyOutline } from './RegencyOutline';

/** The facts a village slide leads with, in this order where the snapshot has them. */
const villageFacts = ['sample_population', 'area_boundary_km2', 'sample_households', 'sample_poverty_rate', 'sample_posyandu', 'sample_dana_desa_allocation'];

export function pickVillageFigures(figures: readonly Figure[], count = 4): Figure[] {
  const byId = new Map(figures.map((figure) => [figure.indicator.id, figure]));
  const preferred = villageFacts.flatMap((id) => byId.get(id) ?? []);
  const rest = figures.filter((figure) => !villageFacts.includes(figure.indicator.id));
  return [...preferred, ...rest].slice(0, count);
}

export function FiguresSlide({ overview }: { overview: Overview }) {
  const { t } = useLang();
  const figures = overview.keyFigures.slice(0, 4);
  return (
    <div className="attract-slide" data-slide="figures">
      <h2 className="attract-slide__title">{t('kiosk.attract.regencyTitle', { region: regionTitle(overview.region.name, overview.region.level, t) })}</h2>
      <div className="attract-figures" data-count={figures.length}>
        {figures.map((figure) => (
          <FigureTile key={figure.indicator.id} figure={figure} />
        ))}
      </div>
    </div>
  );
}

export function VillageSlide({ village }: { village: RegionProfile }) {
  const { t } = useLang();
  const { region, parent } = village;
  const figures = pickVillageFigures(village.figures);
  return (
    <div className="attract-slide" data-slide="village" data-region={region.code}>
      <p className="attract-slide__eyebrow">{t('kiosk.attract.villageEyebrow')}</p>
      <h2 className="attract-slide__title">{regionTitle(region.name, region.level, t)}</h2>
      {parent && (
        <p className="attract-slide__subtitle">
          {t('kiosk.attract.villageOf', { level: t(`kiosk.level.${region.level}`), parent: regionTitle(parent.name, parent.level, t) })}
        </p>
      )}
      <div className="attract-figures" data-count={figures.length}>
        {figures.map((figure) => (
          <FigureTile key={figure.indicator.id} figure={figure} />
        ))}
      </div>
    </div>
  );
}

export function MapSlide({ outline, overview, highlight }: { outline: Outline; overview: Overview | null; highlight: string | null }) {
  const { t } = useLang();
  const picked = outline.paths.find((path) => path.code === highlight);
  return (
    <div className="attract-slide attract-slide--map" data-slide="map">
      <div className="attract-map__text">
        <h2 className="attract-slide__title">{t('kiosk.attract.mapTitle', { count: outline.paths.length })}</h2>
        {overview && (
          <p className="attract-slide__subtitle">
            {t('kiosk.attract.mapCaption', { desa: overview.counts.desa, kelurahan: overview.counts.kelurahan })}
          </p>
        )}
        {picked && <p className="attract-map__picked">{regionTitle(picked.name, 'kecamatan', t)}</p>}
      </div>
      <RegencyOutline outline={outline} highlight={highlight} />
    </div>
  );
}
