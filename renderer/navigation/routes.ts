import type { MapLevel } from '../../data/api/types';

/**
 * Every screen a visitor can reach, with what it needs to draw itself. A route is plain
 * data, so it can be sent to the wall display or saved in a playlist as it is.
 */
export type Route =
  | { screen: 'attract' }
  | { screen: 'home' }
  | { screen: 'map'; indicatorId?: string; level?: MapLevel; period?: string; within?: string }
  | { screen: 'region'; code: string }
  | { screen: 'theme'; themeId: string }
  | { screen: 'indicator'; indicatorId: string; parentCode?: string; period?: string }
  | { screen: 'compare'; regionCodes: string[]; indicatorIds?: string[] }
  | { screen: 'search' };

export type ScreenName = Route['screen'];

export const homeRoute: Route = { screen: 'home' };
export const attractRoute: Route = { screen: 'attract' };

/** Visitors may go deep; past this the oldest steps are forgotten rather than grow without bound. */
export const maxHistory = 30;

export interface NavigationState {
  stack: Route[];
}

export type NavigationAction =
  | { type: 'go'; route: Route }
  | { type: 'replace'; route: Route }
  | { type: 'back' }
  | { type: 'home' }
  | { type: 'reset' };

export function sameRoute(a: Route, b: Route): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Pure, so the history rules are unit-tested without React. */
export function navigate(state: NavigationState, action: NavigationAction): NavigationState {
  const current = state.stack[state.stack.length - 1] ?? homeRoute;
  switch (action.type) {
    case 'go':
      if (sameRoute(current, action.route)) return state;
      return { stack: [...state.stack, action.route].slice(-maxHistory) };
    case 'replace':
      return { stack: [...state.stack.slice(0, -1), action.route] };
    case 'back':
      return state.stack.length > 1 ? { stack: state.stack.slice(0, -1) } : { stack: [homeRoute] };
    case 'home':
      return { stack: [homeRoute] };
    case 'reset':
      return { stack: [attractRoute] };
  }
}

export function currentRoute(state: NavigationState): Route {
  return state.stack[state.stack.length - 1] ?? homeRoute;
}
