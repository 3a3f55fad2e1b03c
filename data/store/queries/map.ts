import type Database from 'better-sqlite3';
import type { MapLevel, MapValue, MapValues } from '../../api/types.js';
import { createLookups, levelDepth, mapLevelDepth, mapLevelSql, readRootCode } from './lookups.js';

type ValueRow = Omit<MapValue, 'isRollup'> & { is_rollup: number };

/**
 * The regions of a map level below one region: its children or grandchildren, walked
 * through regions_parent so that no query scans a whole level. Snapshots have no ANALYZE
 * statistics, so INDEXED BY and CROSS JOIN (a fixed join order in SQLite) pin the plan.
 */
export function scopeSql(level: MapLevel, generations: 1 | 2): { from: string; where: string } {
  const where = `r.level IN ${mapLevelSql[level]}`;
  return generations === 1
    ? { from: `regions r INDEXED BY regions_parent`, where: `r.parent_code = :within AND ${where}` }
    : {
        from: `regions k INDEXED BY regions_parent CROSS JOIN regions r INDEXED BY regions_parent ON r.parent_code = k.code`,
        where: `k.parent_code = :within AND ${where}`,
      };
}

function prepareScope(db: Database.Database, level: MapLevel, generations: 1 | 2) {
  const { from, where } = scopeSql(level, generations);
  return {
    periods: db.prepare<{ within: string; indicator: string }, { period: string }>(`
      SELECT DISTINCT o.period FROM ${from}
      CROSS JOIN observations o INDEXED BY observations_region ON o.region_code = r.code AND o.indicator_id = :indicator
      WHERE ${where} ORDER BY o.period`),
    values: db.prepare<{ within: string; indicator: string; period: string }, ValueRow>(`
      SELECT r.code, r.name, r.level, o.value, o.is_rollup, o.status FROM ${from}
      CROSS JOIN observations o ON o.indicator_id = :indicator AND o.period = :period AND o.region_code = r.code
      WHERE ${where} ORDER BY r.code`),
  };
}

export interface MapValuesOptions {
  /** The region whose kecamatan or desa are shown; defaults to the snapshot's root. */
  within?: string;
  /** Defaults to the latest period any of the shown regions has. */
  period?: string;
}

/** Values of every kecamatan or desa/kelurahan within a region for a choropleth map, with legend bounds. */
export function createMapValuesQuery(db: Database.Database) {
  const lookups = createLookups(db);
  const rootCode = readRootCode(db);
  const scopes = {
    kecamatan: { 1: prepareScope(db, 'kecamatan', 1), 2: prepareScope(db, 'kecamatan', 2) },
    desa: { 1: prepareScope(db, 'desa', 1), 2: prepareScope(db, 'desa', 2) },
  } as const;

  return (indicatorId: string, level: MapLevel, options: MapValuesOptions = {}): MapValues | undefined => {
    const indicator = lookups.indicator(indicatorId);
    const withinCode = options.within ?? rootCode;
    const within = withinCode === null ? undefined : lookups.region(withinCode);
    if (!indicator || !within) return undefined;
    const generations = mapLevelDepth[level] - levelDepth[within.level];
    // A map shows one regency's kecamatan or desa; wider scopes are not a screen of this app.
    if (generations !== 1 && generations !== 2) return undefined;
    const scope = scopes[level][generations];
    const periods = scope.periods.all({ within: within.code, indicator: indicatorId }).map((row) => row.period);
    const period = options.period ?? periods.at(-1) ?? null;
    const values: MapValue[] =
      period === null
        ? []
        : scope.values.all({ within: within.code, indicator: indicatorId, period }).map((row) => ({
            code: row.code,
            name: row.name,
            level: row.level,
            value: row.value,
            isRollup: row.is_rollup === 1,
            status: row.status,
          }));
    let min: number | null = null;
    let max: number | null = null;
    for (const { value } of values) {
      if (min === null || value < min) min = value;
      if (max === null || value > max) max = value;
    }
    return { indicator, level, within, period, periods, values, min, max };
  };
}
