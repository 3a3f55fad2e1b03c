import type Database from 'better-sqlite3';
import type { Figure, ObservationStatus, Overview, Theme } from '../../api/types.js';
import { deepFreeze, WeightedLru } from './memo.js';
import { indicatorColumns, regionColumns, regionFrom, toIndicatorMeta, toRegionRef, type IndicatorRow, type RegionRow } from './rows.js';

type KeyFigureRow = IndicatorRow & { period: string; value: number; is_rollup: number; status: ObservationStatus | null };

/**
 * The regency overview of the home screen: the root region, its key indicators at
 * their latest period, the themes and how many regions of each level it has.
 */
export function createOverviewQuery(db: Database.Database) {
  const region = db.prepare<[string], RegionRow>(`SELECT ${regionColumns} FROM ${regionFrom} WHERE r.code = ?`);
  // Named, not ?1: better-sqlite3 counts each ?NNN occurrence as a separate anonymous value.
  const keyFigures = db.prepare<{ code: string }, KeyFigureRow>(`
    SELECT ${indicatorColumns}, o.period, o.value, o.is_rollup, o.status
    FROM indicators i
    JOIN observations o ON o.indicator_id = i.id AND o.region_code = :code
    WHERE i.is_key = 1
      AND o.period = (SELECT MAX(period) FROM observations l WHERE l.indicator_id = i.id AND l.region_code = :code)
    ORDER BY i.sort_order`);
  const themes = db.prepare<[], { id: string; name_id: string; name_en: string; icon: string; indicator_count: number }>(`
    SELECT t.id, t.name_id, t.name_en, t.icon, (SELECT COUNT(*) FROM indicators i WHERE i.theme_id = t.id) AS indicator_count
    FROM themes t ORDER BY t.sort_order`);
  const counts = db.prepare<[string], { level: string; n: number }>(`
    WITH RECURSIVE tree(code, level) AS (
      SELECT code, level FROM regions WHERE parent_code = ?
      UNION ALL SELECT r.code, r.level FROM regions r JOIN tree ON r.parent_code = tree.code
    ) SELECT level, COUNT(*) AS n FROM tree GROUP BY level`);

  // The home screen asks for the same overview on every visit; the snapshot cannot change under this connection.
  const cache = new WeightedLru<Overview>(16);

  return (rootCode: string): Overview | undefined => {
    const cached = cache.get(rootCode);
    if (cached) return cached;
    const overview = read(rootCode);
    if (overview) cache.set(rootCode, deepFreeze(overview), 1);
    return overview;
  };

  function read(rootCode: string): Overview | undefined {
    const root = region.get(rootCode);
    if (!root) return undefined;
    const figures: Figure[] = keyFigures.all({ code: rootCode }).map((row) => ({
      indicator: toIndicatorMeta(row),
      regionCode: rootCode,
      period: row.period,
      value: row.value,
      isRollup: row.is_rollup === 1,
      status: row.status,
    }));
    const themeList: Theme[] = themes.all().map((row) => ({
      id: row.id,
      name: { id: row.name_id, en: row.name_en },
      icon: row.icon,
      indicatorCount: row.indicator_count,
    }));
    const byLevel = new Map(counts.all(rootCode).map((row) => [row.level, row.n]));
    return {
      region: toRegionRef(root),
      keyFigures: figures,
      themes: themeList,
      counts: { kecamatan: byLevel.get('kecamatan') ?? 0, desa: byLevel.get('desa') ?? 0, kelurahan: byLevel.get('kelurahan') ?? 0 },
    };
  }
}
