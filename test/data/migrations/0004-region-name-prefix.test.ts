import { describe, expect, it } from 'vitest';
import { migrate } from '../../../data/store/migrate.js';
import { migrations } from '../../../data/store/migrations/index.js';
import { migratedDatabase, seed } from './helpers.js';

describe('migration 0004 region name prefix', () => {
  it('adds a case-insensitive (level, name) index and sets user_version 4', () => {
    const db = migratedDatabase(4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const columns = db.prepare<[], { name: string; coll: string }>("SELECT name, coll FROM pragma_index_xinfo('regions_level_name') WHERE key = 1").all();
    expect(columns).toEqual([
      { name: 'level', coll: 'BINARY' },
      { name: 'name', coll: 'NOCASE' },
    ]);
  });

  it('answers a short prefix search from the index, not a scan of regions', () => {
    const db = migratedDatabase(4);
    seed(db);
    db.exec("INSERT INTO regions (code, name, level, parent_code) VALUES ('35.10.09', 'Genteng', 'kecamatan', '35.10'), ('35.10.10', 'Glenmore', 'kecamatan', '35.10')");
    const sql = "SELECT code FROM regions WHERE level = 'kecamatan' AND name >= 'ge' COLLATE NOCASE AND name < 'gf' COLLATE NOCASE ORDER BY name COLLATE NOCASE";
    const plan = db.prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all().map((row) => row.detail).join('\n');
    expect(plan).toContain('regions_level_name');
    expect(db.prepare(sql).all()).toEqual([{ code: '35.10.09' }]);
  });

  it('upgrades a version-3 database that already holds regions', () => {
    const db = migratedDatabase(3);
    seed(db);
    expect(migrate(db, migrations.slice(0, 4))).toBe(4);
    expect(db.prepare("SELECT COUNT(*) AS n FROM regions INDEXED BY regions_level_name WHERE level = 'kabupaten'").get()).toEqual({ n: 1 });
  });
});
