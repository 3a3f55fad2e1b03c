import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../store/migrate.js';
import type { OpenOptions } from '../store/open.js';
import { stateMigrations } from './migrations.js';

/**
 * The kiosk's small writable database (<dataDir>/state.sqlite): playlists, the admin PIN
 * hash and its lockout counters, the audit log. It is deliberately not the snapshot: a
 * snapshot is immutable and replaced whole by a refresh, while this file is the kiosk's
 * own memory and must survive every refresh and rollback.
 */
export const stateFileName = 'state.sqlite';

export function stateFile(dataDir: string): string {
  return path.join(dataDir, stateFileName);
}

export function openStateDb(dataDir: string, options: OpenOptions = {}): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(stateFile(dataDir), options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a lockout counter or an audit line acknowledged to the admin must survive a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('trusted_schema = OFF');
    db.pragma('busy_timeout = 2000');
    migrate(db, stateMigrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function readSetting(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM app_setting WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeSetting(db: Database.Database, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM app_setting WHERE key = ?').run(key);
  else db.prepare('INSERT INTO app_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
