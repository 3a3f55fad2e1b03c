import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Overview, SnapshotInfo } from '../../data/api/types';
import { msSinceActivity } from '../hooks/activity';
import { useIdleCallback } from '../hooks/useIdleCallback';
import { useApiClient } from './ApiContext';
import type { ApiClient } from './client';

/** How long the screen must be untouched before a new snapshot replaces what is shown. */
export const adoptAfterIdleMs = 5_000;
/** After a failed attempt, wait this long before trying again (the old data stays up). */
export const retryAdoptionAfterMs = 30_000;

export interface SnapshotAdoption {
  /** Bumped on every adoption; the screen is keyed on it, so it remounts with the new data. */
  generation: number;
  /** The dataset version on screen (null until the first snapshot.info answer). */
  adoptedVersion: number | null;
  /** A newer snapshot is announced and waits for an idle moment. */
  pending: boolean;
  /** The last attempt to load the new snapshot failed; the previous data stays up. */
  refreshFailed: boolean;
  /** The attract loop is on screen: any pending snapshot is adopted at once. */
  setAttractShown(shown: boolean): void;
}

const AdoptionContext = createContext<SnapshotAdoption>({
  generation: 0,
  adoptedVersion: null,
  pending: false,
  refreshFailed: false,
  setAttractShown: () => undefined,
});

async function fetchFresh(client: ApiClient): Promise<{ info: SnapshotInfo; overview: Overview }> {
  const [info, overview] = client.refetch
    ? await Promise.all([client.refetch('snapshot.info'), client.refetch('overview.get')])
    : await Promise.all([client.request('snapshot.info'), client.request('overview.get')]);
  return { info, overview };
}

/**
 * The renderer adopts a new snapshot only when idle (DESIGN): on `snapshot.changed` with a
 * version other than the one on screen, it waits until nobody has touched the screen for
 * `adoptAfterIdleMs`, or the attract loop is shown, then loads the new snapshot's info and
 * overview, starts the answer cache over and remounts the current screen (the route, and
 * so where the visitor is, stays). Never in the middle of an interaction: a touch while
 * the new data loads puts the swap off to the next pause. A failed load keeps what is on
 * screen and tries again later. One mechanism for the whole app.
 */
export function SnapshotAdoptionProvider({ children }: { children: ReactNode }) {
  const client = useApiClient();
  const [adoptedVersion, setAdoptedVersion] = useState<number | null>(null);
  const [announcedVersion, setAnnouncedVersion] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  const [refreshFailed, setRefreshFailed] = useState(false);
  const [retryToken, setRetryToken] = useState(0);
  const [attractShown, setAttractShownState] = useState(false);
  const attractRef = useRef(false);
  const busy = useRef(false);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    // The version of what the screens show: the answer they all share from the cache.
    client.request('snapshot.info').then(
      (info) => live.current && setAdoptedVersion((current) => current ?? info.datasetVersion),
      () => undefined,
    );
    // The server repeats the current version on every (re)connection, so a change missed
    // while the stream was down still arrives.
    const unsubscribe = client.on('snapshot.changed', (payload) => setAnnouncedVersion(payload.datasetVersion));
    return () => {
      live.current = false;
      unsubscribe();
    };
  }, [client]);

  const pending = adoptedVersion !== null && announcedVersion !== null && announcedVersion !== adoptedVersion;

  useEffect(() => {
    if (pending) client.holdCache?.();
  }, [client, pending]);

  const adopt = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const { info, overview } = await fetchFresh(client);
      if (!live.current) return;
      if (!attractRef.current && msSinceActivity() < adoptAfterIdleMs) {
        // A visitor started while it loaded: wait for their next pause.
        setRetryToken((token) => token + 1);
        return;
      }
      client.resetCache?.([
        { name: 'snapshot.info', args: {}, value: info },
        { name: 'overview.get', args: {}, value: overview },
      ]);
      setAdoptedVersion(info.datasetVersion);
      setRefreshFailed(false);
      setGeneration((current) => current + 1);
    } catch {
      if (live.current) setRefreshFailed(true);
    } finally {
      busy.current = false;
    }
  }, [client]);

  useIdleCallback(pending && !attractShown, adoptAfterIdleMs, () => void adopt(), retryToken);

  useEffect(() => {
    if (pending && attractShown) void adopt();
  }, [pending, attractShown, adopt, retryToken]);

  useEffect(() => {
    if (!pending || !refreshFailed) return;
    const timer = setTimeout(() => setRetryToken((token) => token + 1), retryAdoptionAfterMs);
    return () => clearTimeout(timer);
  }, [pending, refreshFailed]);

  const setAttractShown = useCallback((shown: boolean) => {
    attractRef.current = shown;
    setAttractShownState(shown);
  }, []);

  const value = useMemo<SnapshotAdoption>(
    () => ({ generation, adoptedVersion, pending, refreshFailed, setAttractShown }),
    [generation, adoptedVersion, pending, refreshFailed, setAttractShown],
  );
  return <AdoptionContext.Provider value={value}>{children}</AdoptionContext.Provider>;
}

export function useSnapshotAdoption(): SnapshotAdoption {
  return useContext(AdoptionContext);
}
