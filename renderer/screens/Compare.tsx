import { useMemo, useState } from 'react';
import { CompareGrid } from '../components/compare/CompareGrid';
import { addRegion, comparableIndicators, defaultIndicatorIds, toggleIndicator } from '../components/compare/defaults';
import { maxCompareIndicators, maxCompareRegions } from '../components/compare/limits';
import { IndicatorPicker, RegionPicker } from '../components/compare/Pickers';
import { useCatalogue, useComparison } from '../components/compare/useComparison';
import { AppShell } from '../components/shell/AppShell';
import { LoadingPanel } from '../components/StatusPanel';
import { useLang } from '../hooks/useLang';
import type { Route } from '../navigation/routes';
import '../styles/search.css';
import '../styles/compare.css';

type CompareRoute = Extract<Route, { screen: 'compare' }>;

/**
 * Up to four places side by side. The choice lives in this screen's state, started
 * from the route (a "compare" button elsewhere passes the region it came from).
 */
export default function Compare({ route }: { route: Route }) {
  const { t } = useLang();
  const initial = route as CompareRoute;
  const catalogue = useCatalogue();
  const [regionCodes, setRegionCodes] = useState<string[]>(() => (initial.regionCodes ?? []).slice(0, maxCompareRegions));
  const [chosenIds, setChosenIds] = useState<string[] | null>(() => initial.indicatorIds?.slice(0, maxCompareIndicators) ?? null);
  const [sheet, setSheet] = useState<'regions' | 'indicators' | null>(() => ((initial.regionCodes ?? []).length === 0 ? 'regions' : null));

  const indicatorIds = useMemo(() => chosenIds ?? (catalogue ? defaultIndicatorIds(catalogue) : []), [chosenIds, catalogue]);
  const state = useComparison(regionCodes, indicatorIds);
  const comparison = state.status === 'ready' ? state.comparison : state.status === 'loading' ? state.previous : null;
  const taken = useMemo(() => new Set(regionCodes), [regionCodes]);
  const full = regionCodes.length >= maxCompareRegions;

  const pickRegion = (code: string) => {
    const next = addRegion(regionCodes, code);
    setRegionCodes(next);
    if (next.length >= maxCompareRegions) setSheet(null);
  };

  return (
    <AppShell title={t('kiosk.compare.title')} bodyClass="kiosk-screen__body compare" busy={state.status === 'loading'} screen="compare" ready={state.status === 'ready'}>
      <div className="compare__content" data-ready={state.status === 'ready' ? 'true' : undefined}>
        <div className="compare__toolbar">
          <button type="button" className="touch-button compare__add" disabled={full} onClick={() => setSheet('regions')} data-testid="compare-add">
            <span aria-hidden="true">+</span> {t('kiosk.compare.addRegion')}
          </button>
          <button type="button" className="compare__choose" onClick={() => setSheet('indicators')} disabled={!catalogue} data-testid="compare-indicators">
            {t('kiosk.compare.chooseIndicators')}
            <span className="compare__count">{t('kiosk.compare.indicatorsChosen', { count: indicatorIds.length })}</span>
          </button>
          <p className="compare__hint">{full ? t('kiosk.compare.full') : t('kiosk.compare.intro')}</p>
        </div>
        {regionCodes.length === 0 ? (
          <p className="compare__empty">{t('kiosk.compare.empty')}</p>
        ) : comparison ? (
          <div className="compare__table">
            <CompareGrid comparison={comparison} onRemove={(code) => setRegionCodes(regionCodes.filter((other) => other !== code))} />
            <p className="compare__legend">{t('kiosk.compare.bestExplain')}</p>
          </div>
        ) : (
          <LoadingPanel />
        )}
      </div>
      {sheet === 'regions' && <RegionPicker taken={taken} onPick={pickRegion} onClose={() => setSheet(null)} />}
      {sheet === 'indicators' && catalogue && (
        <IndicatorPicker
          catalogue={comparableIndicators(catalogue, comparison?.regions.map((region) => region.level) ?? [], indicatorIds)}
          chosen={indicatorIds}
          onToggle={(id) => setChosenIds(toggleIndicator(indicatorIds, id))}
          onClose={() => setSheet(null)}
        />
      )}
    </AppShell>
  );
}
