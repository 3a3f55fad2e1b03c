import fs from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from '../migrate.js';
import { writeSnapshotMeta } from '../queries/meta.js';
import { writeSearchIndex } from '../queries/search-index.js';
import { syntheticIndicators, syntheticThemes, syntheticValue, type SyntheticIndicator } from './indicators.js';
import { hashUnit } from './random.js';
import { buildNationalTree, type NationalTree } from './structure.js';

/** Bump whenever the output changes, so cached benchmark snapshots are rebuilt. */
export const nationalGeneratorVersion = 3;

export interface GenerateNationalOptions {
  file: string;
  /** 1 = the size of Indonesia (83,800 desa/kelurahan); 0.01 for tests. */
  scale?: number;
  seed?: number;
  indicatorCount?: number;
  periodCount?: number;
}

export interface GenerateNationalResult {
  file: string;
  fileBytes: number;
  buildMs: number;
  rootCode: string;
  periods: string[];
  counts: Record<NationalTree['levels'][number], number> & { observations: number; indicators: number; points: number };
}

const batchRows = 100;

/**
 * A synthetic snapshot the size of Indonesia for benchmarks and tests. It goes through
 * migrate() like a real snapshot, and its roll-ups follow the same rules as the builder's:
 * desa values are summed, averaged or weight-averaged into kecamatan, kabupaten/kota and provinsi.
 */
export function generateNationalSnapshot(options: GenerateNationalOptions): GenerateNationalResult {
  const started = performance.now();
  const { file, scale = 1, seed = 20240601, indicatorCount = 50, periodCount = 5 } = options;
  const tree = buildNationalTree(scale, seed);
  const indicators = syntheticIndicators(indicatorCount);
  const periods = Array.from({ length: periodCount }, (_, index) => String(2025 - periodCount + index));
  // Banyuwangi's code when the scale has it, else the first kabupaten of Jawa Timur.
  const rootCode = tree.codes.includes('35.10') ? '35.10' : (tree.codes.find((code, index) => code.startsWith('35.') && tree.levels[index] === 'kabupaten') ?? '35.01');
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });

  const db = new Database(file);
  let observations = 0;
  let points = 0;
  try {
    // A throwaway build file: no journal, no fsync, a page cache large enough to hold the indexes.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -2000000');
    db.pragma('temp_store = MEMORY');
    migrate(db);
    // Building the secondary index once, sorted, after the rows are in is several times faster than keeping it up to date.
    const indexSql = db.prepare<[], { sql: string }>(`SELECT sql FROM sqlite_master WHERE name = 'observations_region'`).get()?.sql;
    if (indexSql) db.exec('DROP INDEX observations_region');
    db.transaction(() => {
      insertRegions(db, tree);
      insertCatalogue(db, indicators);
      // Every region is searchable here (the bench searches the whole country), in rank order like the builder's.
      writeSearchIndex(db, null, indicators.map((indicator) => ({ id: indicator.id, name_id: indicator.nameId, name_en: indicator.nameEn })));
      points = insertPoints(db, tree, seed);
    })();
    for (const indicator of indicators) {
      db.transaction(() => {
        observations += insertObservations(db, tree, indicator, indicators, periods, seed);
      })();
    }
    if (indexSql) db.exec(indexSql);
    // One b-tree per FTS5 index instead of the segments of many inserts, as the builder leaves it.
    db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
    writeSnapshotMeta(db, {
      datasetVersion: 1,
      dataAsOf: `${periods.at(-1) ?? '2024'}-12-31`,
      createdAt: new Date(0).toISOString(),
      publisher: `Synthetic national generator v${nationalGeneratorVersion} (seed ${seed}, scale ${scale})`,
      rootCode,
      isBundledDefault: false,
      sources: ['Synthetic data for benchmarks and tests'],
    });
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  const counts = { provinsi: 0, kabupaten: 0, kota: 0, kecamatan: 0, desa: 0, kelurahan: 0 };
  for (const level of tree.levels) counts[level] += 1;
  return {
    file,
    fileBytes: fs.statSync(file).size,
    buildMs: performance.now() - started,
    rootCode,
    periods,
    counts: { ...counts, observations, indicators: indicators.length, points },
  };
}

const vertexCount = { provinsi: 64, kabupaten: 64, kota: 48, kecamatan: 48, desa: 24, kelurahan: 24 } as const;

function insertRegions(db: Database.Database, tree: NationalTree): void {
  const region = db.prepare(`INSERT INTO regions (code, name, level, parent_code, area_km2_bps, centroid_lat, centroid_lng, postal_code)
    VALUES (?, ?, ?, ?, ?, ?, ?, NULL)`);
  const geometry = db.prepare(`INSERT INTO region_geometry (region_code, display_json, full_json, bbox_json) VALUES (?, ?, NULL, ?)`);
  tree.codes.forEach((code, index) => {
    const [w = 0, s = 0, e = 0, n = 0] = tree.boxes.subarray(index * 4, index * 4 + 4);
    const level = tree.levels[index] ?? 'desa';
    const name = tree.names[index] ?? code;
    const parent = tree.parents[index] ?? -1;
    const lat = (s + n) / 2;
    const lng = (w + e) / 2;
    region.run(code, name, level, parent >= 0 ? tree.codes[parent] : null, Math.max(0.1, (e - w) * (n - s) * 12_000), lat, lng);
    // A wobbly ellipse inside the cell: a realistic vertex count for a simplified display outline.
    const ring: [number, number][] = [];
    const count = vertexCount[level];
    for (let v = 0; v < count; v += 1) {
      const angle = (2 * Math.PI * v) / count;
      const wobble = 0.8 + 0.2 * hashUnit(7, index, v);
      ring.push([round5(lng + Math.cos(angle) * wobble * (e - w) * 0.5), round5(lat + Math.sin(angle) * wobble * (n - s) * 0.5)]);
    }
    ring.push(ring[0] ?? [lng, lat]);
    geometry.run(code, JSON.stringify({ type: 'Polygon', coordinates: [ring] }), JSON.stringify([round5(w), round5(s), round5(e), round5(n)]));
  });
}

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

