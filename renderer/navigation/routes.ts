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

/**
 * One stop in the history: the route and the visit it belongs to. Every arrival by a tap
 * (go, replace, reset; home when no Home is in the history) is a new visit, drawn afresh;
 * Back (and Home to the Home in the history) returns to an earlier one, kept drawn with its
 * state (scroll, chosen period, typed query) as the visitor left it.
 */
export interface Visit {
  route: Route;
  id: number;
}

export interface NavigationState {
  stack: Visit[];
  /** The last visit id handed out. */
  lastVisit: number;
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

export function initialNavigation(route: Route): NavigationState {
  return { stack: [{ route, id: 1 }], lastVisit: 1 };
}

/** Pure, so the history rules are unit-tested without React. */
export function navigate(state: NavigationState, action: NavigationAction): NavigationState {
  const current = currentRoute(state);
  const id = state.lastVisit + 1;
  switch (action.type) {
    case 'go':
      if (sameRoute(current, action.route)) return state;
      return { stack: [...state.stack, { route: action.route, id }].slice(-maxHistory), lastVisit: id };
    case 'replace':
      return { stack: [...state.stack.slice(0, -1), { route: action.route, id }], lastVisit: id };
    case 'back':
      return state.stack.length > 1 ? { stack: state.stack.slice(0, -1), lastVisit: state.lastVisit } : { stack: [{ route: homeRoute, id }], lastVisit: id };
    case 'home': {
      // Home is the one screen every round returns to: the Home already in the history is
      // brought back as it was (kept drawn, so this tap costs a frame) rather than made anew.
      const earlier = state.stack.find((visit) => visit.route.screen === 'home');
      return earlier ? { stack: [earlier], lastVisit: state.lastVisit } : { stack: [{ route: homeRoute, id }], lastVisit: id };
    }
    case 'reset':
      return { stack: [{ route: attractRoute, id }], lastVisit: id };
  }
}

export function currentVisit(state: NavigationState): Visit {
  return state.stack[state.stack.length - 1] ?? { route: homeRoute, id: state.lastVisit };
}

export function currentRoute(state: NavigationState): Route {
  return currentVisit(state).route;
}
