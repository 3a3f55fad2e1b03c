import type { SnapshotInfo } from '../types.js';
import { ApiFailure } from '../dispatch.js';
import type { HandlerContext } from './context.js';

export function snapshotInfo(_args: Record<string, never>, { store }: HandlerContext): SnapshotInfo {
  const meta = store.meta;
  const overview = store.queries.overview(meta.rootCode);
  if (!overview) throw new ApiFailure('unavailable', `The snapshot has no region ${meta.rootCode}.`);
  return {
    datasetVersion: meta.datasetVersion,
    dataAsOf: meta.dataAsOf,
    createdAt: meta.createdAt,
    publisher: meta.publisher,
    schemaVersion: meta.schemaVersion,
    root: overview.region,
    isBundledDefault: meta.isBundledDefault,
  };
}
