import type { SnapshotInfo } from '../../../data/api/types';
import { useRequest } from '../../hooks/useRequest';

/**
 * The snapshot's info for the shell's "data as of" badge: the cached answer, so a
 * screen change shows the badge at once. It changes only when a new snapshot is
 * adopted (the screen then remounts), never ahead of the figures it dates.
 */
export function useSnapshotInfo(): SnapshotInfo | null {
  return useRequest('snapshot.info', {}).data;
}
