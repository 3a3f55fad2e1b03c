import { homeRoute, type Route } from './routes';

/**
 * The screens kept drawn in the background: the one in front and the ones Back can return
 * to, so Back and Home only bring a screen forward, as the visitor left it, instead of
 * building it again (a tap then costs a frame, not a new screen's render and layout).
 */
export interface KeptScreen {
  /** Snapshot and visit: each visit is its own screen, drawn afresh when it begins, and so is every screen once a new snapshot is adopted. */
  key: string;
  route: Route;
  /** The adopted snapshot it was drawn from. */
  generation: number;
  /** The language it was last drawn in: the visitor's, once it is in front. */
  language: string;
  visit: number;
}

/** The one in front plus five: a usual round (home, theme, indicator, region) with room to spare. */
export const maxKeptScreens = 6;

export function keptScreenKey(visit: number, generation: number): string {
  return `${generation}:${visit}`;
}

/**
 * The kept screens once the visitor is on `visit` of `route`, most recent first. Pure, so
 * the rules are unit-tested: the screen in front comes first; a screen Back can no longer
 * return to (not in `history`, the visits of the Back stack) is dropped, since a later
 * visit to its route starts afresh; so are screens drawn from an older snapshot (its data
 * is gone) and the attract loop (leaving it starts a visitor's session); past the cap the
 * least recently shown goes. A change of language redraws only the screen in front; the
 * ones behind keep theirs until they are brought forward (ScreenLanguageContext).
 */
export function keepScreen(
  kept: readonly KeptScreen[],
  { route, visit, history, generation, language }: { route: Route; visit: number; history: readonly number[]; generation: number; language: string },
  max = maxKeptScreens,
): KeptScreen[] {
  const key = keptScreenKey(visit, generation);
  const front = kept[0];
  if (front && front.key === key && front.language === language) return kept as KeptScreen[];
  const reachable = new Set(history);
  const behind = kept.filter(
    (screen) => screen.key !== key && screen.generation === generation && reachable.has(screen.visit) && screen.route.screen !== 'attract',
  );
  const existing = kept.find((screen) => screen.key === key);
  const shown = existing ? (existing.language === language ? existing : { ...existing, language }) : { key, route, generation, language, visit };
  return [shown, ...behind].slice(0, Math.max(1, max));
}

/**
 * The screens to keep drawn, hidden, until the browser is idle, once `dropped` left the
 * kept ones. A screen Back can no longer return to is taken down later, not in the tap
 * that left it: unmounting one (its charts, its listeners) costs about as much as the
 * reveal it would delay. A screen of another snapshot goes at once, since it would
 * otherwise re-render with the change.
 */
export function leavingScreens(leaving: readonly KeptScreen[], dropped: readonly KeptScreen[], { generation }: { generation: number }): KeptScreen[] {
  return [...leaving, ...dropped].filter((screen) => screen.generation === generation && screen.route.screen !== 'attract');
}

/**
 * Home, drawn ahead behind the attract loop: every visitor's first tap opens it, and the
 * loop waits long enough (idle, see ScreenSwitch) to build it first, so that tap only
 * brings it forward like Back does. It is the visit the Home tap will create, so it is
 * the same screen once the tap comes. Null off the loop, or when that visit is drawn.
 */
export function homeAhead(
  { route, homeVisit, generation, language }: { route: Route; homeVisit: number; generation: number; language: string },
  drawn: readonly KeptScreen[],
): KeptScreen | null {
  if (route.screen !== 'attract' || drawn.some((screen) => screen.visit === homeVisit)) return null;
  return { key: keptScreenKey(homeVisit, generation), route: homeRoute, generation, language, visit: homeVisit };
}
