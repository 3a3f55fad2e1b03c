import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Ranking, RegionRef } from '../../data/api/types';
import { IndicatorFacts } from '../components/indicator/IndicatorFacts';
import { PeriodPlayer } from '../components/indicator/PeriodPlayer';
import { RankingBars } from '../components/indicator/RankingBars';
import { ScopeChooser } from '../components/indicator/ScopeChooser';
import { TrendPanel } from '../components/region/TrendPanel';
import { SampleBadge } from '../components/SampleBadge';
import { AppShell } from '../components/shell/AppShell';
import { SourceNote } from '../components/SourceNote';
import { ErrorPanel, LoadingPanel } from '../components/StatusPanel';
import { rankingQualifiers } from '../i18n/figureStatus';
import { formatPeriod, pick } from '../i18n/format';
import { regionTitle } from '../i18n/region';
import { useLang } from '../hooks/useLang';
import { useRequest } from '../hooks/useRequest';
import { useNavigation } from '../navigation/NavigationContext';
import type { Route } from '../navigation/routes';
import { ahead, usePrefetch, useProfileOnPress } from '../api/prefetch';
import { useApiClient } from '../api/ApiContext';
import '../styles/indicator.css';
import '../styles/region.css';

type IndicatorRoute = Extract<Route, { screen: 'indicator' }>;

/** A ranking has up to 25 kecamatan (or a kecamatan's villages); their profiles are small. */
const maxPrefetchedProfiles = 30;

/** The indicator's name heads its panel: in the landscape bar there is no room for it in full (shell.css names the theme there). */
function RankingHead({ indicator }: { indicator: Ranking['indicator'] }) {
  const { lang } = useLang();
  return (
    <div className="card-head">
      <h2 id="ranking-title" className="section-title">
        {pick(indicator.name, lang)}
      </h2>
      {indicator.isSample && <SampleBadge />}
    </div>
  );
}

interface RankingPanelProps {
  ranking: Ranking;
  root: RegionRef;
  /** The kecamatan whose villages have figures, offered when the figures exist only per village. */
  districts: RegionRef[];
  onDistrict: (code: string) => void;
}

function RankingPanel({ ranking, root, districts, onDistrict }: RankingPanelProps) {
  const { t, lang } = useLang();
  const navigation = useNavigation();
  const press = useProfileOnPress();
  const { indicator } = ranking;
  if (ranking.rows.length === 0) {
    // Many official figures exist only for the whole regency: say so, and show its trend instead of an empty chart.
    return (
      <section className="ranking-panel ranking-panel--none" aria-labelledby="ranking-title">
        <RankingHead indicator={indicator} />
        <p className="empty-note" data-testid="no-ranking">
          {ranking.rankableChildren.length > 0 ? t('screens.indicator.villagesOnly') : t('screens.indicator.noRanking', { region: regionTitle(ranking.parent.name, ranking.parent.level, t) })}
        </p>
        {/* Figures only per village: the kecamatan to choose from, right here rather than behind the switch at the side. */}
        {ranking.rankableChildren.length > 0 && (
          <div className="sheet__grid" data-testid="district-choices">
            {districts.map((district) => (
              <button key={district.code} type="button" className="chip" data-region={district.code} onClick={() => onDistrict(district.code)}>
                {district.name}
              </button>
            ))}
          </div>
        )}
        <TrendPanel indicatorId={indicator.id} regions={[root]} citations />
      </section>
    );
  }
  const level = ranking.rows[0]?.region.level ?? 'kecamatan';
  return (
    <section className="ranking-panel card" aria-labelledby="ranking-title">
      <RankingHead indicator={indicator} />
      <p className="card-unit">
        <strong className="ranking-panel__what" data-testid="ranking-what">
          {t(`screens.indicator.rankingOf.${level === 'kecamatan' ? 'kecamatan' : 'desa'}`, { parent: regionTitle(ranking.parent.name, ranking.parent.level, t) })}
        </strong>
        {t('screens.indicator.unitLine', { unit: pick(indicator.unit, lang) })}
        {' · '}
        {indicator.higherIsBetter === false ? t('screens.indicator.orderLow') : t('screens.indicator.orderHigh')}
      </p>
      <RankingBars ranking={ranking} onPick={(code) => navigation.go({ screen: 'region', code })} onPress={press} />
      {ranking.period && <SourceNote source={indicator.source} period={ranking.period} qualifiers={rankingQualifiers(ranking)} />}
    </section>
  );
}

