import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
  const parsed = pointerSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success || path.basename(parsed.data.file) !== parsed.data.file) return null;
  const target = path.join(snapshotsDir(dataDir), parsed.data.file);
  return existsSync(target) ? target : null;
}

export function writeActivePointer(dataDir: string, snapshotFile: string): void {
  const temporary = `${pointerFile(dataDir)}.tmp`;
  writeFileSync(temporary, JSON.stringify({ file: path.basename(snapshotFile), activatedAt: new Date().toISOString() }));
  renameSync(temporary, pointerFile(dataDir));
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
