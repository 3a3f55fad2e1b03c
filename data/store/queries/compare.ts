import type Database from 'better-sqlite3';
import type { Comparison, ComparisonRow, IndicatorMeta, ObservationStatus, RegionRef } from '../../api/types.js';
import { distinctCapped, maxCompareIndicators, maxCompareRegions } from './limits.js';
import { createLookups } from './lookups.js';

/**
 * Up to four regions side by side on up to twelve indicators, each cell at that
 * region's latest period for the indicator. Cells carry their period, so the screen can
 * say when two regions' latest figures are from different years.
 */
export function createCompareQuery(db: Database.Database) {
  const lookups = createLookups(db);
  const latest = db.prepare<[string, string], { period: string; value: number; is_rollup: number; status: ObservationStatus | null }>(`
    SELECT period, value, is_rollup, status FROM observations INDEXED BY observations_region
    WHERE region_code = ? AND indicator_id = ? ORDER BY period DESC LIMIT 1`);

  return (regionCodes: readonly string[], indicatorIds: readonly string[]): Comparison => {
    const regions = distinctCapped(regionCodes, maxCompareRegions)
      .map((code) => lookups.region(code))
      .filter((region): region is RegionRef => region !== undefined);
    const indicators = distinctCapped(indicatorIds, maxCompareIndicators)
      .map((id) => lookups.indicator(id))
      .filter((indicator): indicator is IndicatorMeta => indicator !== undefined);
    const rows: ComparisonRow[] = indicators.map((indicator) => ({
      indicator,
      cells: regions.map((region) => {
        const row = latest.get(region.code, indicator.id);
        return row ? { regionCode: region.code, period: row.period, value: row.value, isRollup: row.is_rollup === 1, status: row.status } : null;
      }),
    }));
    return { regions, rows };
  };
}