function IndicatorBody({ route, root, districts }: { route: IndicatorRoute; root: RegionRef; districts: RegionRef[] }) {
  const { t, lang } = useLang();
  const [parentCode, setParentCode] = useState(route.parentCode ?? root.code);
  const [period, setPeriod] = useState<string | undefined>(route.period);
  const args = useMemo(() => ({ indicatorId: route.indicatorId, parentCode, ...(period ? { period } : {}) }), [route.indicatorId, parentCode, period]);
  const ranking = useRequest('indicator.ranking', args);
  // Each row opens that place's profile: fetched ahead, one at a time, while the visitor reads.
  const rows = ranking.data?.rows;
  usePrefetch(useMemo(() => (rows ? rows.slice(0, maxPrefetchedProfiles).map((row) => ahead('region.profile', { code: row.region.code })) : null), [rows]));
  const changeScope = useCallback((code: string) => {
    setParentCode(code);
    setPeriod(undefined);
  }, []);
  // The kecamatan whose villages have figures come with the regency's ranking; within one
  // kecamatan they are read from it (asked for only then, usually already in the cache).
  const atRoot = parentCode === root.code;
  const rootArgs = useMemo(() => ({ indicatorId: route.indicatorId, parentCode: root.code }), [route.indicatorId, root.code]);
  const rootRanking = useRequest('indicator.ranking', atRoot ? null : rootArgs);
  const rankableCodes = (atRoot ? ranking.data : rootRanking.data)?.rankableChildren ?? null;
  const rankableDistricts = useMemo(() => (rankableCodes ? districts.filter((district) => rankableCodes.includes(district.code)) : districts), [districts, rankableCodes]);
  if (ranking.status === 'error' && !ranking.data) return <ErrorPanel error={ranking.error} onRetry={ranking.retry} />;
  if (!ranking.data) return <LoadingPanel />;
  const data = ranking.data;
  const shownPeriod = period ?? data.period;
  return (
    <div className="indicator-screen" data-ready={ranking.status === 'ready' ? 'true' : undefined}>
      <div className="indicator-screen__main">
        <RankingPanel ranking={data} root={root} districts={rankableDistricts} onDistrict={changeScope} />
      </div>
      <aside className="indicator-screen__side">
        {/* The villages of one kecamatan, offered only where they have figures; and always a way back to all kecamatan. */}
        {(!atRoot || rankableDistricts.length > 0) && <ScopeChooser root={root} districts={rankableDistricts} current={parentCode} onChange={changeScope} />}
        {shownPeriod && data.periods.length > 1 && <PeriodPlayer periods={data.periods} current={shownPeriod} onChange={setPeriod} />}
        <IndicatorFacts indicator={data.indicator} period={shownPeriod ? formatPeriod(shownPeriod, lang, t) : null} />
      </aside>
    </div>
  );
}

/** One indicator: every kecamatan (or the villages of one) ranked, through time, with what it means and where it is from. */
export default function Indicator({ route }: { route: Route }) {
  const { t, lang } = useLang();
  const indicatorRoute = route as IndicatorRoute;
  const info = useRequest('snapshot.info', {});
  const catalogue = useRequest('indicator.catalogue', {});
  const rootProfile = useRequest('region.profile', info.data ? { code: info.data.root.code } : null);
  const meta = catalogue.data?.flatMap((theme) => theme.indicators).find((entry) => entry.indicator.id === indicatorRoute.indicatorId)?.indicator ?? null;
  const theme = catalogue.data?.find((entry) => entry.id === meta?.themeId) ?? null;
  const failed = [info, catalogue, rootProfile].find((request) => request.status === 'error') ?? null;
  // The ranking needs only the root's code, not its profile: ask for it now, not after the
  // profile arrives (IndicatorBody's identical request joins this one in the client).
  const client = useApiClient();
  const rankingRoot = indicatorRoute.parentCode ?? info.data?.root.code ?? null;
  useEffect(() => {
    if (!rankingRoot) return;
    const args = { indicatorId: indicatorRoute.indicatorId, parentCode: rankingRoot, ...(indicatorRoute.period ? { period: indicatorRoute.period } : {}) };
    client.request('indicator.ranking', args).catch(() => undefined);
  }, [client, rankingRoot, indicatorRoute.indicatorId, indicatorRoute.period]);
  return (
    <AppShell
      title={meta ? pick(meta.name, lang) : null}
      eyebrow={theme ? pick(theme.name, lang) : t('screens.indicator.eyebrow')}
      screen="indicator"
    >
      {failed?.error ? (
        <ErrorPanel error={failed.error} onRetry={failed.retry} />
      ) : rootProfile.data ? (
        <IndicatorBody route={indicatorRoute} root={rootProfile.data.region} districts={rootProfile.data.children} />
      ) : (
        <LoadingPanel />
      )}
    </AppShell>
  );
}
