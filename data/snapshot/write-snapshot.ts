import type Database from 'better-sqlite3';
import { writeSearchIndex } from '../store/queries/search-index.js';
import type { PolygonGeometry } from './dataset-schema.js';
import { ObservationWriter } from './observation-writer.js';
import type { Dataset } from './read-dataset.js';
import type { RollupTable } from './rollup.js';

export interface WriteCounts {
  regions: number;
  geometries: number;
  themes: number;
  indicators: number;
  observations: number;
  rollups: number;
  points: number;
  searchRows: number;
}

/** The tables besides observations, which the builder has before the observations are read to the end. */
export type SnapshotTables = Pick<Dataset, 'manifest' | 'regions' | 'themes' | 'indicators' | 'points' | 'geometries'>;

/**
 * Writes a validated dataset and its roll-ups into a migrated, empty snapshot, in one
 * transaction with prepared statements: the small tables first (writeTables), the
 * observations as they come (observations.streamFrom, see ObservationWriter), the rest
 * at the end (finish). The secondary indexes of the big tables are dropped first and
 * created again, sorted, once the rows are in, which is several times faster than
 * keeping them up to date row by row. The caller closes and deletes the file when any
 * step throws: the transaction is left open, never committed half-written.
 */
export class SnapshotWriter {
  readonly observations: ObservationWriter;
  readonly counts: WriteCounts = { regions: 0, geometries: 0, themes: 0, indicators: 0, observations: 0, rollups: 0, points: 0, searchRows: 0 };
  private readonly deferred: string[];

  constructor(
    private readonly db: Database.Database,
    onRows: (rows: number) => void = () => undefined,
  ) {
    db.exec('BEGIN');
    // Parents and weight indicators may come later in the files; the keys are checked at commit.
    db.pragma('defer_foreign_keys = ON');
    this.deferred = dropSecondaryIndexes(db, ['regions', 'observations']);
    this.observations = new ObservationWriter(db, onRows);
  }

  writeTables(tables: SnapshotTables): void {
    const { db, counts } = this;
    const insertGeometry = db.prepare('INSERT INTO region_geometry (region_code, display_json, full_json, bbox_json) VALUES (?, ?, NULL, ?)');
    const insertTheme = db.prepare('INSERT INTO themes (id, name_id, name_en, icon, sort_order) VALUES (?, ?, ?, ?, ?)');
    const insertIndicator = db.prepare(`INSERT INTO indicators
      (id, theme_id, name_id, name_en, description_id, description_en, unit_id, unit_en, decimals, rollup, rollup_weight,
       higher_is_better, min_value, max_value, source, licence, is_sample, is_key, sort_order)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertPoint = db.prepare(`INSERT INTO points
      (id, kind, name, region_code, budget_idr, progress_pct, lat, lng, period, source, is_sample)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const flag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

    // A country has about 92,000 regions: batched like the observations.
    const regionColumns = ['code', 'name', 'level', 'parent_code', 'area_km2_bps', 'area_km2_boundary', 'centroid_lat', 'centroid_lng', 'postal_code'];
    counts.regions = insertBatched(db, 'regions', regionColumns, tables.regions, ({ row }, params, at) => {
      params[at] = row.code;
      params[at + 1] = row.name;
      params[at + 2] = row.level;
      params[at + 3] = row.parent_code;
      params[at + 4] = row.area_km2_bps;
      params[at + 5] = row.area_km2_boundary;
      params[at + 6] = row.centroid_lat;
      params[at + 7] = row.centroid_lng;
      params[at + 8] = row.postal_code;
    });
    for (const entry of tables.geometries) {
      insertGeometry.run(entry.code, JSON.stringify(entry.geometry), JSON.stringify(boundingBox(entry.geometry)));
      counts.geometries += 1;
    }
    for (const { row } of tables.themes) {
      insertTheme.run(row.id, row.name_id, row.name_en, row.icon, row.sort_order);
      counts.themes += 1;
    }
    for (const { row } of tables.indicators) {
      insertIndicator.run(row.id, row.theme_id, row.name_id, row.name_en, row.description_id, row.description_en,
        row.unit_id, row.unit_en, row.decimals, row.rollup, row.rollup_weight, flag(row.higher_is_better),
        row.min_value, row.max_value, row.source, row.licence, flag(row.is_sample), flag(row.is_key), row.sort_order);
      counts.indicators += 1;
    }
    for (const { row } of tables.points) {
      insertPoint.run(row.id, row.kind, row.name, row.region_code, row.budget_idr, row.progress_pct, row.lat, row.lng,
        row.period, row.source, flag(row.is_sample));
      counts.points += 1;
    }
  }

  /** The observations not yet written and the roll-ups, the indexes, the search index; then commits. */
  finish(dataset: Dataset, rollups: RollupTable): WriteCounts {
    const { db, counts } = this;
    this.observations.finish(dataset.observations, rollups, dataset.regions.map(({ row }) => row.code));
    counts.observations = dataset.observations.length;
    counts.rollups = rollups.length;
    for (const sql of this.deferred) db.exec(sql);
    // Regions of the root's own subtree (names are the same in both languages) and indicators in both languages.
    counts.searchRows = writeSearchIndex(db, dataset.manifest.root_code, dataset.indicators.map(({ row }) => row));
    db.exec('COMMIT');
    return counts;
  }
}

/** The whole dataset at once: SnapshotWriter's steps in a row. */
export function writeSnapshot(db: Database.Database, dataset: Dataset, rollups: RollupTable, onRows: (rows: number) => void = () => undefined): WriteCounts {
  const writer = new SnapshotWriter(db, onRows);
  writer.writeTables(dataset);
  return writer.finish(dataset, rollups);
}

const batchRows = 100;

type Params = (string | number | null)[];

/** Inserts rows `batchRows` to a statement (the last few one by one), `put` writing each row's values at `at`; returns how many. */
function insertBatched<T>(db: Database.Database, table: string, columns: readonly string[], rows: readonly T[], put: (row: T, params: Params, at: number) => void): number {
  const one = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  const batch = db.prepare(head + Array<string>(batchRows).fill(one).join(', '));
  const single = db.prepare(head + one);
  const width = columns.length;
  const params: Params = new Array<string | number | null>(batchRows * width);
  let row = 0;
  for (; row + batchRows <= rows.length; row += batchRows) {
    for (let i = 0; i < batchRows; i += 1) put(rows[row + i]!, params, i * width);
    batch.run(params);
  }
  const last: Params = new Array<string | number | null>(width);
  for (; row < rows.length; row += 1) {
    put(rows[row]!, last, 0);
    single.run(last);
  }
  return rows.length;
}

/** Drops the tables' own indexes (not the primary keys) and returns the SQL that makes them again. */
function dropSecondaryIndexes(db: Database.Database, tables: readonly string[]): string[] {
  const indexes = db
    .prepare<string[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')}) ORDER BY name`,
    )
    .all(...tables);
  for (const { name } of indexes) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  return indexes.map(({ sql }) => sql);
}

/** [west, south, east, north], as GeoJSON's bbox member orders it. */
export function boundingBox(geometry: PolygonGeometry): [number, number, number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [lng, lat] of ring) {
        if (lng < west) west = lng;
        if (lng > east) east = lng;
        if (lat < south) south = lat;
        if (lat > north) north = lat;
      }
    }
  }
  return [west, south, east, north];
}
