import type Database from 'better-sqlite3';
import type { PointRow } from '../../api/types.js';

interface PointSqlRow {
  id: string;
  kind: string;
  name: string;
  region_code: string;
  region_name: string;
  budget_idr: number | null;
  progress_pct: number | null;
  lat: number;
  lng: number;
  period: string;
  source: string;
  is_sample: number;
}

/** Points (projects, facilities) in a region and every region below it: a kecamatan's points are its desa's. */
export function createPointsQuery(db: Database.Database) {
  const points = db.prepare<[string], PointSqlRow>(`
    WITH RECURSIVE tree(code, name) AS (
      SELECT code, name FROM regions WHERE code = ?
      UNION ALL
      SELECT r.code, r.name FROM regions r JOIN tree ON r.parent_code = tree.code
    )
    SELECT p.id, p.kind, p.name, p.region_code, tree.name AS region_name, p.budget_idr, p.progress_pct,
      p.lat, p.lng, p.period, p.source, p.is_sample
    FROM tree CROSS JOIN points p INDEXED BY points_region ON p.region_code = tree.code
    ORDER BY p.kind, p.name, p.id`);

  return (regionCode: string): PointRow[] =>
    points.all(regionCode).map((row) => ({
      id: row.id,
      kind: row.kind,
      name: row.name,
      regionCode: row.region_code,
      regionName: row.region_name,
      budgetIdr: row.budget_idr,
      progressPct: row.progress_pct,
      lat: row.lat,
      lng: row.lng,
      period: row.period,
      source: row.source,
      isSample: row.is_sample === 1,
    }));
}
