import { ApiFailure } from '../api/dispatch.js';
import { writeActivePointer } from '../store/active.js';
import type { OpenOptions } from '../store/open.js';
import type { SnapshotStore } from '../store/snapshot-store.js';
import { pruneSnapshots, rollbackTarget } from './snapshot-folder.js';
import { saveRefreshState, type RefreshState } from './state.js';

export interface RollbackRequest {
  dataDir: string;
  store: SnapshotStore;
  state: RefreshState;
  fromVersion: number | undefined;
  open: OpenOptions;
}

export interface RollbackOutcome {
  fromVersion: number;
  toVersion: number;
  dataAsOf: string;
  state: RefreshState;
}

/**
 * The only way an older version becomes active. The refused version is recorded first
 * (durably), so a crash half-way can never lead the refresh job to reinstall it; then
 * the store opens the older file and only then does the pointer move.
 */
export async function rollbackSnapshot(request: RollbackRequest): Promise<RollbackOutcome> {
  const { store, dataDir } = request;
  const fromVersion = store.meta.datasetVersion;
  if (request.fromVersion !== undefined && request.fromVersion !== fromVersion) {
    throw new ApiFailure('unavailable', `The active version is ${fromVersion}, not ${request.fromVersion}: it was already changed; nothing was rolled back.`);
  }
  const target = rollbackTarget(dataDir, fromVersion, request.open);
  if (!target) throw new ApiFailure('unavailable', `There is no good snapshot older than version ${fromVersion} to roll back to.`);

  const state: RefreshState = {
    ...request.state,
    rolledBackUpTo: Math.max(request.state.rolledBackUpTo, fromVersion),
    // The service's manifest is the one rolled back: ask for it in full next time, not "not modified".
    etag: null,
    lastModified: null,
    note: `Rolled back from version ${fromVersion} to version ${target.version}; versions up to ${fromVersion} will not be installed again.`,
  };
  saveRefreshState(dataDir, state);
  const previousFile = store.file;
  const meta = store.switchTo(target.file);
  try {
    writeActivePointer(dataDir, target.file);
  } catch (error) {
    store.switchTo(previousFile);
    throw error;
  }
  await pruneSnapshots(dataDir, target.file, state.rolledBackUpTo, request.open);
  return { fromVersion, toVersion: meta.datasetVersion, dataAsOf: meta.dataAsOf, state };
}
