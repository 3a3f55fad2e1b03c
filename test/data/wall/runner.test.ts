import { describe, expect, it } from 'vitest';
import type { WallView } from '../../../data/api/types.js';
import { WallRunner } from '../../../data/wall/runner.js';
import type { Slide } from '../../../data/wall/views.js';
import { FakeClock } from './helpers.js';

const slide = (title: string, durationSeconds: number): Slide => ({ view: { screen: 'home', params: {}, title }, durationSeconds });
const presented = { screen: 'region' as const, params: { code: '35.10.08' }, title: 'Genteng' };

function runner() {
  const clock = new FakeClock();
  const shown: (WallView | null)[] = [];
  const wall = new WallRunner(clock, (view) => shown.push(view));
  return { clock, shown, wall, titles: () => shown.map((view) => view?.title ?? null) };
}

describe('WallRunner (pure state machine, fake clock)', () => {
  it('starts idle and shows what the presenter sends, stamped, following each next send', () => {
    const { wall, shown, titles } = runner();
    expect(wall.state()).toEqual({ mode: 'idle', view: null, playlist: null });
    wall.show(presented);
    wall.show({ screen: 'indicator', params: { indicatorId: 'penduduk' }, title: 'Penduduk' });
    expect(titles()).toEqual(['Genteng', 'Penduduk']);
    expect(shown[0]).toMatchObject({ screen: 'region', params: { code: '35.10.08' }, from: 'presenter', sentAt: '2025-06-30T08:00:00.000Z' });
    expect(wall.state().mode).toBe('presenting');
    wall.release();
    expect(shown.at(-1)).toBeNull();
    expect(wall.state()).toEqual({ mode: 'idle', view: null, playlist: null });
  });

  it('advances a playlist by each slide’s duration and loops', () => {
    const { wall, clock, titles } = runner();
    wall.run({ id: 1, name: 'Pagi', slides: [slide('A', 10), slide('B', 5)] });
    expect(wall.state()).toMatchObject({ mode: 'playlist', playlist: { id: 1, index: 0, slideCount: 2, slideEndsAt: '2025-06-30T08:00:10.000Z' } });
    clock.advance(9_999);
    expect(titles()).toEqual(['A']);
    clock.advance(1);
    expect(titles()).toEqual(['A', 'B']);
    clock.advance(5_000);
    clock.advance(10_000);
    expect(titles()).toEqual(['A', 'B', 'A', 'B']);
    expect(wall.state().view).toMatchObject({ title: 'B', from: 'playlist', slideEndsAt: '2025-06-30T08:00:30.000Z' });
  });

  it('pauses the playlist while a presenter holds the wall, and returns to its slide on release', () => {
    const { wall, clock, titles } = runner();
    wall.run({ id: 1, name: 'Pagi', slides: [slide('A', 10), slide('B', 10)] });
    clock.advance(12_000);
    wall.show(presented);
    expect(wall.state()).toMatchObject({ mode: 'presenting', playlist: { index: 1, slideEndsAt: null } });
    clock.advance(60_000);
    expect(titles()).toEqual(['A', 'B', 'Genteng']);
    wall.release();
    expect(titles()).toEqual(['A', 'B', 'Genteng', 'B']);
    expect(wall.state()).toMatchObject({ mode: 'playlist', playlist: { index: 1 } });
    clock.advance(10_000);
    expect(titles().at(-1)).toBe('A');
  });

  it('a playlist started while presenting waits for the release', () => {
    const { wall, titles } = runner();
    wall.show(presented);
    wall.run({ id: 2, name: 'X', slides: [slide('A', 5)] });
    expect(titles()).toEqual(['Genteng']);
    wall.release();
    expect(titles()).toEqual(['Genteng', 'A']);
  });

  it('stop returns the wall to idle and cancels the timer; editing a running playlist applies at once', () => {
    const { wall, clock, titles } = runner();
    wall.run({ id: 3, name: 'X', slides: [slide('A', 5), slide('B', 5)] });
    clock.advance(5_000);
    wall.playlistChanged(3, { id: 3, name: 'X', slides: [slide('C', 5)] });
    expect(titles()).toEqual(['A', 'B', 'C']);
    wall.playlistChanged(99, null);
    expect(wall.state().mode).toBe('playlist');
    wall.stop();
    expect(titles().at(-1)).toBeNull();
    expect(clock.pending).toBe(0);
    wall.run({ id: 3, name: 'X', slides: [slide('A', 5)] });
    wall.playlistChanged(3, null);
    expect(wall.state()).toEqual({ mode: 'idle', view: null, playlist: null });
  });

  it('release without a presenter changes nothing', () => {
    const { wall, shown } = runner();
    wall.release();
    expect(shown).toEqual([]);
  });
});
