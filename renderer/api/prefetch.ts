import { useCallback, useEffect } from 'react';
import type { RequestArgs, RequestName } from '../../data/api/contract';
import { useApiClient } from './ApiContext';
import type { ApiClient, PeekFn } from './client';

/**
 * Fetching ahead, only while the browser has nothing else to do, so a visitor's tap
 * finds its chunk and its data already there. Modest by design: what the tiles on the
 * current screen lead to, one request at a time, each in its own idle period.
 */

type IdleWindow = {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/** Runs `callback` in the next idle period (or after a short timer where there is none); returns the canceller. */
export function whenIdle(callback: () => void, timeoutMs = 2_000): () => void {
  const idle = globalThis as IdleWindow;
  if (idle.requestIdleCallback && idle.cancelIdleCallback) {
    const handle = idle.requestIdleCallback(callback, { timeout: timeoutMs });
    const cancel = idle.cancelIdleCallback;
    return () => cancel(handle);
  }
  const timer = setTimeout(callback, 50);
  return () => clearTimeout(timer);
}

export type Prefetch = { [N in RequestName]: readonly [name: N, args: RequestArgs<N>] }[RequestName];

/** A read whose arguments depend on an earlier one: worked out when its turn comes, from the cache. */
export type LaterPrefetch = (peek: PeekFn) => Prefetch | null;

/** A read to fetch ahead; typed by name. */
export const ahead = <N extends RequestName>(name: N, args: RequestArgs<N>): Prefetch => [name, args] as unknown as Prefetch;

/**
 * Asks for each read in turn, each in an idle period, skipping what the cache already
 * holds; stops when cancelled (the screen was left). Failures are ignored: the screen
 * asks again when it is opened and shows the error then.
 */
export function prefetchAnswers(client: ApiClient, reads: readonly (Prefetch | LaterPrefetch)[]): () => void {
  let cancelled = false;
  let cancelIdle: () => void = () => undefined;
  const next = (index: number) => {
    if (cancelled || index >= reads.length) return;
    cancelIdle = whenIdle(() => {
      if (cancelled) return;
      const entry = reads[index];
      const read = typeof entry === 'function' ? (client.peek ? entry(client.peek.bind(client) as PeekFn) : null) : entry;
      if (!read) return next(index + 1);
      const [name, args] = read as readonly [RequestName, unknown];
      const peek = client.peek as ((name: RequestName, args: unknown) => unknown) | undefined;
      if (peek?.call(client, name, args) !== undefined) return next(index + 1);
      const request = client.request as (name: RequestName, args: unknown) => Promise<unknown>;
      request.call(client, name, args).then(
        () => next(index + 1),
        () => next(index + 1),
      );
    });
  };
  // Only clients with a cache gain anything from asking early.
  if (client.peek) next(0);
  return () => {
    cancelled = true;
    cancelIdle();
  };
}

/**
 * For a region button's pointerdown: its profile is asked for when the finger goes down,
 * a few frames before the click opens it, so it is often in by then. Failures are left
 * for the screen, which asks again.
 */
export function useProfileOnPress(): (code: string) => void {
  const client = useApiClient();
  return useCallback((code: string) => void client.request('region.profile', { code }).catch(() => undefined), [client]);
}

/**
 * For an indicator tile's pointerdown: the ranking its tap opens (of the kecamatan of
 * `parentCode`), asked for as the finger goes down. The theme fetches the first tiles'
 * rankings ahead, one at a time while idle; a quick tap on a later tile no longer waits
 * for the screen's first render to ask. Failures are left for the screen.
 */
export function useRankingOnPress(parentCode: string | null): (indicatorId: string) => void {
  const client = useApiClient();
  return useCallback(
    (indicatorId: string) => {
      if (parentCode) void client.request('indicator.ranking', { indicatorId, parentCode }).catch(() => undefined);
    },
    [client, parentCode],
  );
}

/** Prefetches `reads` (memoise the list) while the calling screen is shown. */
export function usePrefetch(reads: readonly (Prefetch | LaterPrefetch)[] | null): void {
  const client = useApiClient();
  useEffect(() => (reads && reads.length > 0 ? prefetchAnswers(client, reads) : undefined), [client, reads]);
}