function insertCatalogue(db: Database.Database, indicators: readonly SyntheticIndicator[]): void {
  const theme = db.prepare(`INSERT INTO themes (id, name_id, name_en, icon, sort_order) VALUES (?, ?, ?, 'chart', ?)`);
  syntheticThemes.forEach(([id, nameId, nameEn], index) => theme.run(id, nameId, nameEn, index + 1));
  const insert = db.prepare(`INSERT INTO indicators (id, theme_id, name_id, name_en, description_id, description_en, unit_id, unit_en,
    decimals, rollup, rollup_weight, higher_is_better, min_value, max_value, source, licence, is_sample, is_key, sort_order)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, 'Synthetic', 'CC0', ?, ?, ?)`);
  for (const indicator of indicators) {
    const weight = indicator.weight === null ? null : (indicators[indicator.weight]?.id ?? null);
    insert.run(indicator.id, indicator.themeId, indicator.nameId, indicator.nameEn, `${indicator.nameId} (sintetis).`, `${indicator.nameEn} (synthetic).`,
      indicator.unitId, indicator.unitEn, indicator.decimals, indicator.rollup, weight, indicator.higherIsBetter, indicator.isSample, indicator.isKey,
      indicator.index + 1);
  }
}

function insertPoints(db: Database.Database, tree: NationalTree, seed: number): number {
  const insert = db.prepare(`INSERT INTO points (id, kind, name, region_code, budget_idr, progress_pct, lat, lng, period, source, is_sample)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2024', 'Synthetic', 1)`);
  const kinds = ['proyek', 'sekolah', 'puskesmas', 'pasar'];
  let count = 0;
  tree.leaves.forEach((leaf, index) => {
    if (index % 10 !== 0) return;
    const u = hashUnit(seed, 9999, leaf);
    const kind = kinds[Math.floor(u * kinds.length)] ?? 'proyek';
    const [w = 0, s = 0, e = 0, n = 0] = tree.boxes.subarray(leaf * 4, leaf * 4 + 4);
    const isProject = kind === 'proyek';
    insert.run(`pt-${leaf}`, kind, `${kind} ${tree.names[leaf] ?? ''}`, tree.codes[leaf], isProject ? Math.round(u * 1e9) : null,
      isProject ? Math.round(u * 100) : null, round5((s + n) / 2), round5((w + e) / 2));
    count += 1;
  });
  return count;
}

/** One indicator's rows for every period, in primary-key order, with roll-ups computed from the leaves. */
function insertObservations(db: Database.Database, tree: NationalTree, indicator: SyntheticIndicator,
  indicators: readonly SyntheticIndicator[], periods: readonly string[], seed: number): number {
  const one = '(?, ?, ?, ?, ?)';
  const batch = db.prepare(`INSERT INTO observations (indicator_id, region_code, period, value, is_rollup) VALUES ${Array(batchRows).fill(one).join(', ')}`);
  const single = db.prepare(`INSERT INTO observations (indicator_id, region_code, period, value, is_rollup) VALUES ${one}`);
  const pending: (string | number)[] = [];
  let count = 0;
  const emit = (code: string, period: string, value: number, isRollup: 0 | 1) => {
    pending.push(indicator.id, code, period, value, isRollup);
    count += 1;
    if (pending.length === batchRows * 5) batch.run(pending.splice(0));
  };
  const n = tree.codes.length;
  const weightIndicator = indicator.weight === null ? undefined : indicators[indicator.weight];
  periods.forEach((period, p) => {
    if (indicator.rollup === 'none') {
      // Published for kabupaten/kota and provinsi only, as BPS does for indexes like IPM.
      tree.levels.forEach((level, index) => {
        if (level === 'provinsi' || level === 'kabupaten' || level === 'kota') emit(tree.codes[index] ?? '', period, syntheticValue(seed, indicator, index, p), 0);
      });
      return;
    }
    const values = new Float64Array(n).fill(Number.NaN);
    const total = new Float64Array(n);
    const weights = new Float64Array(n);
    for (const leaf of tree.leaves) {
      const value = syntheticValue(seed, indicator, leaf, p);
      values[leaf] = value;
      const weight = weightIndicator ? syntheticValue(seed, weightIndicator, leaf, p) : 1;
      for (let up = tree.parents[leaf] ?? -1; up >= 0; up = tree.parents[up] ?? -1) {
        total[up] = (total[up] ?? 0) + (indicator.rollup === 'sum' ? value : value * weight);
        weights[up] = (weights[up] ?? 0) + weight;
      }
    }
    for (let index = 0; index < n; index += 1) {
      const code = tree.codes[index] ?? '';
      const own = values[index] ?? Number.NaN;
      if (!Number.isNaN(own)) emit(code, period, own, 0);
      else if ((weights[index] ?? 0) > 0) {
        const sum = total[index] ?? 0;
        emit(code, period, indicator.rollup === 'sum' ? sum : sum / (weights[index] ?? 1), 1);
      }
    }
  });
  for (let offset = 0; offset < pending.length; offset += 5) single.run(pending.slice(offset, offset + 5));
  return count;
}
