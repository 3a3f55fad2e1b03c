import type Database from 'better-sqlite3';
import { migrations as allMigrations } from './migrations/index.js';
import type { Migration } from './migrations/types.js';

/**
 * Applies the migrations a database has not seen yet, each in its own transaction,
 * and records progress in PRAGMA user_version (as Signal Desktop does). A database
 * newer than this code is refused rather than misread.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = allMigrations): number {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}; expected ${index + 1}.`);
    }
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`The database has schema version ${current}, newer than this app knows (${migrations.length}).`);
  }
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return migrations.length;
}
