import Database from 'better-sqlite3';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot, checkSnapshotFile, type BuildReport } from '../../../data/snapshot/index.js';
import { readSnapshotMeta } from '../../../data/store/queries/meta.js';
import { defaultDatasetDir, tempDir } from './helpers.js';

const sampleSource = 'Data contoh (dihasilkan) / Sample data (generated)';
let db: Database.Database;
let report: BuildReport;
let outFile: string;

beforeAll(async () => {
  outFile = join(tempDir('anjungan-default-'), 'default.sqlite');
  report = await buildSnapshot({ datasetDir: defaultDatasetDir, outFile, isBundledDefault: true });
  db = new Database(outFile, { readonly: true });
  return () => db.close();
});

const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
const value = (indicator: string, region: string, period: string) =>
  one<{ value: number; is_rollup: number; status: string | null; note: string | null } | undefined>(
    'SELECT value, is_rollup, status, note FROM observations WHERE indicator_id = ? AND region_code = ? AND period = ?', indicator, region, period);

describe('the default Banyuwangi dataset', () => {
  it('builds quickly into a snapshot that passes its checks', () => {
    expect(report.milliseconds).toBeLessThan(10_000);
    expect(checkSnapshotFile(outFile)).toMatchObject({ ok: true, problems: [] });
    expect(readSnapshotMeta(db)).toMatchObject({ rootCode: '35.10', isBundledDefault: true, datasetVersion: 1 });
    expect(readSnapshotMeta(db).sources.length).toBeGreaterThan(40);
  });

  it('has the 243 Banyuwangi regions and the province above them', () => {
    const levels = all<{ level: string; n: number }>("SELECT level, COUNT(*) AS n FROM regions WHERE code = '35.10' OR code LIKE '35.10.%' GROUP BY level ORDER BY level");
    expect(levels).toEqual([{ level: 'desa', n: 189 }, { level: 'kabupaten', n: 1 }, { level: 'kecamatan', n: 25 }, { level: 'kelurahan', n: 28 }]);
    expect(one('SELECT code, name, level, parent_code FROM regions WHERE code = ?', '35')).toEqual({ code: '35', name: 'Jawa Timur', level: 'provinsi', parent_code: null });
    expect(one('SELECT area_km2_bps, area_km2_boundary FROM regions WHERE code = ?', '35.10')).toEqual({ area_km2_bps: 5782.5, area_km2_boundary: 3593.849 });
    expect(one<{ n: number }>("SELECT COUNT(*) AS n FROM regions WHERE level IN ('desa', 'kelurahan') AND postal_code IS NOT NULL AND centroid_lat IS NOT NULL").n).toBe(217);
    expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM region_geometry').n).toBe(243);
  });

  it('keeps repeated village names apart by code', () => {
    for (const name of ['Karangrejo', 'Watukebo', 'Tamansari']) {
      const rows = all<{ code: string; parent: string }>(
        "SELECT r.code, p.name AS parent FROM regions r JOIN regions p ON p.code = r.parent_code WHERE r.name = ? AND r.level IN ('desa', 'kelurahan')", name);
      expect(rows.length, name).toBeGreaterThanOrEqual(2);
      expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
      expect(new Set(rows.map((r) => r.parent)).size).toBe(rows.length);
    }
  });

  it('has at least 40 indicators, every sample flagged and cited as a sample, and 4–6 key figures', () => {
    const indicators = all<{ id: string; is_sample: number; source: string; is_key: number }>('SELECT id, is_sample, source, is_key FROM indicators');
    expect(indicators.length).toBeGreaterThanOrEqual(40);
    for (const indicator of indicators) {
      const looksSample = indicator.id.startsWith('sample_') || indicator.source === sampleSource;
      expect(indicator.is_sample, indicator.id).toBe(looksSample ? 1 : 0);
      if (looksSample) expect(indicator.source).toBe(sampleSource);
    }
    const themes = all<{ theme_id: string }>('SELECT DISTINCT theme_id FROM indicators WHERE is_sample = 1').map((t) => t.theme_id);
    expect(themes).toEqual(expect.arrayContaining(['kependudukan', 'kemiskinan', 'pendidikan', 'kesehatan', 'keuangan_desa', 'tik_smart_kampung', 'pelayanan_publik', 'pariwisata']));
    const keys = indicators.filter((i) => i.is_key === 1).length;
    expect(keys).toBeGreaterThanOrEqual(4);
    expect(keys).toBeLessThanOrEqual(6);
  });

  it('gives every sample indicator at least six yearly periods per village', () => {
    const rows = all<{ id: string; periods: number; villages: number }>(`
      SELECT i.id, COUNT(DISTINCT o.period) AS periods, COUNT(DISTINCT o.region_code) AS villages
      FROM indicators i JOIN observations o ON o.indicator_id = i.id AND o.is_rollup = 0
      WHERE i.is_sample = 1 GROUP BY i.id`);
    expect(rows.length).toBe(one<{ n: number }>('SELECT COUNT(*) AS n FROM indicators WHERE is_sample = 1').n);
    for (const row of rows) {
      expect(row.periods, row.id).toBeGreaterThanOrEqual(6);
      expect(row.villages, row.id).toBeGreaterThanOrEqual(189);
    }
  });

  it('keeps real figures exactly', () => {
    expect(value('population_total', '35.10', '2025')).toMatchObject({ value: 1_791_789, is_rollup: 0 });
    expect(value('population_male', '35.10', '2025')?.value).toBe(894_056);
    expect(value('poverty_rate', '35.10', '2024-03')).toMatchObject({ value: 6.54, is_rollup: 0 });
    expect(value('poverty_rate', '35.10', '2023-03')?.value).toBe(7.34);
    expect(value('area_bps_km2', '35.10', '2020')?.value).toBe(5782.5);
    expect(value('area_boundary_km2', '35.10', '2025')).toMatchObject({ value: 3593.849, is_rollup: 0 });
    expect(value('dana_desa_allocation', '35.10', '2024')?.value).toBe(227_001_570_000);
    expect(value('dana_desa_realisation', '35.10', '2024')).toMatchObject({ value: 131_829_685_200, status: 'partial' });
    expect(value('population_sp2010_total', '35.10', '2010')?.value).toBe(1_554_997);
    expect(value('population_sp2010_total', '35.10.13', '2010')?.note).toMatch(/pre-2017 Rogojampi/);
    expect(value('population_sp2010_total', '35.10.25', '2010')).toBeUndefined();
    expect(value('puskesmas', '35.10.05', '2022-07')?.value).toBe(4);
    expect(value('puskesmas', '35.10', '2022-07')).toMatchObject({ value: 45, is_rollup: 1 });
    expect(value('hdi', '35.10', '2024')?.value).toBe(74.3);
    const realSources = one<{ n: number }>("SELECT COUNT(*) AS n FROM observations o JOIN indicators i ON i.id = o.indicator_id WHERE i.is_sample = 0 AND o.is_rollup = 0 AND o.source IS NULL").n;
    expect(realSources).toBe(0);
  });

  it('rolls sums up so that villages, kecamatan and the regency agree', () => {
    for (const indicator of ['sample_population', 'sample_dana_desa_allocation', 'sample_posyandu']) {
      const villages = one<{ s: number }>("SELECT SUM(value) AS s FROM observations WHERE indicator_id = ? AND period = '2025' AND region_code LIKE '35.10.__.____'", indicator).s;
      const kecamatan = one<{ s: number }>("SELECT SUM(value) AS s FROM observations WHERE indicator_id = ? AND period = '2025' AND region_code LIKE '35.10.__' AND length(region_code) = 8", indicator).s;
      expect(kecamatan, indicator).toBe(villages);
      expect(value(indicator, '35.10', '2025')).toMatchObject({ value: villages, is_rollup: 1 });
    }
    expect(value('sample_population', '35.10', '2025')?.value).toBe(1_791_789);
    expect(value('sample_dana_desa_allocation', '35.10', '2024')?.value).toBe(227_001_570_000);
    const mismatched = all(`
      SELECT k.region_code FROM observations k
      WHERE k.indicator_id = 'sample_population' AND k.period = '2023' AND length(k.region_code) = 8
        AND k.value <> (SELECT SUM(d.value) FROM observations d JOIN regions r ON r.code = d.region_code
                        WHERE d.indicator_id = 'sample_population' AND d.period = '2023' AND r.parent_code = k.region_code)`);
    expect(mismatched).toEqual([]);
  });

  it('rolls rates up as a population-weighted mean that matches the real regency rate', () => {
    const direct = one<{ v: number }>(`
      SELECT SUM(r.value * p.value) / SUM(p.value) AS v FROM observations r
      JOIN observations p ON p.indicator_id = 'sample_population' AND p.region_code = r.region_code AND p.period = r.period
      WHERE r.indicator_id = 'sample_poverty_rate' AND r.period = '2024' AND r.region_code LIKE '35.10.__.____'`).v;
    const rolled = value('sample_poverty_rate', '35.10', '2024');
    expect(rolled?.is_rollup).toBe(1);
    expect(rolled?.value).toBeCloseTo(direct, 9);
    expect(rolled?.value).toBeCloseTo(6.54, 1);
    const range = one<{ lo: number; hi: number }>("SELECT MIN(value) AS lo, MAX(value) AS hi FROM observations WHERE indicator_id LIKE 'sample_%' AND indicator_id IN (SELECT id FROM indicators WHERE max_value = 100)");
    expect(range.lo).toBeGreaterThanOrEqual(0);
    expect(range.hi).toBeLessThanOrEqual(100);
  });

  it('has at least 100 sample project points near their village', () => {
    const points = all<{ lat: number; lng: number; clat: number; clng: number; is_sample: number; budget_idr: number }>(
      'SELECT p.lat, p.lng, r.centroid_lat AS clat, r.centroid_lng AS clng, p.is_sample, p.budget_idr FROM points p JOIN regions r ON r.code = p.region_code');
    expect(points.length).toBeGreaterThanOrEqual(100);
    for (const p of points) {
      expect(p.is_sample).toBe(1);
      expect(Math.abs(p.lat - p.clat)).toBeLessThan(0.01);
      expect(Math.abs(p.lng - p.clng)).toBeLessThan(0.01);
      expect(p.budget_idr).toBeGreaterThan(0);
    }
  });

  it('finds regions and indicators through the search index in both languages', () => {
    const find = (text: string) => all<{ kind: string; ref: string; lang: string }>('SELECT kind, ref, lang FROM search_index WHERE folded MATCH ?', `"${text}"`);
    const karangrejo = all<{ code: string }>("SELECT code FROM regions WHERE name = 'Karangrejo' ORDER BY code").map((r) => r.code);
    expect(karangrejo).toHaveLength(2);
    expect(find('karangrejo').map((r) => r.ref).sort()).toEqual(karangrejo);
    expect(find('kemiskinan').some((r) => r.kind === 'indicator' && r.lang === 'id')).toBe(true);
    expect(find('poverty').some((r) => r.kind === 'indicator' && r.lang === 'en')).toBe(true);
  });

  it('keeps the display geometry small', () => {
    const dir = join(defaultDatasetDir, 'geometry');
    const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    expect(bytes).toBeLessThan(300 * 1024);
  });
});
