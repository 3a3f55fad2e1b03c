import { describe, expect, it } from 'vitest';
import { migrate } from '../../../data/store/migrate.js';
import { migrations } from '../../../data/store/migrations/index.js';
import { migratedDatabase, seed } from './helpers.js';

describe('migration 0003 observation source', () => {
  it('adds a nullable source column to observations and sets user_version 3', () => {
    const db = migratedDatabase(3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const columns = db.prepare<[], { name: string; type: string; notnull: number }>('PRAGMA table_info(observations)').all();
    expect(columns.find((c) => c.name === 'source')).toMatchObject({ type: 'TEXT', notnull: 0 });
    seed(db);
    db.exec("INSERT INTO observations (indicator_id, region_code, period, value) VALUES ('population', '35.10', '2024', 1)");
    db.exec("INSERT INTO observations (indicator_id, region_code, period, value, source) VALUES ('population', '35.10', '2025', 2, 'Registry')");
    expect(db.prepare('SELECT period, source FROM observations ORDER BY period').all()).toEqual([
      { period: '2024', source: null },
      { period: '2025', source: 'Registry' },
    ]);
  });

  it('keeps the table STRICT: a number is not a source', () => {
    const db = migratedDatabase(3);
    seed(db);
    expect(() => db.exec("INSERT INTO observations (indicator_id, region_code, period, value, source) VALUES ('population', '35.10', '2024', 1, X'00')")).toThrow();
  });

  it('upgrades a version-2 database that already holds rows', () => {
    const db = migratedDatabase(2);
    seed(db);
    db.exec("INSERT INTO observations (indicator_id, region_code, period, value) VALUES ('population', '35.10', '2024', 1)");
    expect(migrate(db, migrations.slice(0, 3))).toBe(3);
    expect(db.prepare('SELECT value, source FROM observations').get()).toEqual({ value: 1, source: null });
  });
});
