import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, true once the frame showing that render has been painted.
 * For heavy parts that are not the answer a tap asked for (a chart beside the figures):
 * the figures paint at once and the part fills in a frame later, instead of every tap
 * waiting for it. Two animation frames: the first is the one that paints the mount, the
 * second starts the next frame, by when that paint is on screen. The part renders as a
 * transition, so a tap that comes meanwhile interrupts it instead of queueing behind it.
 * `wanted: false` is true at once and schedules nothing.
 */
export function useAfterPaint(wanted = true): boolean {
  const [painted, setPainted] = useState(!wanted);
  useEffect(() => {
    if (painted) return;
    if (typeof requestAnimationFrame !== 'function') {
      setPainted(true);
      return;
    }
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [painted]);
  return painted;
}
