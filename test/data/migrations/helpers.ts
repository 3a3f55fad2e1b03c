import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { migrate } from '../../../data/store/migrate.js';
import { migrations } from '../../../data/store/migrations/index.js';

const open: { db: Database.Database; dir: string }[] = [];

afterEach(() => {
  for (const { db, dir } of open.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A real SQLite file in a temp dir, migrated up to `version` (all migrations by default). */
export function migratedDatabase(version = migrations.length): Database.Database {
  const dir = mkdtempSync(join(tmpdir(), 'anjungan-migration-'));
  const db = new Database(join(dir, 'test.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version));
  open.push({ db, dir });
  return db;
}

export function tableSql(db: Database.Database, name: string): string {
  const row = db.prepare<[string], { sql: string }>('SELECT sql FROM sqlite_schema WHERE name = ?').get(name);
  if (!row) throw new Error(`no table ${name}`);
  return row.sql;
}

/** Inserts the smallest valid rows a test needs: a province, a regency, a theme and an indicator. */
export function seed(db: Database.Database): void {
  db.exec(`
    INSERT INTO regions (code, name, level, parent_code) VALUES ('35', 'Jawa Timur', 'provinsi', NULL);
    INSERT INTO regions (code, name, level, parent_code) VALUES ('35.10', 'Banyuwangi', 'kabupaten', '35');
    INSERT INTO themes (id, name_id, name_en, icon, sort_order) VALUES ('pop', 'Penduduk', 'Population', 'users', 1);
    INSERT INTO indicators (id, theme_id, name_id, name_en, description_id, description_en, unit_id, unit_en, decimals, rollup,
      rollup_weight, higher_is_better, min_value, max_value, source, licence, is_sample, is_key, sort_order)
    VALUES ('population', 'pop', 'Penduduk', 'Population', 'd', 'd', 'jiwa', 'persons', 0, 'sum', NULL, NULL, 0, NULL, 's', 'l', 0, 1, 1);
  `);
}
