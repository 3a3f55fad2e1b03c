import type { Overview } from '../../data/api/types';
import { FigureTile } from '../components/FigureTile';
import { Masthead } from '../components/Masthead';
import { ErrorPanel, LoadingPanel } from '../components/StatusPanel';
import { ThemeCard } from '../components/ThemeCard';
import { useSnapshotAdoption } from '../api/SnapshotAdoption';
import { ahead, usePrefetch, type LaterPrefetch, type Prefetch } from '../api/prefetch';
import { useRequest } from '../hooks/useRequest';
import { ThemeIcon } from '../components/ThemeIcon';
import { useLang } from '../hooks/useLang';
import { useNavigation } from '../navigation/NavigationContext';
import { useMemo } from 'react';
import { defaultMapIndicator } from '../components/map/defaultIndicator';

/** What Home's tiles lead to: the themes (catalogue and the regency's profile) and the map's first view. */
function homeReads(root: string | null): (Prefetch | LaterPrefetch)[] | null {
  if (!root) return null;
  return [
    ahead('indicator.catalogue', {}),
    ahead('region.profile', { code: root }),
    ahead('map.geometry', { level: 'kecamatan' }),
    ahead('region.points', { code: root }),
    (peek) => {
      const indicatorId = defaultMapIndicator(peek('indicator.catalogue') ?? null, 'kecamatan');
      return indicatorId ? ahead('map.values', { indicatorId, level: 'kecamatan' }) : null;
    },
  ];
}

function HomeContent({ overview, refreshFailed }: { overview: Overview; refreshFailed: boolean }) {
  const { t } = useLang();
  const navigation = useNavigation();
  const hasSample = overview.keyFigures.some((figure) => figure.indicator.isSample);
  return (
    <div className="home__grid">
      <section className="home__figures" aria-labelledby="home-figures-title">
        <h2 id="home-figures-title" className="section-title">
          {t('home.keyFigures')}
        </h2>
        {overview.keyFigures.length > 0 ? (
          <div className="figure-grid" data-count={overview.keyFigures.length > 6 ? 'many' : overview.keyFigures.length}>
            {overview.keyFigures.map((figure) => (
              <FigureTile key={figure.indicator.id} figure={figure} onOpen={() => navigation.go({ screen: 'indicator', indicatorId: figure.indicator.id })} />
            ))}
          </div>
        ) : (
          <p className="home__empty">{t('figure.none')}</p>
        )}
      </section>
      <section className="home__themes" aria-labelledby="home-themes-title">
        <h2 id="home-themes-title" className="section-title">
          {t('home.themes')}
        </h2>
        <div className="theme-grid">
          {overview.themes.map((theme) => (
            <ThemeCard key={theme.id} theme={theme} />
          ))}
          <button type="button" className="theme-card theme-card--button theme-card--explore" data-testid="home-map" onClick={() => navigation.go({ screen: 'map' })}>
            <ThemeIcon name="map" />
            <span className="theme-card__name">{t('screens.home.map')}</span>
          </button>
        </div>
      </section>
      {(hasSample || refreshFailed) && (
        <footer className="home__notes">
          {hasSample && <p className="home__note home__note--sample">{t('sample.explain')}</p>}
          {refreshFailed && (
            <p className="home__note home__note--stale" role="status">
              {t('home.staleNotice')}
            </p>
          )}
        </footer>
      )}
    </div>
  );
}

/** The regency at a glance: key figures and the themes to explore; its divisions are in the masthead. */
export function Home() {
  const info = useRequest('snapshot.info', {});
  const overview = useRequest('overview.get', {});
  const { refreshFailed } = useSnapshotAdoption();
  // Once Home is up, what its tiles open is fetched in idle moments.
  const root = overview.data?.region.code ?? null;
  usePrefetch(useMemo(() => homeReads(root), [root]));
  const failed = [info, overview].find((request) => request.status === 'error') ?? null;
  const ready = info.data && overview.data ? { info: info.data, overview: overview.data } : null;
  return (
    <div className="screen" data-screen="home" data-ready={ready ? 'true' : undefined}>
      <Masthead region={ready?.overview.region ?? null} counts={ready?.overview.counts ?? null} dataAsOf={ready?.info.dataAsOf ?? null} />
      <main className="screen__body" aria-busy={!ready && !failed}>
        {ready ? (
          <HomeContent overview={ready.overview} refreshFailed={refreshFailed} />
        ) : failed?.error ? (
          <ErrorPanel error={failed.error} onRetry={() => [info, overview].forEach((request) => request.status === 'error' && request.retry())} />
        ) : (
          <LoadingPanel />
        )}
      </main>
    </div>
  );
}
