import type { Migration } from './types.js';

/**
 * The snapshot's core tables. A snapshot is built once and then only read, so the
 * schema favours read paths: composite primary keys that match the screens' lookups,
 * WITHOUT ROWID where the key is the row, and roll-ups stored as ordinary rows.
 */
export const migration0001Initial: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE regions (
      code              TEXT PRIMARY KEY,
      name              TEXT NOT NULL,
      level             TEXT NOT NULL CHECK (level IN ('provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan')),
      parent_code       TEXT REFERENCES regions(code),
      area_km2_bps      REAL CHECK (area_km2_bps IS NULL OR area_km2_bps > 0),
      area_km2_boundary REAL CHECK (area_km2_boundary IS NULL OR area_km2_boundary > 0),
      centroid_lat      REAL CHECK (centroid_lat IS NULL OR centroid_lat BETWEEN -90 AND 90),
      centroid_lng      REAL CHECK (centroid_lng IS NULL OR centroid_lng BETWEEN -180 AND 180),
      postal_code       TEXT
    ) STRICT;
    CREATE INDEX regions_parent ON regions(parent_code, name);
    CREATE INDEX regions_level ON regions(level, code);

    CREATE TABLE region_geometry (
      region_code  TEXT PRIMARY KEY REFERENCES regions(code),
      display_json TEXT NOT NULL,
      full_json    TEXT,
      bbox_json    TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE themes (
      id         TEXT PRIMARY KEY,
      name_id    TEXT NOT NULL,
      name_en    TEXT NOT NULL,
      icon       TEXT NOT NULL,
      sort_order INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE indicators (
      id               TEXT PRIMARY KEY,
      theme_id         TEXT NOT NULL REFERENCES themes(id),
      name_id          TEXT NOT NULL,
      name_en          TEXT NOT NULL,
      description_id   TEXT NOT NULL,
      description_en   TEXT NOT NULL,
      unit_id          TEXT NOT NULL,
      unit_en          TEXT NOT NULL,
      decimals         INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6),
      rollup           TEXT NOT NULL CHECK (rollup IN ('sum', 'mean', 'weighted_mean', 'none')),
      rollup_weight    TEXT REFERENCES indicators(id),
      higher_is_better INTEGER CHECK (higher_is_better IS NULL OR higher_is_better IN (0, 1)),
      min_value        REAL,
      max_value        REAL,
      source           TEXT NOT NULL,
      licence          TEXT NOT NULL,
      is_sample        INTEGER NOT NULL CHECK (is_sample IN (0, 1)),
      is_key           INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
      sort_order       INTEGER NOT NULL,
      CHECK ((rollup = 'weighted_mean') = (rollup_weight IS NOT NULL))
    ) STRICT;
    CREATE INDEX indicators_theme ON indicators(theme_id, sort_order);

    CREATE TABLE observations (
      indicator_id TEXT NOT NULL REFERENCES indicators(id),
      region_code  TEXT NOT NULL REFERENCES regions(code),
      period       TEXT NOT NULL,
      value        REAL NOT NULL,
      status       TEXT,
      note         TEXT,
      is_rollup    INTEGER NOT NULL DEFAULT 0 CHECK (is_rollup IN (0, 1)),
      PRIMARY KEY (indicator_id, period, region_code)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX observations_region ON observations(region_code, indicator_id, period);

    CREATE TABLE points (
      id           TEXT PRIMARY KEY,
      kind         TEXT NOT NULL,
      name         TEXT NOT NULL,
      region_code  TEXT NOT NULL REFERENCES regions(code),
      budget_idr   REAL CHECK (budget_idr IS NULL OR budget_idr >= 0),
      progress_pct REAL CHECK (progress_pct IS NULL OR progress_pct BETWEEN 0 AND 100),
      lat          REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
      lng          REAL NOT NULL CHECK (lng BETWEEN -180 AND 180),
      period       TEXT NOT NULL,
      source       TEXT NOT NULL,
      is_sample    INTEGER NOT NULL CHECK (is_sample IN (0, 1))
    ) STRICT;
    CREATE INDEX points_region ON points(region_code, period);
  `,
};
