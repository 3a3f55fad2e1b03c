import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureActiveSnapshot, readActivePointer, renameWithRetrySync, snapshotsDir, writeActivePointer } from '../store/active.js';
import type { OpenOptions } from '../store/open.js';
import { SnapshotStore } from '../store/snapshot-store.js';
import { bundledCopyName, listGoodSnapshots, removeLeftovers } from './snapshot-folder.js';

/**
 * Opens the active snapshot at start, whatever a crash or a power cut left behind.
 * Leftovers of an interrupted refresh are removed; a missing or damaged pointer falls
 * back to the newest good snapshot; a file that will not open falls back to the next
 * good one and finally to a fresh copy of the bundled default. The kiosk always starts
 * with whole, checked data, and says which (the status shows version and data as of).
 */
export function openActiveSnapshot(dataDir: string, bundledSnapshot: string, open: OpenOptions = {}, log: (message: string) => void = () => {}): SnapshotStore {
  removeLeftovers(dataDir);
  if (readActivePointer(dataDir) === null) {
    const newest = listGoodSnapshots(dataDir, open)[0];
    if (newest) {
      log(`The active-snapshot pointer was missing or damaged; using ${path.basename(newest.file)}.`);
      writeActivePointer(dataDir, newest.file);
    }
  }
  const activeFile = ensureActiveSnapshot(dataDir, bundledSnapshot);
  const candidates = [activeFile, ...listGoodSnapshots(dataDir, open).map((snapshot) => snapshot.file).filter((file) => file !== activeFile)];
  for (const file of candidates) {
    try {
      const store = new SnapshotStore(file, open);
      if (file !== activeFile) {
        log(`The active snapshot ${path.basename(activeFile)} could not be opened; using ${path.basename(file)} instead.`);
        writeActivePointer(dataDir, file);
      }
      return store;
    } catch (error) {
      log(`Snapshot ${path.basename(file)} cannot be opened: ${(error as Error).message}`);
    }
  }
  const copy = path.join(snapshotsDir(dataDir), bundledCopyName);
  for (const suffix of ['-wal', '-shm']) rmSync(copy + suffix, { force: true });
  copyFileSync(bundledSnapshot, `${copy}.tmp`);
  renameWithRetrySync(`${copy}.tmp`, copy);
  const store = new SnapshotStore(copy, open);
  writeActivePointer(dataDir, copy);
  log('No stored snapshot could be opened; the kiosk fell back to the bundled default data.');
  return store;
}
