import { statSync } from 'node:fs';
import path from 'node:path';
import type { StoredSnapshot } from '../api/types.js';
import { listGoodSnapshots } from '../refresh/snapshot-folder.js';
import { openSnapshotReadOnly, type OpenOptions } from '../store/open.js';
import { readSnapshotMeta } from '../store/queries/meta.js';

/** The snapshots kept on disk with what IT staff need to judge them (the panel's history). */
export function storedSnapshots(dataDir: string, activeFile: string, open: OpenOptions = {}): StoredSnapshot[] {
  return listGoodSnapshots(dataDir, open).map((snapshot) => {
    let dataAsOf: string | null = null;
    let isBundledDefault = false;
    try {
      const db = openSnapshotReadOnly(snapshot.file, open);
      try {
        const meta = readSnapshotMeta(db);
        dataAsOf = meta.dataAsOf;
        isBundledDefault = meta.isBundledDefault;
      } finally {
        db.close();
      }
    } catch {
      // A file that does not open still belongs in the list: that is worth seeing.
    }
    let sizeBytes = 0;
    try {
      sizeBytes = statSync(snapshot.file).size;
    } catch {
      // Pruned between listing and stat.
    }
    return {
      version: snapshot.version,
      dataAsOf,
      fileName: path.basename(snapshot.file),
      sizeBytes,
      active: path.resolve(snapshot.file) === path.resolve(activeFile),
      isBundledDefault,
    };
  });
}
