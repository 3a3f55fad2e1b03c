import { lazy, Suspense, type ComponentType } from 'react';
import { Home } from '../screens/Home';
import { useNavigation } from './NavigationContext';
import type { Route, ScreenName } from './routes';

/**
 * One component per screen. Home is in the first bundle; the others (and chart.js
 * with them) load on first use, which keeps the initial JavaScript small.
 */
type ScreenProps<S extends ScreenName> = { route: Extract<Route, { screen: S }> };
type ScreenComponents = { [S in ScreenName]: ComponentType<ScreenProps<S>> };

const screens: ScreenComponents = {
  attract: lazy(() => import('../screens/Attract')),
  home: Home,
  map: lazy(() => import('../screens/MapScreen')),
  region: lazy(() => import('../screens/Region')),
  theme: lazy(() => import('../screens/Theme')),
  indicator: lazy(() => import('../screens/Indicator')),
  compare: lazy(() => import('../screens/Compare')),
  search: lazy(() => import('../screens/Search')),
};

export function ScreenSwitch({ fallback }: { fallback: React.ReactNode }) {
  const { route } = useNavigation();
  const Screen = screens[route.screen] as ComponentType<{ route: Route }>;
  return (
    <Suspense fallback={fallback}>
      <Screen key={JSON.stringify(route)} route={route} />
    </Suspense>
  );
}
