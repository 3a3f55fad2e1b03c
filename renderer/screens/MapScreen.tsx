import { useCallback, useMemo, useState } from 'react';
import type { MapLevel, PointRow } from '../../data/api/types';
import { quantileClasses } from '../charts/classes';
import { PeriodPlayer } from '../components/indicator/PeriodPlayer';
import { ChoroplethMap } from '../components/map/ChoroplethMap';
import { IndicatorPicker } from '../components/map/IndicatorPicker';
import { defaultMapIndicator } from '../components/map/defaultIndicator';
import { MapLegend } from '../components/map/MapLegend';
import { ProjectCard } from '../components/region/ProjectCard';
import { AppShell } from '../components/shell/AppShell';
import { regionTitle } from '../i18n/region';
import { ShellIcon } from '../components/shell/ShellIcons';
import { ErrorPanel, LoadingPanel } from '../components/StatusPanel';
import { useLang } from '../hooks/useLang';
import { useRequest } from '../hooks/useRequest';
import { useNavigation } from '../navigation/NavigationContext';
import type { Route } from '../navigation/routes';
import '../styles/map.css';
import '../styles/region.css';

type MapRoute = Extract<Route, { screen: 'map' }>;
const levels: readonly MapLevel[] = ['kecamatan', 'desa'];

/** The regency as a choropleth of one indicator, kecamatan or villages, with e-monitoring projects on top. */
export default function MapScreen({ route }: { route: Route }) {
  const { t } = useLang();
  const navigation = useNavigation();
  const mapRoute = route as MapRoute;
  const [level, setLevel] = useState<MapLevel>(mapRoute.level ?? 'kecamatan');
  const [chosen, setChosen] = useState<string | undefined>(mapRoute.indicatorId);
  const [period, setPeriod] = useState<string | undefined>(mapRoute.period);
  const [showPoints, setShowPoints] = useState(true);
  const [selected, setSelected] = useState<PointRow | null>(null);

  const info = useRequest('snapshot.info', {});
  const catalogue = useRequest('indicator.catalogue', {});
  const indicatorId = chosen ?? defaultMapIndicator(catalogue.data, level);
  const within = mapRoute.within;
  const geometry = useRequest('map.geometry', useMemo(() => ({ level, ...(within ? { within } : {}) }), [level, within]));
  const valuesArgs = useMemo(() => (indicatorId ? { indicatorId, level, ...(within ? { within } : {}), ...(period ? { period } : {}) } : null), [indicatorId, level, within, period]);
  const values = useRequest('map.values', valuesArgs);
  const points = useRequest('region.points', info.data ? { code: within ?? info.data.root.code } : null);

  const classes = useMemo(() => (values.data ? quantileClasses(values.data.values.map((entry) => entry.value), values.data.indicator.decimals) : []), [values.data]);
  const openRegion = useCallback((code: string) => navigation.go({ screen: 'region', code }), [navigation]);
  const pickIndicator = useCallback((id: string) => {
    setChosen(id);
    setPeriod(undefined);
  }, []);

  const failed = [info, catalogue, geometry, values].find((request) => request.status === 'error' && !request.data) ?? null;
  const shownPeriod = period ?? values.data?.period ?? null;
  const empty = values.data !== null && values.status === 'ready' && values.data.values.length === 0;

  return (
    <AppShell
      title={t('screens.map.title')}
      eyebrow={info.data ? regionTitle(info.data.root.name, info.data.root.level, t) : null}
      bodyClass="screen__body--map"
      screen="map"
      ready={geometry.status === 'ready' && values.status === 'ready'}
    >
      {failed?.error ? (
        <ErrorPanel error={failed.error} onRetry={failed.retry} />
      ) : !geometry.data || !catalogue.data ? (
        <LoadingPanel />
      ) : (
        <div className="map-screen">
          <div className="map-screen__map" aria-busy={values.status === 'loading' || geometry.status === 'loading'}>
            <ChoroplethMap
              geometry={geometry.data}
              values={values.data}
              classes={classes}
              points={showPoints ? (points.data ?? []) : []}
              onRegion={openRegion}
              onPoint={setSelected}
              selectedPoint={showPoints ? (selected?.id ?? null) : null}
            />
            {empty && indicatorId && (
              <div className="map-screen__notice" data-testid="map-empty">
                <p>{t(`screens.map.empty.${level}`)}</p>
                <button type="button" className="touch-button" onClick={() => navigation.go({ screen: 'indicator', indicatorId })}>
                  {t('screens.map.openIndicator')}
                </button>
              </div>
            )}
            {selected && showPoints && (
              <div className="map-screen__card" data-testid="point-card">
                <ProjectCard point={selected} />
                <button type="button" className="shell-button map-screen__close" onClick={() => setSelected(null)}>
                  <ShellIcon name="close" />
                  <span className="shell-button__label">{t('screens.shell.close')}</span>
                </button>
              </div>
            )}
            <p className="map-screen__hint">{t('screens.map.hint')}</p>
          </div>
          <div className="map-screen__panel">
            <div className="map-screen__controls">
              <div className="segmented" role="group" aria-label={t('screens.map.level')}>
                {levels.map((option) => (
                  <button key={option} type="button" className="segmented__option" data-level={option} aria-pressed={option === level} onClick={() => setLevel(option)}>
                    {t(`screens.map.levels.${option}`)}
                  </button>
                ))}
              </div>
              <button type="button" className="chip chip--toggle" aria-pressed={showPoints} data-testid="toggle-points" onClick={() => setShowPoints((on) => !on)}>
                {t('screens.map.points')}
              </button>
            </div>
            {values.data && shownPeriod && values.data.periods.length > 1 && <PeriodPlayer periods={values.data.periods} current={shownPeriod} onChange={setPeriod} />}
            {values.data && <MapLegend values={values.data} classes={classes} showPoints={showPoints} pointsSample={points.data?.some((point) => point.isSample) ?? false} />}
            {indicatorId && <IndicatorPicker catalogue={catalogue.data} current={indicatorId} level={level} onPick={pickIndicator} />}
          </div>
        </div>
      )}
    </AppShell>
  );
}
