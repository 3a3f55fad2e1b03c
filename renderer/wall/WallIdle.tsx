import { useEffect, useState } from 'react';
import type { Overview, SnapshotInfo } from '../../data/api/types';
import { useApiClient } from '../api/ApiContext';
import { RegencyOutline } from '../components/attract/RegencyOutline';
import { projectOutline, type Outline } from '../components/attract/outline';
import { SampleBadge } from '../components/SampleBadge';
import { SourceNote } from '../components/SourceNote';
import { qualifiersOfFigure, valueQualifier } from '../i18n/figureStatus';
import { formatDate, formatFigure, pick } from '../i18n/format';
import { regionTitle } from '../i18n/region';
import { useLang } from '../hooks/useLang';

/** Slow enough to read from across the lounge, quick enough that the wall does not look frozen. */
export const idleFigureMs = 12_000;

/** The calm screen between presentations: the regency, its outline and one key figure at a time. */
export function WallIdle({ info }: { info: SnapshotInfo | null }) {
  const { t, lang } = useLang();
  const client = useApiClient();
  const [overview, setOverview] = useState<Overview | null>(null);
  const [outline, setOutline] = useState<Outline | null>(null);
  const [index, setIndex] = useState(0);

  useEffect(() => {
    let live = true;
    const ignore = () => undefined;
    client.request('overview.get').then((value) => live && setOverview(value), ignore);
    client.request('map.geometry', { level: 'kecamatan' }).then((value) => live && setOutline(projectOutline(value)), ignore);
    return () => {
      live = false;
    };
  }, [client, info?.datasetVersion]);

  const figures = overview?.keyFigures ?? [];
  useEffect(() => {
    if (figures.length < 2) return;
    const timer = setInterval(() => setIndex((current) => current + 1), idleFigureMs);
    return () => clearInterval(timer);
  }, [figures.length]);

  const figure = figures.length > 0 ? figures[index % figures.length] : undefined;
  const shown = figure ? formatFigure(figure.value, figure.indicator, lang) : null;
  const qualifier = figure ? valueQualifier(figure.status, t) : null;
  const region = overview?.region ?? info?.root ?? null;
  return (
    <div className="wall-idle" data-testid="wall-idle">
      <div className="wall-idle__art">{outline && <RegencyOutline outline={outline} highlight={null} />}</div>
      <div className="wall-idle__text">
        <p className="wall-idle__brand">{t('wall.brand')}</p>
        <h1 className="wall-idle__region">{region ? regionTitle(region.name, region.level, t) : t('wall.brand')}</h1>
        {figure && shown && (
          <figure key={figure.indicator.id} className="wall-idle__figure" data-testid="wall-idle-figure">
            <figcaption className="wall-idle__figure-name">
              {pick(figure.indicator.name, lang)}
              {figure.indicator.isSample && <SampleBadge />}
            </figcaption>
            <p className="wall-idle__figure-value">
              {qualifier && <span className="wall-idle__figure-unit">{qualifier} </span>}
              {shown.value}
              {shown.unit && <span className="wall-idle__figure-unit"> {shown.unit}</span>}
            </p>
            <SourceNote source={figure.indicator.source} period={figure.period} qualifiers={qualifiersOfFigure(figure.status)} />
          </figure>
        )}
        {info && (
          <p className="wall-idle__as-of" data-testid="wall-data-as-of">
            {t('wall.idle.dataAsOf', { date: formatDate(info.dataAsOf, lang) })}
          </p>
        )}
      </div>
    </div>
  );
}
