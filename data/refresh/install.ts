import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { RefreshFault } from '../service/faults.js';
import type { Manifest } from '../service/protocol.js';
import { fsyncDirAsync, snapshotsDir, writeActivePointerAsync } from '../store/active.js';
import type { SnapshotStore } from '../store/snapshot-store.js';
import { manifestCopyName, snapshotFileName } from './snapshot-folder.js';

const refusedRenameCodes = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** As renameWithRetrySync, without blocking the event loop while Windows holds the file. */
export async function renameWithRetry(from: string, to: string, attempts = 6): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= attempts || !refusedRenameCodes.has(code)) throw error;
      await sleep(20 * 2 ** attempt);
    }
  }
}

async function writeDurable(file: string, bytes: Buffer): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface InstallRequest {
  dataDir: string;
  store: SnapshotStore;
  buildingFile: string;
  manifest: Manifest;
  manifestBytes: Buffer;
}

/**
 * The commit of a refresh. The renamed snapshot-v<N>.sqlite is complete and flushed;
 * the store opens it before the pointer moves, and the pointer moves by one atomic
 * rename. A crash at any point leaves the pointer on a whole, checked snapshot.
 */
export async function installSnapshot(request: InstallRequest): Promise<string> {
  const dir = snapshotsDir(request.dataDir);
  const version = request.manifest.datasetVersion;
  const finalFile = path.join(dir, snapshotFileName(version));
  // The signed manifest stays beside its snapshot: it is how "equal version, same content" is recognised later.
  await writeDurable(path.join(dir, manifestCopyName(version)), request.manifestBytes);
  for (const suffix of ['-wal', '-shm']) await rm(finalFile + suffix, { force: true });
  await renameWithRetry(request.buildingFile, finalFile);
  if (process.platform !== 'win32') await fsyncDirAsync(dir);

  const previousFile = request.store.file;
  const meta = request.store.switchTo(finalFile);
  try {
    if (meta.datasetVersion !== version || meta.rootCode !== request.manifest.rootCode) {
      throw new RefreshFault('check_failed', `The new snapshot reads as version ${meta.datasetVersion} of ${meta.rootCode}, not version ${version}; it was not activated.`);
    }
    await writeActivePointerAsync(request.dataDir, finalFile);
  } catch (error) {
    request.store.switchTo(previousFile);
    throw error;
  }
  return finalFile;
}
