/**
 * "Swipe right from the left edge" means back, as on a phone. Pure, so the thresholds
 * are tested without a touchscreen: the finger must start at the very edge and travel
 * mostly sideways, so scrolling a list or dragging on the map never goes back by mistake.
 */
export interface SwipePoint {
  x: number;
  y: number;
}

/** How close to the left edge a back swipe must begin, in CSS pixels. */
export const edgeWidth = 32;
/** How far right it must travel. */
export const minTravel = 120;

export function startsAtEdge(start: SwipePoint): boolean {
  return start.x <= edgeWidth;
}

export function isBackSwipe(start: SwipePoint, end: SwipePoint): boolean {
  const dx = end.x - start.x;
  const dy = Math.abs(end.y - start.y);
  return startsAtEdge(start) && dx >= minTravel && dy <= dx * 0.6;
}
