import type Database from 'better-sqlite3';
import { writeSearchIndex } from '../store/queries/search-index.js';
import type { PolygonGeometry } from './dataset-schema.js';
import { binaryRanks, observationKeyOrder, orderByKey } from './observation-order.js';
import type { ObservationExtras } from './observation-table.js';
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

/** Rows per INSERT: one statement for many rows saves most of the per-call cost of the binding; 100 measured fastest. */
const batchRows = 100;
/** How often the writer reports the rows it has inserted. */
export const progressEveryRows = 1 << 16;

/**
 * Writes a validated dataset and its roll-ups into a migrated, empty snapshot, in one
 * transaction with prepared statements. Observations go in primary-key order, so the
 * WITHOUT ROWID b-tree fills page by page instead of splitting pages; the secondary
 * indexes of the big tables are dropped first and created again, sorted, once the rows
 * are in, which is several times faster than keeping them up to date row by row.
 */
export function writeSnapshot(
  db: Database.Database,
  dataset: Dataset,
  rollups: RollupTable,
  onRows: (rows: number) => void = () => undefined,
): WriteCounts {
  const insertRegion = db.prepare(`INSERT INTO regions
    (code, name, level, parent_code, area_km2_bps, area_km2_boundary, centroid_lat, centroid_lng, postal_code)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
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

  const counts: WriteCounts = { regions: 0, geometries: 0, themes: 0, indicators: 0, observations: 0, rollups: 0, points: 0, searchRows: 0 };
  db.transaction(() => {
    // Parents and weight indicators may come later in the files; the keys are checked at commit.
    db.pragma('defer_foreign_keys = ON');
    const deferred = dropSecondaryIndexes(db, ['regions', 'observations']);
    for (const { row } of dataset.regions) {
      insertRegion.run(row.code, row.name, row.level, row.parent_code, row.area_km2_bps, row.area_km2_boundary,
        row.centroid_lat, row.centroid_lng, row.postal_code);
      counts.regions += 1;
    }
    for (const entry of dataset.geometries) {
      insertGeometry.run(entry.code, JSON.stringify(entry.geometry), JSON.stringify(boundingBox(entry.geometry)));
      counts.geometries += 1;
    }
    for (const { row } of dataset.themes) {
      insertTheme.run(row.id, row.name_id, row.name_en, row.icon, row.sort_order);
      counts.themes += 1;
    }
    for (const { row } of dataset.indicators) {
      insertIndicator.run(row.id, row.theme_id, row.name_id, row.name_en, row.description_id, row.description_en,
        row.unit_id, row.unit_en, row.decimals, row.rollup, row.rollup_weight, flag(row.higher_is_better),
        row.min_value, row.max_value, row.source, row.licence, flag(row.is_sample), flag(row.is_key), row.sort_order);
      counts.indicators += 1;
    }
    const written = insertObservations(db, dataset, rollups, onRows);
    counts.observations = written.observations;
    counts.rollups = written.rollups;
    for (const { row } of dataset.points) {
      insertPoint.run(row.id, row.kind, row.name, row.region_code, row.budget_idr, row.progress_pct, row.lat, row.lng,
        row.period, row.source, flag(row.is_sample));
      counts.points += 1;
    }
    for (const sql of deferred) db.exec(sql);
    // Regions of the root's own subtree (names are the same in both languages) and indicators in both languages.
    counts.searchRows = writeSearchIndex(db, dataset.manifest.root_code, dataset.indicators.map(({ row }) => row));
  })();
  return counts;
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

/**
 * Inputs and roll-ups merged into one primary-key-ordered stream. The inputs' order comes
 * from the validator (observationKeyOrder); the roll-ups, fewer, are sorted here; both
 * are compared on one key built from the binary ranks of ids, periods and all region codes.
 */
function insertObservations(db: Database.Database, dataset: Dataset, rollups: RollupTable, onRows: (rows: number) => void): { observations: number; rollups: number } {
  const table = dataset.observations;
  // Most rows have no status, note or source: binding five values instead of eight saves a
  // tenth of the insert time. The rare row with them goes in on its own, out of batch order,
  // which the b-tree absorbs.
  const plain = '(?, ?, ?, ?, ?)';
  const batch = db.prepare(`INSERT INTO observations (indicator_id, region_code, period, value, is_rollup) VALUES ${Array<string>(batchRows).fill(plain).join(', ')}`);
  const single = db.prepare(`INSERT INTO observations (indicator_id, region_code, period, value, is_rollup) VALUES ${plain}`);
  const withExtras = db.prepare(`INSERT INTO observations (indicator_id, region_code, period, value, status, note, is_rollup, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);

  const regionCodes = dataset.regions.map(({ row }) => row.code);
  const regionIndex = new Map(regionCodes.map((code, index) => [code, index]));
  const regionRank = binaryRanks(regionCodes);
  const indicatorRank = binaryRanks(table.indicatorIds);
  const periodRank = binaryRanks(table.periods);
  const periods = table.periods.length;
  const regions = regionCodes.length;
  const inputRegionRank = Int32Array.from(table.regionCodes, (code) => regionRank[regionIndex.get(code) ?? 0] ?? 0);
  const { indicator, period, region, value } = table;
  const inputKey = (row: number): number => (indicatorRank[indicator[row]!]! * periods + periodRank[period[row]!]!) * regions + inputRegionRank[region[row]!]!;
  const rollupKeys = new Float64Array(rollups.length);
  for (let row = 0; row < rollups.length; row += 1) {
    rollupKeys[row] = (indicatorRank[rollups.indicator[row]!]! * periods + periodRank[rollups.period[row]!]!) * regions + regionRank[rollups.region[row]!]!;
  }
  const rollupOrder = orderByKey(rollupKeys, table.indicatorIds.length * periods * regions);
  const inputOrder = observationKeyOrder(table).order;

  const params: (string | number)[] = new Array<string | number>(batchRows * 5);
  let pending = 0;
  let written = 0;
  const emit = (indicatorId: string, regionCode: string, periodText: string, figure: number, extras: ObservationExtras | undefined, isRollup: 0 | 1): void => {
    if (extras) {
      withExtras.run(indicatorId, regionCode, periodText, figure, extras.status, extras.note, isRollup, extras.source);
    } else {
      let at = pending * 5;
      params[at++] = indicatorId;
      params[at++] = regionCode;
      params[at++] = periodText;
      params[at++] = figure;
      params[at] = isRollup;
      pending += 1;
      if (pending === batchRows) {
        batch.run(params);
        pending = 0;
      }
    }
    written += 1;
    if ((written & (progressEveryRows - 1)) === 0) onRows(written);
  };

  const { indicatorIds, regionCodes: inputCodes, periods: periodTexts, extras } = table;
  let next = 0;
  let nextKey = rollups.length > 0 ? rollupKeys[rollupOrder[0]!]! : Number.POSITIVE_INFINITY;
  const emitRollupsBefore = (key: number): void => {
    while (nextKey < key) {
      const row = rollupOrder[next]!;
      emit(indicatorIds[rollups.indicator[row]!]!, regionCodes[rollups.region[row]!]!, periodTexts[rollups.period[row]!]!, rollups.value[row]!, undefined, 1);
      next += 1;
      nextKey = next < rollups.length ? rollupKeys[rollupOrder[next]!]! : Number.POSITIVE_INFINITY;
    }
  };
  for (let i = 0; i < table.length; i += 1) {
    const row = inputOrder ? inputOrder[i]! : i;
    if (nextKey !== Number.POSITIVE_INFINITY) emitRollupsBefore(inputKey(row));
    emit(indicatorIds[indicator[row]!]!, inputCodes[region[row]!]!, periodTexts[period[row]!]!, value[row]!, extras.size > 0 ? extras.get(row) : undefined, 0);
  }
  emitRollupsBefore(Number.POSITIVE_INFINITY);
  for (let at = 0; at < pending * 5; at += 5) single.run(params.slice(at, at + 5));
  onRows(written);
  return { observations: table.length, rollups: rollups.length };
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
