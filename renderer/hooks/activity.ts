/**
 * When a visitor last touched the screen. Tracked once for the whole app so a wait for
 * "5 s without touch" counts from the real last touch, not from when the wait began.
 */
const activityEvents = ['pointerdown', 'pointermove', 'touchstart', 'wheel', 'keydown'] as const;

let lastActivityAt = 0;
const subscribers = new Set<() => void>();

function record(): void {
  lastActivityAt = Date.now();
  for (const subscriber of subscribers) subscriber();
}

/** Call once at start; returns the uninstaller (tests). */
export function installActivityTracker(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  lastActivityAt = Date.now();
  const options = { capture: true, passive: true } as const;
  for (const type of activityEvents) target.addEventListener(type, record, options);
  return () => {
    for (const type of activityEvents) target.removeEventListener(type, record, options);
  };
}

export function msSinceActivity(now = Date.now()): number {
  return now - lastActivityAt;
}

export function onActivity(subscriber: () => void): () => void {
  subscribers.add(subscriber);
  return () => subscribers.delete(subscriber);
}
