import { lazy, startTransition, useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { whenIdle } from '../api/prefetch';
import { useSnapshotAdoption } from '../api/SnapshotAdoption';
import Attract from '../screens/Attract';
import { Home } from '../screens/Home';
import { KeptScreenView } from './KeptScreenView';
import { homeAhead, keepScreen, leavingScreens, maxKeptScreens, type KeptScreen } from './keptScreens';
import { useLang } from '../hooks/useLang';
import { useNavigation, useNavigationHistory, type NavigationActions } from './NavigationContext';
import { useWarmUp } from './warmUp';
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

/** True once the browser has been idle during this visit (while `active`). */
function useIdleDuring(active: boolean, visit: number): boolean {
  const [idleVisit, setIdleVisit] = useState<number | null>(null);
  useEffect(() => (active ? whenIdle(() => startTransition(() => setIdleVisit(visit))) : undefined), [active, visit]);
  return active && idleVisit === visit;
}

/**
 * The screen in front and the ones Back can return to (keptScreens.ts). The ones behind
 * stay built and laid out but skipped by the browser (KeptScreenView), so Back and Home
 * cost a paint, not a new render, style and layout. `keep: 1` builds every screen afresh
 * (the wall, which shows one view at a time). On the attract loop, once idle, Home is
 * drawn ahead behind it (homeAhead), so a visitor's first tap is as quick as Back, and
 * one screen of each kind is warmed up (navigation/warmUp), so the first visit to each is
 * not the slow one.
 */
export function ScreenSwitch({ fallback, keep = maxKeptScreens }: { fallback: ReactNode; keep?: number }) {
  const navigation = useNavigation();
  const { route, visit } = navigation;
  const { visits: history, homeVisit } = useNavigationHistory();
  const { generation, setAttractShown } = useSnapshotAdoption();
  const onAttract = route.screen === 'attract';
  useEffect(() => setAttractShown(onAttract), [onAttract, setAttractShown]);
  const { lang: language } = useLang();
  const now = { route, visit, history, generation, language };
  const [kept, setKept] = useState<KeptScreen[]>(() => keepScreen([], now, keep));
  // Derived in render (React re-renders at once, before anything is committed): adopting
  // a snapshot drops the screens behind in the same commit.
  const next = keepScreen(kept, now, keep);
  const [leaving, setLeaving] = useState<KeptScreen[]>([]);
  if (next !== kept) {
    setKept(next);
    // One screen at a time (the wall) means one in the document: its auto-scroll looks for it there.
    if (keep > 1) setLeaving(leavingScreens(leaving, kept.filter((screen) => !next.some((shown) => shown.key === screen.key)), now));
  }
  const hidden = leavingScreens(leaving, [], now);
  useEffect(() => (leaving.length > 0 ? whenIdle(() => setLeaving([])) : undefined), [leaving]);
  const front = next[0]?.key;
  const { go, replace, back, home, reset } = navigation;
  const actions = useMemo<NavigationActions>(() => ({ go, replace, back, home, reset }), [go, replace, back, home, reset]);
  const drawn = [...next, ...hidden];
  const idleOnAttract = useIdleDuring(keep > 1 && onAttract, visit);
  const ahead = idleOnAttract ? homeAhead({ route, homeVisit, generation, language }, drawn) : null;
  const warmUp = useWarmUp(idleOnAttract, visit, { generation, language });
  // A steady order of siblings (by visit): bringing a screen forward moves no fiber.
  const ordered = [...drawn, ...(ahead ? [ahead] : []), ...(warmUp.screen ? [warmUp.screen] : [])].sort((a, b) => a.visit - b.visit);
  return (
    <div className="screen-stack">
      {ordered.map((screen) => {
        const warming = screen === warmUp.screen;
        return (
          <KeptScreenView
            key={screen.key}
            screen={screen}
            front={screen.key === front}
            ahead={screen === ahead}
            warming={warming && warmUp.warming}
            hostRef={warming ? warmUp.hostRef : undefined}
            actions={actions}
            fallback={fallback}
            render={renderScreen}
          />
        );
      })}
    </div>
  );
}

function renderScreen(route: Route): ReactNode {
  const Screen = screens[route.screen];
  return <Screen route={route} />;
}
