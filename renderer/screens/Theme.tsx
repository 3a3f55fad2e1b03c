import { useMemo } from 'react';
import type { CatalogueTheme, ProfileFigure } from '../../data/api/types';
import { SampleBadge } from '../components/SampleBadge';
import { AppShell } from '../components/shell/AppShell';
import { ShellIcon } from '../components/shell/ShellIcons';
import { SourceNote } from '../components/SourceNote';
import { ErrorPanel, LoadingPanel } from '../components/StatusPanel';
import { ThemeIcon } from '../components/ThemeIcon';
import { qualifiersOfFigure, valueQualifier } from '../i18n/figureStatus';
import { formatFigure, pick } from '../i18n/format';
import { regionTitle } from '../i18n/region';
import { useLang } from '../hooks/useLang';
import { useRequest } from '../hooks/useRequest';
import { useNavigation } from '../navigation/NavigationContext';
import type { Route } from '../navigation/routes';
import { ahead, usePrefetch, useRankingOnPress } from '../api/prefetch';
import '../styles/indicator.css';

/** A theme shows up to a dozen tiles; the first ones are the likeliest taps. */
const maxPrefetchedRankings = 8;

function ThemeTiles({ theme, figures, rootCode }: { theme: CatalogueTheme; figures: Map<string, ProfileFigure>; rootCode: string | null }) {
  const { t, lang } = useLang();
  const navigation = useNavigation();
  const press = useRankingOnPress(rootCode);
  return (
    <div className="theme-tiles">
      {theme.indicators.map(({ indicator, periods }) => {
        const figure = figures.get(indicator.id);
        const formatted = figure ? formatFigure(figure.value, indicator, lang) : null;
        const qualifier = figure ? valueQualifier(figure.status, t) : null;
        return (
          <button
            key={indicator.id}
            type="button"
            className={`figure-card indicator-tile${indicator.isSample ? ' figure-card--sample' : ''}`}
            data-indicator={indicator.id}
            onPointerDown={() => press(indicator.id)}
            onClick={() => navigation.go({ screen: 'indicator', indicatorId: indicator.id })}
          >
            <span className="indicator-tile__head">
              <span className="indicator-tile__name">{pick(indicator.name, lang)}</span>
              {indicator.isSample && <SampleBadge />}
            </span>
            {formatted ? (
              <span className="indicator-tile__value" data-testid="figure-value">
                {qualifier && <span className="indicator-tile__unit">{qualifier} </span>}
                <span className="indicator-tile__number">{formatted.value}</span> {formatted.unit && <span className="indicator-tile__unit">{formatted.unit}</span>}
              </span>
            ) : (
              <span className="indicator-tile__none">{t('screens.theme.noRegencyValue')}</span>
            )}
            <span className="indicator-tile__foot">
              <SourceNote source={indicator.source} period={figure?.period ?? periods[periods.length - 1] ?? ''} qualifiers={qualifiersOfFigure(figure?.status ?? null)} />
              <ShellIcon name="chevron" className="indicator-tile__go" />
            </span>
          </button>
        );
      })}
    </div>
  );
}

/** A theme's indicators as tiles with the regency's latest value; each opens its ranking. */
export default function Theme({ route }: { route: Route }) {
  const { t, lang } = useLang();
  const themeId = route.screen === 'theme' ? route.themeId : '';
  const info = useRequest('snapshot.info', {});
  const catalogue = useRequest('indicator.catalogue', {});
  const profile = useRequest('region.profile', info.data ? { code: info.data.root.code } : null);
  const theme = catalogue.data?.find((entry) => entry.id === themeId) ?? null;
  const figures = useMemo(() => new Map((profile.data?.figures ?? []).map((figure) => [figure.indicator.id, figure])), [profile.data]);
  const failed = [info, catalogue, profile].find((request) => request.status === 'error') ?? null;
  const ready = catalogue.status === 'ready' && profile.status === 'ready';
  // Each tile opens its indicator's ranking of the kecamatan: fetched ahead while the visitor reads.
  const rootCode = info.data?.root.code ?? null;
  usePrefetch(
    useMemo(
      () => (theme && rootCode ? theme.indicators.slice(0, maxPrefetchedRankings).map(({ indicator }) => ahead('indicator.ranking', { indicatorId: indicator.id, parentCode: rootCode })) : null),
      [theme, rootCode],
    ),
  );
  return (
    <AppShell title={theme ? pick(theme.name, lang) : null} eyebrow={t('screens.theme.eyebrow')} busy={!ready} screen="theme" ready={ready}>
      {failed?.error ? (
        <ErrorPanel error={failed.error} onRetry={failed.retry} />
      ) : !ready ? (
        <LoadingPanel />
      ) : theme ? (
        <div className="theme-screen">
          <p className="theme-screen__lead">
            <ThemeIcon name={theme.icon} />
            <span>
              {t('screens.theme.lead', { count: theme.indicators.length, region: profile.data ? regionTitle(profile.data.region.name, profile.data.region.level, t) : '' })}{' '}
              <span className="theme-screen__touch">{t('screens.theme.touch')}</span>
            </span>
          </p>
          <ThemeTiles theme={theme} figures={figures} rootCode={rootCode} />
        </div>
      ) : (
        <p className="empty-note">{t('screens.theme.notFound')}</p>
      )}
    </AppShell>
  );
}
