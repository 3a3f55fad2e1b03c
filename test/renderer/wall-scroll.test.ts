import { describe, expect, it } from 'vitest';
import { fastestPxPerS, pauseBottomMs, pauseTopMs, readingPxPerS, scrollPlan, scrollPosition } from '../../renderer/wall/autoScroll';

/** The wall's slow scroll over a screen taller than the wall (a region profile). */
describe('wall auto-scroll', () => {
  it('leaves a screen that fits alone', () => {
    expect(scrollPlan(0, null)).toBeNull();
    expect(scrollPlan(5, 20_000)).toBeNull();
  });

  it('glides at reading pace for a presenter, and loops: pause, glide, pause, top again', () => {
    const plan = scrollPlan(400, null);
    expect(plan).toEqual({ pxPerS: readingPxPerS, pauseTopMs, pauseBottomMs });
    if (!plan) return;
    const glideMs = (400 / readingPxPerS) * 1000;
    expect(scrollPosition(plan, 400, 0)).toBe(0);
    expect(scrollPosition(plan, 400, pauseTopMs)).toBe(0);
    expect(scrollPosition(plan, 400, pauseTopMs + glideMs / 2)).toBeCloseTo(200);
    expect(scrollPosition(plan, 400, pauseTopMs + glideMs + 1)).toBe(400);
    expect(scrollPosition(plan, 400, pauseTopMs + glideMs + pauseBottomMs + 1)).toBe(0);
  });

  it('reaches the bottom of a playlist slide before it ends, within a readable speed', () => {
    const plan = scrollPlan(1200, 20_000);
    expect(plan?.pxPerS).toBeCloseTo(1200 / ((20_000 - pauseTopMs - pauseBottomMs) / 1000));
    // A long slide keeps reading pace rather than crawling.
    expect(scrollPlan(100, 120_000)?.pxPerS).toBe(readingPxPerS);
    // A very long screen on a short slide never races past what the eye can follow.
    expect(scrollPlan(7_000, 20_000)?.pxPerS).toBe(fastestPxPerS);
    expect(scrollPlan(7_000, 5_000)?.pxPerS).toBe(fastestPxPerS);
  });
});
