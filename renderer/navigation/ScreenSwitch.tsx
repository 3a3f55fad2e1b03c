import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useSnapshotAdoption } from '../api/SnapshotAdoption';
import Attract from '../screens/Attract';
import { Home } from '../screens/Home';
import { useNavigation } from './NavigationContext';
import type { Route, ScreenName } from './routes';

type AnyScreen = ComponentType<{ route: Route }>;

interface LazyScreen {
  Screen: AnyScreen;
  preload: () => Promise<void>;
}

/**
 * A screen in its own chunk that can be fetched ahead of the first tap. Once loaded it
 * renders directly, not through React.lazy, so opening it never suspends (a suspended
 * render shows the fallback for a frame even when the chunk is already there).
 */
function lazyScreen(load: () => Promise<{ default: AnyScreen }>): LazyScreen {
  let loaded: AnyScreen | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
      },
      (error: unknown) => {
        loading = null; // A failed chunk load may succeed on the next try.
        throw error;
      },
    ));
  const Lazy = lazy(async () => {
    await preload();
    return { default: loaded as AnyScreen };
  });
  function Screen(props: { route: Route }) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Screen, preload };
}

/**
 * One component per screen. The attract loop (the first screen a kiosk shows) and Home
 * are in the first bundle; the others (and chart.js with them) are their own chunks,
 * fetched when the browser is idle after the first paint (`preloadScreens`), so the
 * initial JavaScript stays small and a first tap still does not wait for a download.
 */
const lazyScreens = {
  map: lazyScreen(() => import('../screens/MapScreen') as Promise<{ default: AnyScreen }>),
  region: lazyScreen(() => import('../screens/Region') as Promise<{ default: AnyScreen }>),
  theme: lazyScreen(() => import('../screens/Theme') as Promise<{ default: AnyScreen }>),
  indicator: lazyScreen(() => import('../screens/Indicator') as Promise<{ default: AnyScreen }>),
  compare: lazyScreen(() => import('../screens/Compare') as Promise<{ default: AnyScreen }>),
  search: lazyScreen(() => import('../screens/Search') as Promise<{ default: AnyScreen }>),
} satisfies Partial<Record<ScreenName, LazyScreen>>;

const screens: Record<ScreenName, AnyScreen> = {
  attract: Attract as AnyScreen,
  home: Home as AnyScreen,
  map: lazyScreens.map.Screen,
  region: lazyScreens.region.Screen,
  theme: lazyScreens.theme.Screen,
  indicator: lazyScreens.indicator.Screen,
  compare: lazyScreens.compare.Screen,
  search: lazyScreens.search.Screen,
};

/** Fetches every screen chunk, one after another (the most used first); failures are left for the tap to retry. */
export async function preloadScreens(): Promise<void> {
  for (const name of ['theme', 'indicator', 'region', 'map', 'search', 'compare'] as const) {
    await lazyScreens[name].preload().catch(() => undefined);
  }
}

export function ScreenSwitch({ fallback }: { fallback: React.ReactNode }) {
  const { route } = useNavigation();
  const { generation, setAttractShown } = useSnapshotAdoption();
  const onAttract = route.screen === 'attract';
  useEffect(() => setAttractShown(onAttract), [onAttract, setAttractShown]);
  const Screen = screens[route.screen];
  return (
    <Suspense fallback={fallback}>
      {/* Keyed by the adopted snapshot too: adopting one remounts the screen with the new data. */}
      <Screen key={`${generation}:${JSON.stringify(route)}`} route={route} />
    </Suspense>
  );
}
