/**
 * The hidden way into the admin panel: five taps within three seconds in the top-right
 * corner. Pure, so the rule is unit-tested without a DOM; a tap anywhere else starts
 * the count over, so a visitor's ordinary use never adds up to it.
 */
export const cornerSizePx = 96;
export const tapsToOpen = 5;
export const gestureWindowMs = 3_000;

export interface CornerTap {
  x: number;
  y: number;
  /** Milliseconds, from any monotonic clock. */
  at: number;
}

export function inCorner(tap: Pick<CornerTap, 'x' | 'y'>, viewportWidth: number): boolean {
  return tap.x >= viewportWidth - cornerSizePx && tap.x <= viewportWidth && tap.y >= 0 && tap.y <= cornerSizePx;
}

export interface GestureResult {
  /** Times of the corner taps still counting. */
  taps: number[];
  open: boolean;
}

export function registerTap(taps: readonly number[], tap: CornerTap, viewportWidth: number): GestureResult {
  if (!inCorner(tap, viewportWidth)) return { taps: [], open: false };
  const recent = [...taps.filter((at) => tap.at - at <= gestureWindowMs && at <= tap.at), tap.at];
  if (recent.length >= tapsToOpen) return { taps: [], open: true };
  return { taps: recent, open: false };
}
