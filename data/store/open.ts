import Database from 'better-sqlite3';
import { latestSchemaVersion } from './migrations/index.js';

export interface OpenOptions {
  /** Path of better-sqlite3's native addon built for another runtime (Electron's ABI). */
  nativeBinding?: string;
}

/**
 * Opens a snapshot for reading only. query_only and trusted_schema=OFF make sure a
 * reader can neither change a snapshot nor run SQL hidden in its schema.
 */
export function openSnapshotReadOnly(file: string, options: OpenOptions = {}): Database.Database {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma('query_only = ON');
    db.pragma('trusted_schema = OFF');
    // Snapshots never change once built, so mapping the whole file (address space, not
    // memory; SQLite caps it at its compile-time maximum) is safe, and it turns a national
    // profile's ~150 scattered key lookups into memory reads instead of read() calls.
    db.pragma('mmap_size = 4294967296');
    db.pragma('cache_size = -32768');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== latestSchemaVersion) {
      throw new Error(`Snapshot ${file} has schema version ${version}; this app reads version ${latestSchemaVersion}.`);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens a new snapshot file for building: the only writable connection a snapshot ever
 * has. The file is a temporary one that is deleted on any failure and fsynced before it
 * is renamed into place, so a journal and per-commit syncs would protect nothing: they
 * are off, and the builder switches the finished file to WAL, as readers expect.
 * Foreign keys are not enforced row by row: the validator has resolved every reference
 * before the first insert, and checkSnapshot proves them afterwards.
 */
export function openSnapshotForBuild(file: string, options: OpenOptions = {}): Database.Database {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('temp_store = MEMORY');
  // 128 MiB of page cache: the b-trees being filled and the index sorter stay in memory.
  db.pragma('cache_size = -131072');
  return db;
}
