import { useEffect, useRef } from 'react';
import { msSinceActivity, onActivity } from './activity';

/**
 * Runs `callback` once the screen has not been touched for `idleMs`, while `active`.
 * Swapping data under a visitor's finger is disorienting, so updates wait for a pause.
 * A change of `rearmKey` arms it again (e.g. to retry after a failed attempt).
 */
export function useIdleCallback(active: boolean, idleMs: number, callback: () => void, rearmKey: unknown = null): void {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });

  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, idleMs - msSinceActivity()));
    };
    const fire = () => {
      if (done) return;
      if (msSinceActivity() < idleMs) return arm();
      done = true;
      unsubscribe();
      latest.current();
    };
    const unsubscribe = onActivity(arm);
    arm();
    return () => {
      done = true;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [active, idleMs, rearmKey]);
}
