import type Database from 'better-sqlite3';
import { foldForSearch } from '../store/search-fold.js';
import type { Dataset } from './read-dataset.js';
import type { PolygonGeometry } from './dataset-schema.js';
import type { RollupObservation } from './rollup.js';

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

/**
 * Writes a validated dataset and its roll-ups into a migrated, empty snapshot, in one
 * transaction with prepared statements (one fsync, no per-row overhead).
 */
export function writeSnapshot(db: Database.Database, dataset: Dataset, rollups: readonly RollupObservation[]): WriteCounts {
  const insertRegion = db.prepare(`INSERT INTO regions
    (code, name, level, parent_code, area_km2_bps, area_km2_boundary, centroid_lat, centroid_lng, postal_code)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertGeometry = db.prepare('INSERT INTO region_geometry (region_code, display_json, full_json, bbox_json) VALUES (?, ?, NULL, ?)');
  const insertTheme = db.prepare('INSERT INTO themes (id, name_id, name_en, icon, sort_order) VALUES (?, ?, ?, ?, ?)');
  const insertIndicator = db.prepare(`INSERT INTO indicators
    (id, theme_id, name_id, name_en, description_id, description_en, unit_id, unit_en, decimals, rollup, rollup_weight,
     higher_is_better, min_value, max_value, source, licence, is_sample, is_key, sort_order)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertObservation = db.prepare(`INSERT INTO observations
    (indicator_id, region_code, period, value, status, note, is_rollup, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertPoint = db.prepare(`INSERT INTO points
    (id, kind, name, region_code, budget_idr, progress_pct, lat, lng, period, source, is_sample)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertSearch = db.prepare('INSERT INTO search_index (kind, ref, lang, label, folded) VALUES (?, ?, ?, ?, ?)');
  const flag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

  const counts: WriteCounts = { regions: 0, geometries: 0, themes: 0, indicators: 0, observations: 0, rollups: 0, points: 0, searchRows: 0 };
  db.transaction(() => {
    // Parents and weight indicators may come later in the files; the keys are checked at commit.
    db.pragma('defer_foreign_keys = ON');
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
    for (const row of observationsInKeyOrder(dataset, rollups)) {
      insertObservation.run(row.indicator_id, row.region_code, row.period, row.value, row.status, row.note, row.is_rollup, row.source);
      if (row.is_rollup === 1) counts.rollups += 1;
      else counts.observations += 1;
    }
    for (const { row } of dataset.points) {
      insertPoint.run(row.id, row.kind, row.name, row.region_code, row.budget_idr, row.progress_pct, row.lat, row.lng,
        row.period, row.source, flag(row.is_sample));
      counts.points += 1;
    }
    for (const entry of searchEntries(dataset)) {
      insertSearch.run(entry.kind, entry.ref, entry.lang, entry.label, foldForSearch(entry.label));
      counts.searchRows += 1;
    }
  })();
  return counts;
}

interface ObservationInsert {
  indicator_id: string;
  region_code: string;
  period: string;
  value: number;
  status: string | null;
  note: string | null;
  is_rollup: 0 | 1;
  source: string | null;
}

/** Primary-key order fills the WITHOUT ROWID b-tree page by page instead of splitting pages: a smaller file, a faster build. */
function observationsInKeyOrder(dataset: Dataset, rollups: readonly RollupObservation[]): ObservationInsert[] {
  const rows: ObservationInsert[] = dataset.observations.map(({ row }) => ({ ...row, is_rollup: 0 }));
  for (const rollup of rollups) rows.push({ ...rollup, status: null, note: null, is_rollup: 1, source: null });
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => compare(a.indicator_id, b.indicator_id) || compare(a.period, b.period) || compare(a.region_code, b.region_code));
}

interface SearchEntry {
  kind: 'region' | 'indicator';
  ref: string;
  lang: '' | 'id' | 'en';
  label: string;
}

/** Regions of the root's own subtree (names are the same in both languages) and indicators in both languages. */
function searchEntries(dataset: Dataset): SearchEntry[] {
  const root = dataset.manifest.root_code;
  const entries: SearchEntry[] = dataset.regions
    .filter(({ row }) => row.code === root || row.code.startsWith(`${root}.`))
    .map(({ row }) => ({ kind: 'region', ref: row.code, lang: '', label: row.name }));
  for (const { row } of dataset.indicators) {
    entries.push({ kind: 'indicator', ref: row.id, lang: 'id', label: row.name_id });
    entries.push({ kind: 'indicator', ref: row.id, lang: 'en', label: row.name_en });
  }
  return entries;
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
