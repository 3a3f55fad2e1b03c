import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { promises as fsPromises } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The pointer to the active snapshot: `active.json` in the data folder names a file in
 * `snapshots/`. It is replaced by write-then-rename, so it always names a whole file.
 * On the very first start there is no pointer and the bundled default snapshot is
 * copied in, because the bundled copy may live on a read-only path (app resources).
 */
const pointerSchema = z.strictObject({ file: z.string().min(1).max(200), activatedAt: z.string() });

export function snapshotsDir(dataDir: string): string {
  return path.join(dataDir, 'snapshots');
}

function pointerFile(dataDir: string): string {
  return path.join(dataDir, 'active.json');
}

export function readActivePointer(dataDir: string): string | null {
  const file = pointerFile(dataDir);
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // A pointer damaged by a power cut reads as "no pointer"; the caller recovers a snapshot.
    return null;
  }
  const parsed = pointerSchema.safeParse(json);
  if (!parsed.success || path.basename(parsed.data.file) !== parsed.data.file) return null;
  const target = path.join(snapshotsDir(dataDir), parsed.data.file);
  return existsSync(target) ? target : null;
}

export function writeActivePointer(dataDir: string, snapshotFile: string): void {
  const temporary = `${pointerFile(dataDir)}.tmp`;
  writeFileSync(temporary, JSON.stringify({ file: path.basename(snapshotFile), activatedAt: new Date().toISOString() }));
  fsyncPath(temporary, 'r+');
  renameWithRetrySync(temporary, pointerFile(dataDir));
  if (process.platform !== 'win32') fsyncPath(dataDir, 'r');
}

/** As writeActivePointer, off the event loop: the refresh job calls it while visitors use the kiosk. */
export async function writeActivePointerAsync(dataDir: string, snapshotFile: string): Promise<void> {
  const temporary = `${pointerFile(dataDir)}.tmp`;
  const handle = await fsPromises.open(temporary, 'w');
  try {
    await handle.writeFile(JSON.stringify({ file: path.basename(snapshotFile), activatedAt: new Date().toISOString() }));
    await handle.sync();
  } finally {
    await handle.close();
  }
  renameWithRetrySync(temporary, pointerFile(dataDir));
  if (process.platform !== 'win32') await fsyncDirAsync(dataDir);
}

export async function fsyncDirAsync(dir: string): Promise<void> {
  const handle = await fsPromises.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a file (or, outside Windows, a directory entry) to disk, so a rename after it is durable. */
export function fsyncPath(file: string, flags: 'r' | 'r+'): void {
  const fd = openSync(file, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const refusedRenameCodes = new Set(['EPERM', 'EACCES', 'EBUSY']);

/**
 * Windows refuses a rename for a moment while a virus scanner or indexer holds the
 * file; a few short, bounded retries ride that out. Other errors fail at once.
 */
export function renameWithRetrySync(from: string, to: string, attempts = 6): void {
  for (let attempt = 1; ; attempt += 1) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= attempts || !refusedRenameCodes.has(code)) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * 2 ** attempt);
    }
  }
}

/** Returns the active snapshot's path, installing the bundled default when there is none. */
export function ensureActiveSnapshot(dataDir: string, bundledDefault: string): string {
  mkdirSync(snapshotsDir(dataDir), { recursive: true });
  const active = readActivePointer(dataDir);
  if (active) return active;
  if (!existsSync(bundledDefault)) {
    throw new Error(`No snapshot is active and the bundled default snapshot is missing at ${bundledDefault}. Run "npm run snapshot".`);
  }
  const target = path.join(snapshotsDir(dataDir), 'default.sqlite');
  copyFileSync(bundledDefault, `${target}.tmp`);
  renameSync(`${target}.tmp`, target);
  writeActivePointer(dataDir, target);
  return target;
}
