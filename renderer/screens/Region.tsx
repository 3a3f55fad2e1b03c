import { useMemo } from 'react';
import type { RegionProfile, RegionRef } from '../../data/api/types';
import { AppShell } from '../components/shell/AppShell';
import { Breadcrumb } from '../components/region/Breadcrumb';
import { ChildRanking } from '../components/region/ChildRanking';
import { pickKeyFigures, sexBreakdown, trendAgainstReferences } from '../components/region/pickFigures';
import { ProfileFigureCard } from '../components/region/ProfileFigureCard';
import { ProjectsSection } from '../components/region/ProjectsSection';
import { SexBar } from '../components/region/SexBar';
import { TrendPanel } from '../components/region/TrendPanel';
import { ErrorPanel, LoadingPanel } from '../components/StatusPanel';
import { regionTitle } from '../i18n/region';
import { useAfterPaint } from '../hooks/useAfterPaint';
import { useLang } from '../hooks/useLang';
import { useRequest } from '../hooks/useRequest';
import { useNavigation } from '../navigation/NavigationContext';
import type { Route } from '../navigation/routes';
import '../styles/region.css';

/** How many key figures get a time-series chart: two charts fit beside the rest without scrolling far. */
const trendCount = 2;

function ProfileBody({ profile }: { profile: RegionProfile }) {
  const { t } = useLang();
  const navigation = useNavigation();
  const { region, parent, root } = profile;
  const openRegion = (code: string) => navigation.go({ screen: 'region', code });
  const catalogue = useRequest('indicator.catalogue', {});
  const points = useRequest('region.points', { code: region.code });
  const keyFigures = useMemo(() => pickKeyFigures(profile.figures), [profile.figures]);
  const sexes = useMemo(() => sexBreakdown(profile.figures), [profile.figures]);
  // The figures are what a tap asks for and fill the first screen; the sections below
  // them (trends, the ranking of the region's parts, projects) follow a frame later.
  const belowFold = useAfterPaint();

  // The references a trend is drawn against: the parent (if in the data) and the regency.
  const trendRegions = useMemo(() => {
    const list: RegionRef[] = [region];
    for (const other of [parent, root]) if (other && other.code !== region.code && other.level !== 'provinsi' && !list.some((r) => r.code === other.code)) list.push(other);
    return list;
  }, [region, parent, root]);
  const ownTrend = useMemo(() => [region], [region]);
  const trendFigures = useMemo(() => {
    const periods = new Map(catalogue.data?.flatMap((theme) => theme.indicators.map((entry) => [entry.indicator.id, entry.periods.length] as const)) ?? []);
    return keyFigures.filter((figure) => (periods.get(figure.indicator.id) ?? 0) > 1 && figure.indicator.themeId !== 'wilayah').slice(0, trendCount);
  }, [catalogue.data, keyFigures]);

  const openIndicator = (indicatorId: string) =>
    navigation.go({ screen: 'indicator', indicatorId, ...(parent && parent.level !== 'provinsi' ? { parentCode: parent.code } : {}) });

  return (
    <div className="region">
      <div className="region__top">
        <Breadcrumb trail={[...profile.breadcrumb, region]} rootCode={root?.code ?? null} onPick={openRegion} />
        {/* Compare starts with this place; the visitor adds up to three more there. */}
        <button type="button" className="touch-button region__compare" data-testid="region-compare" onClick={() => navigation.go({ screen: 'compare', regionCodes: [region.code] })}>
          {t('screens.region.compare')}
        </button>
      </div>
      <section aria-labelledby="region-figures-title">
        <h2 id="region-figures-title" className="section-title">
          {t('home.keyFigures')}
        </h2>
        {keyFigures.length > 0 ? (
          <div className="region__figures">
            {keyFigures.map((figure) => (
              <ProfileFigureCard key={figure.indicator.id} figure={figure} region={region} parent={parent} root={root} onOpen={() => openIndicator(figure.indicator.id)} />
            ))}
          </div>
        ) : (
          <p className="empty-note">{t('figure.none')}</p>
        )}
      </section>
      {belowFold && (trendFigures.length > 0 || sexes) && (
        <div className="region__charts">
          {trendFigures.map(({ indicator }) => (
            <TrendPanel key={indicator.id} indicatorId={indicator.id} regions={trendAgainstReferences(indicator) ? trendRegions : ownTrend} />
          ))}
          {sexes && <SexBar breakdown={sexes} />}
        </div>
      )}
      {belowFold && profile.children.length > 0 && <ChildRanking region={region} members={profile.children} choices={keyFigures} onPick={openRegion} />}
      {belowFold && <ProjectsSection points={points.data ?? []} onMap={() => navigation.go({ screen: 'map' })} />}
    </div>
  );
}

/** A region's profile: kabupaten, kecamatan or village, each set beside its parent and the regency. */
export default function Region({ route }: { route: Route }) {
  const { t } = useLang();
  const code = route.screen === 'region' ? route.code : '';
  const profile = useRequest('region.profile', { code });
  const region = profile.data?.region ?? null;
  const parent = profile.data?.parent ?? null;
  // "Kecamatan Genteng" above a village's name tells apart villages that share a name.
  const eyebrow = parent && parent.level !== 'provinsi' ? regionTitle(parent.name, parent.level, t) : t('screens.region.eyebrow');
  return (
    <AppShell title={region ? regionTitle(region.name, region.level, t) : null} eyebrow={eyebrow} busy={profile.status === 'loading'} screen="region" ready={profile.status === 'ready'}>
      {profile.status === 'error' && <ErrorPanel error={profile.error} onRetry={profile.retry} />}
      {profile.status === 'loading' && <LoadingPanel />}
      {profile.status === 'ready' && <ProfileBody profile={profile.data} />}
    </AppShell>
  );
}
