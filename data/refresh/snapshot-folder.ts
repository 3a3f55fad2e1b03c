import { existsSync, readdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { openSnapshotReadOnly, type OpenOptions } from '../store/open.js';
import { readSnapshotMeta } from '../store/queries/meta.js';
import { snapshotsDir } from '../store/active.js';

/**
 * The snapshots folder. A file named snapshot-v<N>.sqlite only ever appears by a rename
 * after it was built, checked and flushed, so its presence means "good". Everything
 * else in the folder (building-*, *.tmp, staging) is work in progress that a crash may
 * have left behind, and is removed on start.
 */

const goodName = /^snapshot-v(\d{1,13})\.sqlite$/;
export const bundledCopyName = 'default.sqlite';

export function snapshotFileName(version: number): string {
  return `snapshot-v${version}.sqlite`;
}

export function manifestCopyName(version: number): string {
  return `snapshot-v${version}.manifest.json`;
}

export function buildingFileName(version: number): string {
  return `building-v${version}.sqlite`;
}

export function stagingDir(dataDir: string): string {
  return path.join(dataDir, 'staging');
}

export interface GoodSnapshot {
  file: string;
  version: number;
}

/** Good snapshots, newest first. The bundled copy's version is read from its meta. */
export function listGoodSnapshots(dataDir: string, open: OpenOptions = {}): GoodSnapshot[] {
  const dir = snapshotsDir(dataDir);
  if (!existsSync(dir)) return [];
  const found: GoodSnapshot[] = [];
  for (const name of readdirSync(dir)) {
    const match = goodName.exec(name);
    if (match?.[1]) found.push({ file: path.join(dir, name), version: Number(match[1]) });
    else if (name === bundledCopyName) {
      const version = readVersion(path.join(dir, name), open);
      if (version !== null) found.push({ file: path.join(dir, name), version });
    }
  }
  return found.sort((a, b) => b.version - a.version);
}

export function readVersion(file: string, open: OpenOptions = {}): number | null {
  try {
    const db = openSnapshotReadOnly(file, open);
    try {
      return readSnapshotMeta(db).datasetVersion;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

function removeSnapshotFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    try {
      rmSync(file + suffix, { force: true });
    } catch {
      // Windows keeps a file that another process still has open; the next prune tries again.
    }
  }
}

/** Unlinking a snapshot of hundreds of megabytes takes a while; it is done off the event loop. */
async function removeGood(dataDir: string, snapshot: GoodSnapshot): Promise<void> {
  for (const suffix of ['', '-wal', '-shm', '-journal']) await rm(snapshot.file + suffix, { force: true }).catch(() => {});
  await rm(path.join(snapshotsDir(dataDir), manifestCopyName(snapshot.version)), { force: true });
}

/**
 * Keeps the active snapshot and the newest good one below it (the rollback target);
 * removes older ones, and newer ones only when they were rolled back.
 */
export async function pruneSnapshots(dataDir: string, activeFile: string, rolledBackUpTo: number, open: OpenOptions = {}): Promise<void> {
  const good = listGoodSnapshots(dataDir, open);
  const active = good.find((snapshot) => path.resolve(snapshot.file) === path.resolve(activeFile));
  if (!active) return;
  const previous = good.find((snapshot) => snapshot.version < active.version);
  for (const snapshot of good) {
    if (snapshot === active || snapshot === previous) continue;
    if (snapshot.version > active.version && snapshot.version > rolledBackUpTo) continue;
    await removeGood(dataDir, snapshot);
  }
}

/** The good snapshot a rollback switches to: the newest one below the active version. */
export function rollbackTarget(dataDir: string, activeVersion: number, open: OpenOptions = {}): GoodSnapshot | null {
  return listGoodSnapshots(dataDir, open).find((snapshot) => snapshot.version < activeVersion) ?? null;
}

/** Removes what an interrupted refresh left behind. Run only when no refresh is running. */
export function removeLeftovers(dataDir: string): void {
  rmSync(stagingDir(dataDir), { recursive: true, force: true });
  const dir = snapshotsDir(dataDir);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('building-') || /\.tmp(-wal|-shm|-journal)?$/.test(name)) removeSnapshotFile(path.join(dir, name));
  }
}
