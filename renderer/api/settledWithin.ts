/**
 * Resolves when `promise` settles (fulfilled or rejected alike) or after `ms`,
 * whichever comes first; never rejects. For waits that may shorten work but must not
 * hold it up: a slow or failed answer only means going on without it.
 */
export function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}
