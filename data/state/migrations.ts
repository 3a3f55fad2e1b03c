import type { Migration } from '../store/migrations/types.js';

/**
 * The app-state database's schema, numbered like the snapshot's (PRAGMA user_version).
 * This file is written by the kiosk itself and lives for years, so every later change is
 * a new migration appended here; an applied one is never edited.
 */
const migration0001: Migration = {
  version: 1,
  name: '0001-app-state',
  up: `
    CREATE TABLE playlist (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      slides_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- One row at most: the admin PIN as a self-describing scrypt string, never the PIN.
    CREATE TABLE admin_pin (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      hash TEXT NOT NULL,
      set_at TEXT NOT NULL
    ) STRICT;

    -- Wrong-PIN counters survive a restart, so pulling the plug does not reset a lockout.
    CREATE TABLE admin_lock (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      failures INTEGER NOT NULL DEFAULT 0,
      lockouts INTEGER NOT NULL DEFAULT 0,
      locked_until TEXT
    ) STRICT;
    INSERT INTO admin_lock (id) VALUES (1);

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      outcome TEXT NOT NULL,
      detail TEXT NOT NULL DEFAULT ''
    ) STRICT;

    -- Small settings that must survive a restart (the playlist the wall was running).
    CREATE TABLE app_setting (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
};

export const stateMigrations: readonly Migration[] = [migration0001];
