import { createContext, memo, Suspense, useContext, useMemo, type ReactNode, type RefObject } from 'react';
import { useAfterPaint } from '../hooks/useAfterPaint';
import { ScreenLanguageContext } from '../hooks/useLang';
import type { KeptScreen } from './keptScreens';
import { ScreenNavigationProvider, type Navigation, type NavigationActions } from './NavigationContext';
import type { Route } from './routes';

interface KeptScreenViewProps {
  screen: KeptScreen;
  front: boolean;
  /** Drawn ahead of the tap that will show it (homeAhead): laid out once, then kept like the rest. */
  ahead?: boolean;
  /** Drawn only to warm its code up (navigation/warmUp): laid out, invisible, for as long as it is there. */
  warming?: boolean;
  hostRef?: RefObject<HTMLDivElement | null>;
  actions: NavigationActions;
  fallback: ReactNode;
  render: (route: Route) => ReactNode;
}

const ScreenInFrontContext = createContext(true);

/** Whether this screen is the one shown (a kept screen behind it is not): for timers and wall following. */
export function useScreenInFront(): boolean {
  return useContext(ScreenInFrontContext);
}

/**
 * One kept screen, in its own host element that stays in the document. A screen behind
 * is `content-visibility: hidden` (components.css): the browser skips its style, layout
 * and paint but keeps what it last computed, so bringing it forward costs a paint, not a
 * new render, style and layout. Skipped content is also out of touch, focus and the
 * accessibility tree, so the host needs no `inert` or `aria-hidden` (both would restyle
 * every element of the screen each time it comes forward: about 10 ms a Back at 4x).
 * It does not re-render while behind (memoised, with a navigation value of its own that
 * does not change when another screen is in front).
 */
export const KeptScreenView = memo(function KeptScreenView({ screen, front, ahead = false, warming = false, hostRef, actions, fallback, render }: KeptScreenViewProps) {
  // A screen drawn ahead was never shown, so the browser has no layout of it to keep: it
  // is laid out (invisible) for one frame, and only then skipped like any screen behind.
  const laidOut = useAfterPaint(ahead);
  const { route, visit } = screen;
  const navigation = useMemo<Navigation>(() => ({ ...actions, route, visit }), [actions, route, visit]);
  // The same element while only `front` changes, so React does not render the screen again.
  const content = useMemo(
    () => (
      <ScreenNavigationProvider value={navigation}>
        <Suspense fallback={fallback}>{render(route)}</Suspense>
      </ScreenNavigationProvider>
    ),
    [navigation, fallback, render, route],
  );
  return (
    <div ref={hostRef} className="screen-host" data-behind={front ? undefined : ''} data-drawing-ahead={laidOut && !warming ? undefined : ''}>
      <ScreenLanguageContext.Provider value={screen.language}>
        <ScreenInFrontContext.Provider value={front}>{content}</ScreenInFrontContext.Provider>
      </ScreenLanguageContext.Provider>
    </div>
  );
});
