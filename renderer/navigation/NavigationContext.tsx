import { createContext, useContext, useMemo, useReducer, type ReactNode } from 'react';
import { currentRoute, navigate, type NavigationState, type Route } from './routes';

export interface Navigation {
  route: Route;
  depth: number;
  go(route: Route): void;
  replace(route: Route): void;
  back(): void;
  home(): void;
  /** Back to the attract loop with all state cleared (idle timeout). */
  reset(): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ initial, children }: { initial: Route; children: ReactNode }) {
  const [state, dispatch] = useReducer(navigate, { stack: [initial] } satisfies NavigationState);
  const value = useMemo<Navigation>(
    () => ({
      route: currentRoute(state),
      depth: state.stack.length,
      go: (route) => dispatch({ type: 'go', route }),
      replace: (route) => dispatch({ type: 'replace', route }),
      back: () => dispatch({ type: 'back' }),
      home: () => dispatch({ type: 'home' }),
      reset: () => dispatch({ type: 'reset' }),
    }),
    [state],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation needs a NavigationProvider above it.');
  return navigation;
}
