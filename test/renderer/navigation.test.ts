import { describe, expect, it } from 'vitest';
import { homeAhead, keepScreen, keptScreenKey, leavingScreens, maxKeptScreens, type KeptScreen } from '../../renderer/navigation/keptScreens';
import { currentRoute, currentVisit, initialNavigation, maxHistory, navigate, type NavigationState, type Route } from '../../renderer/navigation/routes';

const start: NavigationState = initialNavigation({ screen: 'home' });
const routes = (state: NavigationState) => state.stack.map((visit) => visit.route);

describe('navigation history', () => {
  it('goes forward and back', () => {
    const region = navigate(start, { type: 'go', route: { screen: 'region', code: '35.10.09' } });
    expect(currentRoute(region)).toEqual({ screen: 'region', code: '35.10.09' });
    expect(currentRoute(navigate(region, { type: 'back' }))).toEqual({ screen: 'home' });
  });

  it('does not stack the same screen twice on a double tap', () => {
    const once = navigate(start, { type: 'go', route: { screen: 'search' } });
    expect(navigate(once, { type: 'go', route: { screen: 'search' } })).toBe(once);
  });

  it('lands on home when going back from the first screen', () => {
    const fromAttract = initialNavigation({ screen: 'attract' });
    expect(routes(navigate(fromAttract, { type: 'back' }))).toEqual([{ screen: 'home' }]);
  });

  it('home clears the history and reset returns to the attract loop', () => {
    let state = start;
    for (const code of ['35.10.01', '35.10.02', '35.10.03']) state = navigate(state, { type: 'go', route: { screen: 'region', code } });
    expect(routes(navigate(state, { type: 'home' }))).toEqual([{ screen: 'home' }]);
    expect(routes(navigate(state, { type: 'reset' }))).toEqual([{ screen: 'attract' }]);
  });

  it('forgets the oldest steps past the history cap', () => {
    let state = start;
    for (let i = 0; i < maxHistory + 10; i++) state = navigate(state, { type: 'go', route: { screen: 'region', code: `35.10.${String(i).padStart(2, '0')}` } });
    expect(state.stack).toHaveLength(maxHistory);
  });

  it('replace swaps the current screen without growing history', () => {
    const map = navigate(start, { type: 'go', route: { screen: 'map', level: 'kecamatan' } });
    const desa = navigate(map, { type: 'replace', route: { screen: 'map', level: 'desa' } });
    expect(desa.stack).toHaveLength(2);
    expect(currentRoute(desa)).toEqual({ screen: 'map', level: 'desa' });
  });

  it('gives every arrival by a tap a new visit and Back the visit it left', () => {
    const theme = navigate(start, { type: 'go', route: { screen: 'theme', themeId: 'kemiskinan' } });
    const indicator = navigate(theme, { type: 'go', route: { screen: 'indicator', indicatorId: 'x' } });
    const back = navigate(indicator, { type: 'back' });
    expect(currentVisit(back)).toEqual(currentVisit(theme));
    // The same theme again, by a tap from Home: the same route, a new visit.
    const again = navigate(navigate(back, { type: 'home' }), { type: 'go', route: { screen: 'theme', themeId: 'kemiskinan' } });
    expect(currentRoute(again)).toEqual(currentRoute(theme));
    expect(currentVisit(again).id).not.toBe(currentVisit(theme).id);
    const ids = [start, theme, indicator, again].map((state) => currentVisit(state).id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(currentVisit(navigate(indicator, { type: 'replace', route: { screen: 'indicator', indicatorId: 'y' } })).id).toBeGreaterThan(currentVisit(indicator).id);
  });

  it('Home returns to the Home visit in the history, and starts a new one where there is none', () => {
    const deep = navigate(navigate(start, { type: 'go', route: { screen: 'theme', themeId: 'kemiskinan' } }), { type: 'go', route: { screen: 'search' } });
    expect(navigate(deep, { type: 'home' }).stack).toEqual([currentVisit(start)]);
    const fromAttract = navigate(initialNavigation({ screen: 'attract' }), { type: 'go', route: { screen: 'search' } });
    const home = navigate(fromAttract, { type: 'home' });
    expect(routes(home)).toEqual([{ screen: 'home' }]);
    expect(currentVisit(home).id).toBeGreaterThan(currentVisit(fromAttract).id);
  });
});

describe('kept screens', () => {
  const home: Route = { screen: 'home' };
  const theme: Route = { screen: 'theme', themeId: 'kemiskinan' };
  const region: Route = { screen: 'region', code: '35.10.09' };
  const keys = (kept: KeptScreen[]) => kept.map((screen) => screen.key);
  const at = (route: Route, visit: number, history: number[], generation = 0, language = 'id') => ({ route, visit, history, generation, language });
  /** home (1) → theme (2) → region (3), as the switch sees it. */
  const round = () => {
    let kept = keepScreen([], at(home, 1, [1]));
    kept = keepScreen(kept, at(theme, 2, [1, 2]));
    return keepScreen(kept, at(region, 3, [1, 2, 3]));
  };

  it('puts the screen in front first and keeps the ones Back can return to', () => {
    const kept = round();
    expect(keys(kept)).toEqual([keptScreenKey(3, 0), keptScreenKey(2, 0), keptScreenKey(1, 0)]);
    // Back to the theme: the same screen brought forward; the region left behind is gone.
    const back = keepScreen(kept, at(theme, 2, [1, 2]));
    expect(back[0]).toBe(kept[1]);
    expect(keys(back)).toEqual([keptScreenKey(2, 0), keptScreenKey(1, 0)]);
  });

  it('returns the same list when nothing changed', () => {
    const kept = round();
    expect(keepScreen(kept, at(region, 3, [1, 2, 3]))).toBe(kept);
  });

  it('draws a new visit to a kept route afresh', () => {
    const kept = round();
    const again = keepScreen(kept, at(theme, 4, [1, 2, 3, 4]));
    expect(again[0]).toEqual({ key: keptScreenKey(4, 0), route: theme, generation: 0, language: 'id', visit: 4 });
    expect(again).toHaveLength(4);
  });

  it('draws every screen afresh from a newly adopted snapshot', () => {
    const kept = round();
    expect(keys(keepScreen(kept, at(region, 3, [1, 2, 3], 1)))).toEqual([keptScreenKey(3, 1)]);
  });

  it('redraws only the screen in front in a new language; Back brings a kept one forward and redraws it then', () => {
    const kept = round();
    const english = keepScreen(kept, at(region, 3, [1, 2, 3], 0, 'en'));
    // The same keys: the screen in front re-renders in English, the ones behind stay as they were.
    expect(english).toEqual([{ ...kept[0], language: 'en' }, ...kept.slice(1)]);
    expect(english.map((screen) => screen.language)).toEqual(['en', 'id', 'id']);
    // Back: the same theme screen (its state and scroll kept), now in English.
    const back = keepScreen(english, at(theme, 2, [1, 2], 0, 'en'));
    expect(back.map((screen) => [screen.key, screen.language])).toEqual([
      [keptScreenKey(2, 0), 'en'],
      [keptScreenKey(1, 0), 'id'],
    ]);
  });

  it('never keeps the attract loop behind', () => {
    const kept = keepScreen(keepScreen([], at({ screen: 'attract' }, 1, [1])), at(home, 2, [1, 2]));
    expect(keys(kept)).toEqual([keptScreenKey(2, 0)]);
  });

  it('forgets the least recently shown past the cap', () => {
    let kept: KeptScreen[] = [];
    const history: number[] = [];
    for (let visit = 1; visit <= maxKeptScreens + 3; visit++) {
      history.push(visit);
      kept = keepScreen(kept, at({ screen: 'region', code: `35.10.${visit}` }, visit, [...history]));
    }
    expect(kept).toHaveLength(maxKeptScreens);
    expect(kept[0]?.visit).toBe(maxKeptScreens + 3);
    expect(kept.at(-1)?.visit).toBe(4);
    expect(keepScreen(kept, at(home, 99, [...history, 99]), 1)).toHaveLength(1);
  });

  it('takes down a screen Back cannot return to when idle, but one of another snapshot at once', () => {
    const kept = round();
    const back = keepScreen(kept, at(theme, 2, [1, 2]));
    const dropped = kept.filter((screen) => !back.includes(screen));
    expect(keys(dropped)).toEqual([keptScreenKey(3, 0)]);
    const leaving = leavingScreens([], dropped, { generation: 0 });
    expect(keys(leaving)).toEqual([keptScreenKey(3, 0)]);
    // Still leaving when the next one drops, until the kiosk is idle.
    expect(keys(leavingScreens(leaving, [kept[2] as KeptScreen], { generation: 0 }))).toEqual([keptScreenKey(3, 0), keptScreenKey(1, 0)]);
    expect(leavingScreens(leaving, [], { generation: 1 })).toEqual([]);
    expect(leavingScreens([], keepScreen([], at({ screen: 'attract' }, 1, [1])), { generation: 0 })).toEqual([]);
  });

  it('draws Home ahead behind the attract loop as the very visit the first tap opens', () => {
    const loop = initialNavigation({ screen: 'attract' });
    const homeVisit = currentVisit(navigate(loop, { type: 'home' })).id;
    const onLoop = keepScreen([], at({ screen: 'attract' }, 1, [1]));
    const ahead = homeAhead({ route: { screen: 'attract' }, homeVisit, generation: 0, language: 'id' }, onLoop);
    expect(ahead).toEqual({ key: keptScreenKey(homeVisit, 0), route: { screen: 'home' }, generation: 0, language: 'id', visit: homeVisit });
    // The tap: the screen in front is the one drawn ahead (same key, so the same screen), and the loop goes.
    const started = navigate(loop, { type: 'home' });
    const afterTap = keepScreen(onLoop, at(currentRoute(started), currentVisit(started).id, started.stack.map((visit) => visit.id)));
    expect(keys(afterTap)).toEqual([ahead?.key]);
    // Nothing ahead off the loop, nor a second Home when that visit is already drawn.
    expect(homeAhead({ route: home, homeVisit, generation: 0, language: 'id' }, afterTap)).toBeNull();
    expect(homeAhead({ route: { screen: 'attract' }, homeVisit, generation: 0, language: 'id' }, afterTap)).toBeNull();
    // A new snapshot draws it again under a new key.
    expect(homeAhead({ route: { screen: 'attract' }, homeVisit, generation: 1, language: 'id' }, onLoop)?.key).toBe(keptScreenKey(homeVisit, 1));
  });
});
