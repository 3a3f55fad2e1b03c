import type Database from 'better-sqlite3';
import type { ObservationStatus, Series, SeriesLine } from '../../api/types.js';
import { distinctCapped, maxSeriesRegions } from './limits.js';
import { createLookups } from './lookups.js';

/** One indicator over all its periods for up to eight regions; unknown regions are left out. */
export function createSeriesQuery(db: Database.Database) {
  const lookups = createLookups(db);
  const points = db.prepare<[string, string], { period: string; value: number; is_rollup: number; status: ObservationStatus | null; source: string | null }>(
    `SELECT period, value, is_rollup, status, source FROM observations INDEXED BY observations_region WHERE region_code = ? AND indicator_id = ? ORDER BY period`,
  );

  return (indicatorId: string, regionCodes: readonly string[]): Series | undefined => {
    const indicator = lookups.indicator(indicatorId);
    if (!indicator) return undefined;
    const lines: SeriesLine[] = [];
    const periods = new Set<string>();
    for (const code of distinctCapped(regionCodes, maxSeriesRegions)) {
      const region = lookups.region(code);
      if (!region) continue;
      const line = points.all(code, indicatorId).map((row) => {
        periods.add(row.period);
        return { period: row.period, value: row.value, isRollup: row.is_rollup === 1, status: row.status, source: row.source };
      });
      lines.push({ region, points: line });
    }
    return { indicator, periods: [...periods].sort(), lines };
  };
}
