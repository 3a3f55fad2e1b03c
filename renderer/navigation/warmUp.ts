import { startTransition, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { CatalogueTheme, RegionProfile } from '../../data/api/types';
import { useApiClient } from '../api/ApiContext';
import type { ApiClient } from '../api/client';
import { whenIdle } from '../api/prefetch';
import { keptScreenKey, type KeptScreen } from './keptScreens';
import type { Route } from './routes';

/**
 * The first visit to each kind of screen was the slowest tap of a visitor's round (at 4x,
 * theme → indicator about 300 ms the first time in a fresh page, about 90 ms later on):
 * the screen's code ran for the first time, unoptimised, and chart.js set itself up. So
 * while the attract loop idles, one screen of each kind is drawn, invisibly and one after
 * another, and taken down again: the first visitor then opens screens whose code has
 * already run (first visits in fresh pages at 4x, medians of 5: theme 167 → 126 ms,
 * indicator 294 → 236, region 238 → 196, map 195 → 170, search 199 → 133).
 */

/**
 * One screen of each kind a visitor opens from Home, each the fullest of its kind so the
 * most of its code runs: the theme with the most indicators, the indicator with the most
 * periods (its period player and trend), the first kecamatan, the map, search.
 */
export function warmUpRoutes(catalogue: readonly CatalogueTheme[], root: Pick<RegionProfile, 'children'>): Route[] {
  const fullest = <T>(items: readonly T[], size: (item: T) => number) => items.reduce<T | undefined>((best, item) => (best === undefined || size(item) > size(best) ? item : best), undefined);
  const theme = fullest(catalogue, (candidate) => candidate.indicators.length);
  const indicator = fullest(
    catalogue.flatMap((entry) => entry.indicators),
    (entry) => entry.periods.length,
  );
  const child = root.children[0];
  return [
    ...(theme && theme.indicators.length > 0 ? [{ screen: 'theme', themeId: theme.id } as const] : []),
    ...(indicator ? [{ screen: 'indicator', indicatorId: indicator.indicator.id } as const] : []),
    ...(child ? [{ screen: 'region', code: child.code } as const] : []),
    { screen: 'map' },
    { screen: 'search' },
  ];
}

async function loadWarmUpRoutes(client: ApiClient): Promise<Route[]> {
  const info = await client.request('snapshot.info');
  const [catalogue, root] = await Promise.all([client.request('indicator.catalogue'), client.request('region.profile', { code: info.root.code })]);
  return warmUpRoutes(catalogue, root);
}

/** Idle periods a screen may take to show its data before warming moves on without it (an answer failed or is slow). */
const maxIdleChecks = 40;

/** Visit numbers of their own, below every real one (those start at 1), so no warm-up screen is taken for a visit. */
const warmUpVisit = (index: number) => -1 - index;

interface WarmUpState {
  /** The attract visit it belongs to. */
  visit: number;
  routes: Route[];
  index: number;
}

export interface WarmUp {
  /** The screen being drawn, or just left (taken down at the next idle moment, not in the tap that left the loop). */
  screen: KeptScreen | null;
  /** Whether it is still being drawn (laid out, invisible), rather than left. */
  warming: boolean;
  hostRef: RefObject<HTMLDivElement | null>;
}

/**
 * Warms the screens of `warmUpRoutes` up during `visit` of the attract loop while `active`
 * (the loop has been idle; ScreenSwitch). Each one is drawn until it shows its data
 * (`[data-ready]`) and the browser has been idle twice since, then the next one replaces
 * it. Leaving the loop stops it; the screen then drawn goes at the next idle moment.
 */
export function useWarmUp(active: boolean, visit: number, { generation, language }: { generation: number; language: string }): WarmUp {
  const client = useApiClient();
  const hostRef = useRef<HTMLDivElement | null>(null);
  const [state, setState] = useState<WarmUpState | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const cancelIdle = whenIdle(() => {
      loadWarmUpRoutes(client).then(
        (routes) => live && startTransition(() => setState({ visit, routes, index: 0 })),
        () => undefined, // No warm-up; the screens simply open cold.
      );
    });
    return () => {
      live = false;
      cancelIdle();
    };
  }, [active, visit, client]);

  const route = state ? state.routes[state.index] : undefined;
  const index = state?.index ?? 0;
  const screen = useMemo<KeptScreen | null>(
    () => (route ? { key: `warm:${keptScreenKey(warmUpVisit(index), generation)}`, route, generation, language, visit: warmUpVisit(index) } : null),
    [route, index, generation, language],
  );
  const warming = screen !== null && active && state?.visit === visit;
  const key = screen?.key;

  useEffect(() => {
    if (!key) return;
    if (!warming) return whenIdle(() => setState(null));
    let checks = 0;
    let settled = 0;
    let cancel = () => undefined as void;
    const check = () => {
      cancel = whenIdle(() => {
        checks += 1;
        settled = hostRef.current?.querySelector('[data-ready]') ? settled + 1 : 0;
        if (settled >= 2 || checks >= maxIdleChecks) startTransition(() => setState((previous) => previous && { ...previous, index: previous.index + 1 }));
        else check();
      });
    };
    check();
    return () => cancel();
  }, [key, warming]);

  return { screen, warming, hostRef };
}
