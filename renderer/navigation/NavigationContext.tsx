import { createContext, useContext, useEffect, useMemo, useReducer, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useApiClient } from '../api/ApiContext';
import { createOpeningHold } from './openWhenRead';
import { currentVisit, initialNavigation, navigate, type NavigationAction, type Route } from './routes';

export interface NavigationActions {
  go(route: Route): void;
  replace(route: Route): void;
  back(): void;
  home(): void;
  /** Back to the attract loop with all state cleared (idle timeout). */
  reset(): void;
}

export interface Navigation extends NavigationActions {
  route: Route;
  /** The visit this route belongs to (see Visit): Back returns to an earlier one. */
  visit: number;
}

const NavigationContext = createContext<Navigation | null>(null);
/** What only the screen switch needs to know of the history. */
export interface NavigationHistory {
  /** The visits Back can return to, oldest first. */
  visits: readonly number[];
  /** The visit Home would bring (the attract loop draws it ahead, see ScreenSwitch). */
  homeVisit: number;
}

const HistoryContext = createContext<NavigationHistory>({ visits: [], homeVisit: 0 });

export function NavigationProvider({ initial, children }: { initial: Route; children: ReactNode }) {
  const [state, dispatch] = useReducer(navigate, initial, initialNavigation);
  const client = useApiClient();
  // A new screen opens once its first answers are in (openWhenRead); Back, Home and the
  // reset bring up a screen already drawn (or the attract loop), so they act at once.
  const hold = useMemo(() => createOpeningHold(client), [client]);
  useEffect(() => () => hold.cancel(), [hold]);
  // The same functions for the provider's whole life: a screen kept in the background
  // holds on to them, and nothing re-renders because history moved.
  const actions = useMemo<NavigationActions>(() => {
    const open = (action: NavigationAction & { route: Route }) => {
      // Opened within the tap's own event, the update renders with it; opened after a
      // wait for answers, it renders at once rather than in a later task.
      let waited = false;
      hold.open(action.route, () => (waited ? flushSync(() => dispatch(action)) : dispatch(action)));
      waited = true;
    };
    const now = (action: NavigationAction) => {
      hold.cancel();
      dispatch(action);
    };
    return {
      go: (route) => open({ type: 'go', route }),
      replace: (route) => open({ type: 'replace', route }),
      back: () => now({ type: 'back' }),
      home: () => now({ type: 'home' }),
      reset: () => now({ type: 'reset' }),
    };
  }, [hold]);
  const value = useMemo<Navigation>(() => {
    const { route, id } = currentVisit(state);
    return { ...actions, route, visit: id };
  }, [state, actions]);
  const history = useMemo<NavigationHistory>(() => ({ visits: state.stack.map((visit) => visit.id), homeVisit: currentVisit(navigate(state, { type: 'home' })).id }), [state]);
  return (
    <NavigationContext.Provider value={value}>
      <HistoryContext.Provider value={history}>{children}</HistoryContext.Provider>
    </NavigationContext.Provider>
  );
}

/** What one screen sees of navigation: its own route and visit, whichever screen is in front. */
export function ScreenNavigationProvider({ value, children }: { value: Navigation; children: ReactNode }) {
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation needs a NavigationProvider above it.');
  return navigation;
}

export function useNavigationHistory(): NavigationHistory {
  return useContext(HistoryContext);
}
