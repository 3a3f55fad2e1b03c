import { describe, expect, it } from 'vitest';
import { migrate } from '../../../data/store/migrate.js';
import { migrations } from '../../../data/store/migrations/index.js';
import { migratedDatabase, seed, tableSql } from './helpers.js';

const tables = ['meta', 'regions', 'region_geometry', 'themes', 'indicators', 'observations', 'points'];

describe('migration 0001 initial', () => {
  it('creates every core table as STRICT and sets user_version 1', () => {
    const db = migratedDatabase(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    for (const table of tables) expect(tableSql(db, table)).toMatch(/\)\s*STRICT/);
    expect(tableSql(db, 'observations')).toMatch(/WITHOUT ROWID/);
    expect(tableSql(db, 'region_geometry')).toMatch(/WITHOUT ROWID/);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['regions_parent', 'regions_level', 'indicators_theme', 'observations_region', 'points_region']));
  });

  it('accepts valid rows', () => {
    const db = migratedDatabase(1);
    seed(db);
    db.prepare("INSERT INTO observations (indicator_id, region_code, period, value) VALUES ('population', '35.10', '2025', 1791789)").run();
    expect(db.prepare('SELECT value, is_rollup FROM observations').get()).toEqual({ value: 1791789, is_rollup: 0 });
  });

  it.each([
    ['a level outside the list', "INSERT INTO regions (code, name, level) VALUES ('36', 'X', 'negara')"],
    ['a parent that does not exist', "INSERT INTO regions (code, name, level, parent_code) VALUES ('35.11', 'X', 'kabupaten', '99')"],
    ['a negative area', "INSERT INTO regions (code, name, level, area_km2_bps) VALUES ('36', 'X', 'provinsi', -1)"],
    ['a latitude out of range', "INSERT INTO regions (code, name, level, centroid_lat) VALUES ('36', 'X', 'provinsi', 91)"],
    ['text in a REAL column (STRICT)', "INSERT INTO regions (code, name, level, area_km2_bps) VALUES ('36', 'X', 'provinsi', 'big')"],
    ['an unknown rollup rule', "INSERT INTO indicators VALUES ('x', 'pop', 'n', 'n', 'd', 'd', 'u', 'u', 0, 'median', NULL, NULL, NULL, NULL, 's', 'l', 0, 0, 1)"],
    ['weighted_mean without a weight', "INSERT INTO indicators VALUES ('x', 'pop', 'n', 'n', 'd', 'd', 'u', 'u', 0, 'weighted_mean', NULL, NULL, NULL, NULL, 's', 'l', 0, 0, 1)"],
    ['a weight on a sum', "INSERT INTO indicators VALUES ('x', 'pop', 'n', 'n', 'd', 'd', 'u', 'u', 0, 'sum', 'population', NULL, NULL, NULL, 's', 'l', 0, 0, 1)"],
    ['decimals above 6', "INSERT INTO indicators VALUES ('x', 'pop', 'n', 'n', 'd', 'd', 'u', 'u', 7, 'sum', NULL, NULL, NULL, NULL, 's', 'l', 0, 0, 1)"],
    ['an unknown theme', "INSERT INTO indicators VALUES ('x', 'nope', 'n', 'n', 'd', 'd', 'u', 'u', 0, 'sum', NULL, NULL, NULL, NULL, 's', 'l', 0, 0, 1)"],
    ['is_sample other than 0/1', "INSERT INTO indicators VALUES ('x', 'pop', 'n', 'n', 'd', 'd', 'u', 'u', 0, 'sum', NULL, NULL, NULL, NULL, 's', 'l', 2, 0, 1)"],
    ['an observation of an unknown indicator', "INSERT INTO observations (indicator_id, region_code, period, value) VALUES ('nope', '35.10', '2025', 1)"],
    ['an observation of an unknown region', "INSERT INTO observations (indicator_id, region_code, period, value) VALUES ('population', '99.99', '2025', 1)"],
    ['an observation without a value', "INSERT INTO observations (indicator_id, region_code, period, value) VALUES ('population', '35.10', '2025', NULL)"],
    ['a duplicate observation key', "INSERT INTO observations (indicator_id, region_code, period, value) VALUES ('population', '35.10', '2024', 1), ('population', '35.10', '2024', 2)"],
    ['a point with progress above 100', "INSERT INTO points VALUES ('p', 'jalan', 'n', '35.10', 1, 101, -8.3, 114.2, '2025', 's', 1)"],
    ['a point with a negative budget', "INSERT INTO points VALUES ('p', 'jalan', 'n', '35.10', -1, 50, -8.3, 114.2, '2025', 's', 1)"],
    ['geometry of an unknown region', "INSERT INTO region_geometry VALUES ('99', '{}', NULL, '[]')"],
  ])('refuses %s', (_label, sql) => {
    const db = migratedDatabase(1);
    seed(db);
    expect(() => db.exec(sql)).toThrow();
  });

  it('is applied once: migrating again changes nothing', () => {
    const db = migratedDatabase(1);
    seed(db);
    expect(migrate(db, migrations.slice(0, 1))).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM regions').pluck().get()).toBe(2);
  });

  it('refuses a database newer than the code', () => {
    const db = migratedDatabase(1);
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(/newer than this app knows/);
  });
});
