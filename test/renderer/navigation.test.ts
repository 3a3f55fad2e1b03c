import { describe, expect, it } from 'vitest';
import { currentRoute, maxHistory, navigate, type NavigationState } from '../../renderer/navigation/routes';

const start: NavigationState = { stack: [{ screen: 'home' }] };

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
    const fromAttract: NavigationState = { stack: [{ screen: 'attract' }] };
    expect(navigate(fromAttract, { type: 'back' })).toEqual(start);
  });

  it('home clears the history and reset returns to the attract loop', () => {
    let state = start;
    for (const code of ['35.10.01', '35.10.02', '35.10.03']) state = navigate(state, { type: 'go', route: { screen: 'region', code } });
    expect(navigate(state, { type: 'home' })).toEqual(start);
    expect(navigate(state, { type: 'reset' })).toEqual({ stack: [{ screen: 'attract' }] });
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
});
