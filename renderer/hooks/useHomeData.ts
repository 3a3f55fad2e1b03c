import { useCallback, useEffect, useRef, useState } from 'react';
import type { Overview, SnapshotInfo } from '../../data/api/types';
import { useApiClient } from '../api/ApiContext';
import { ApiClientError } from '../api/client';
import { useIdleCallback } from './useIdleCallback';

export type HomeData =
  | { status: 'loading' }
  | { status: 'error'; error: ApiClientError }
  | { status: 'ready'; info: SnapshotInfo; overview: Overview; refreshFailed: boolean; refreshing: boolean };

/** How long the screen must be untouched before a new snapshot replaces what is shown. */
export const adoptAfterIdleMs = 5_000;
/** After a failed refresh, wait this long before trying again (the old data stays up). */
const retryRefreshAfterMs = 30_000;

function asClientError(error: unknown): ApiClientError {
  if (error instanceof ApiClientError) return error;
  return new ApiClientError('internal', error instanceof Error ? error.message : String(error), 'overview.get');
}

/**
 * The home screen's data: snapshot info and overview, fetched together. On
 * `snapshot.changed` with a version other than the one shown, it re-fetches once the
 * screen has been idle; a failed re-fetch keeps the previous data on screen.
 */
export function useHomeData(): { data: HomeData; retry: () => void } {
  const client = useApiClient();
  const [data, setData] = useState<HomeData>({ status: 'loading' });
  const [announcedVersion, setAnnouncedVersion] = useState<number | null>(null);
  const [retryToken, setRetryToken] = useState(0);
  const generation = useRef(0);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    setData((previous) => (previous.status === 'ready' ? { ...previous, refreshing: true } : { status: 'loading' }));
    try {
      const [info, overview] = await Promise.all([client.request('snapshot.info'), client.request('overview.get')]);
      if (mine !== generation.current) return;
      setData({ status: 'ready', info, overview, refreshFailed: false, refreshing: false });
    } catch (error) {
      if (mine !== generation.current) return;
      setData((previous) =>
        previous.status === 'ready' ? { ...previous, refreshFailed: true, refreshing: false } : { status: 'error', error: asClientError(error) },
      );
    }
  }, [client]);

  useEffect(() => {
    void load();
    return () => {
      generation.current += 1;
    };
  }, [load]);

  // The server repeats the current version on every (re)connection, so a change missed
  // while the stream was down still arrives.
  useEffect(() => client.on('snapshot.changed', (payload) => setAnnouncedVersion(payload.datasetVersion)), [client]);

  const shownVersion = data.status === 'ready' ? data.info.datasetVersion : null;
  const refreshFailed = data.status === 'ready' && data.refreshFailed;
  const stale = shownVersion !== null && announcedVersion !== null && announcedVersion !== shownVersion;
  useIdleCallback(stale, adoptAfterIdleMs, () => void load(), retryToken);

  useEffect(() => {
    if (!stale || !refreshFailed) return;
    const timer = setTimeout(() => setRetryToken((token) => token + 1), retryRefreshAfterMs);
    return () => clearTimeout(timer);
  }, [stale, refreshFailed]);

  const retry = useCallback(() => void load(), [load]);
  return { data, retry };
}
