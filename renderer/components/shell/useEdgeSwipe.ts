import { useMemo, useRef, type PointerEvent } from 'react';
import { isBackSwipe, startsAtEdge, type SwipePoint } from './edgeSwipe';

/** Pointer handlers for the shell's root: a swipe from the left edge calls `onBack`. */
export function useEdgeSwipe(onBack: () => void) {
  const start = useRef<(SwipePoint & { id: number }) | null>(null);
  return useMemo(
    () => ({
      onPointerDown(event: PointerEvent) {
        const point = { x: event.clientX, y: event.clientY };
        start.current = startsAtEdge(point) ? { ...point, id: event.pointerId } : null;
      },
      onPointerUp(event: PointerEvent) {
        const from = start.current;
        start.current = null;
        if (from && from.id === event.pointerId && isBackSwipe(from, { x: event.clientX, y: event.clientY })) onBack();
      },
      onPointerCancel() {
        start.current = null;
      },
    }),
    [onBack],
  );
}
