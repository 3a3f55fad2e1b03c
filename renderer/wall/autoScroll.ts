import { useEffect, type RefObject } from 'react';

/**
 * A screen taller than the wall (a region profile is several screens long) scrolls by
 * itself, slowly, so the room sees all of it: a pause at the top to take in the title
 * and key figures, a steady glide, a pause at the bottom, then back to the top. A
 * playlist slide glides fast enough to reach the bottom before the next slide (within a
 * readable limit); a presenter's view, which has no end, loops at reading pace. Shrinking
 * the screen to fit instead would make a profile's text unreadable from across the room.
 */
export const pauseTopMs = 4_000;
export const pauseBottomMs = 4_000;
/** Reading pace from 5 m: about a line of body text a second. */
export const readingPxPerS = 40;
/** Faster than this the eye loses its place; a short slide then shows what it can. */
export const fastestPxPerS = 120;

export interface ScrollPlan {
  pxPerS: number;
  pauseTopMs: number;
  pauseBottomMs: number;
}

/** How to glide over `overflowPx` (content below the fold), given the slide's time left (null: no end). */
export function scrollPlan(overflowPx: number, slideMs: number | null): ScrollPlan | null {
  if (overflowPx < 8) return null;
  if (slideMs === null) return { pxPerS: readingPxPerS, pauseTopMs, pauseBottomMs };
  const gliding = slideMs - pauseTopMs - pauseBottomMs;
  const needed = gliding > 0 ? overflowPx / (gliding / 1000) : fastestPxPerS;
  return { pxPerS: Math.min(fastestPxPerS, Math.max(readingPxPerS, needed)), pauseTopMs, pauseBottomMs };
}

/** Where the glide is after `elapsedMs` (one loop: pause, glide, pause, then it starts over). */
export function scrollPosition(plan: ScrollPlan, overflowPx: number, elapsedMs: number): number {
  const glideMs = (overflowPx / plan.pxPerS) * 1000;
  const loopMs = plan.pauseTopMs + glideMs + plan.pauseBottomMs;
  const at = elapsedMs % loopMs;
  if (at <= plan.pauseTopMs) return 0;
  if (at >= plan.pauseTopMs + glideMs) return overflowPx;
  return ((at - plan.pauseTopMs) / 1000) * plan.pxPerS;
}

/** The screen's own scrolling area (the shell's body), else the stage itself. */
function scroller(root: HTMLElement): HTMLElement {
  return root.querySelector<HTMLElement>('.screen__body') ?? root;
}

/**
 * Glides the stage's screen while it is up. `restartKey` changes with each view; `endsAt`
 * is the slide's end (ms since epoch) or null. The height is read every frame: charts and
 * maps arrive after the first paint and make the screen longer.
 */
export function useAutoScroll(root: RefObject<HTMLElement | null>, restartKey: string, endsAt: number | null): void {
  useEffect(() => {
    const element = root.current;
    if (!element || typeof window.requestAnimationFrame !== 'function') return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const started = performance.now();
    const slideMs = endsAt === null ? null : Math.max(0, endsAt - Date.now());
    let frame = 0;
    const tick = (now: number) => {
      const area = scroller(element);
      const overflow = area.scrollHeight - area.clientHeight;
      const plan = scrollPlan(overflow, slideMs);
      if (plan) {
        const y = scrollPosition(plan, overflow, now - started);
        // Without motion: a whole screen at a time, at the same overall pace.
        area.scrollTop = reduced ? Math.floor(y / area.clientHeight) * area.clientHeight : y;
      }
      frame = window.requestAnimationFrame(tick);
    };
    frame = window.requestAnimationFrame(tick);
    return () => window.cancelAnimationFrame(frame);
  }, [root, restartKey, endsAt]);
}
