import { useEffect, useState } from 'react';
import type { SnapshotInfo } from '../../../data/api/types';
import { useApiClient } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';

// The last answer per client, so a screen change shows the badge at once instead of after a round trip.
const lastInfo = new WeakMap<ApiClient, SnapshotInfo>();

/** The snapshot's info for the shell's "data as of" badge; follows `snapshot.changed`. */
export function useSnapshotInfo(): SnapshotInfo | null {
  const client = useApiClient();
  const [info, setInfo] = useState<SnapshotInfo | null>(() => lastInfo.get(client) ?? null);
  useEffect(() => {
    let live = true;
    const load = () =>
      client.request('snapshot.info').then(
        (next) => {
          lastInfo.set(client, next);
          if (live) setInfo(next);
        },
        () => {
          // The badge keeps its last date; the screen's own request shows any failure.
        },
      );
    void load();
    const unsubscribe = client.on('snapshot.changed', (event) => {
      if (event.datasetVersion !== lastInfo.get(client)?.datasetVersion) void load();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [client]);
  return info;
}
