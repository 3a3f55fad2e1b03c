import type Database from 'better-sqlite3';
import type { ObservationStatus, Ranking, RankingRow } from '../../api/types.js';
import { createLookups } from './lookups.js';
import { regionColumns, toRegionRef, type RegionRow } from './rows.js';

type ChildValueRow = RegionRow & { value: number; is_rollup: number; status: ObservationStatus | null };

/**
 * A parent's children ranked on one indicator for one period (by default the latest
 * period any child has). Every read goes through regions_parent and an observations key.
 * Snapshots carry no ANALYZE statistics, so INDEXED BY and CROSS JOIN (which fixes the
 * join order in SQLite) pin the plan instead of leaving it to the planner's guesses.
 */
export function createRankingQuery(db: Database.Database) {
  const lookups = createLookups(db);
  const periods = db.prepare<{ indicator: string; parent: string }, { period: string }>(`
    SELECT DISTINCT o.period FROM regions r INDEXED BY regions_parent
    CROSS JOIN observations o INDEXED BY observations_region ON o.region_code = r.code AND o.indicator_id = :indicator
    WHERE r.parent_code = :parent ORDER BY o.period`);
  const values = db.prepare<{ indicator: string; period: string; parent: string }, ChildValueRow>(`
    SELECT ${regionColumns}, o.value, o.is_rollup, o.status FROM regions r INDEXED BY regions_parent
    CROSS JOIN observations o ON o.indicator_id = :indicator AND o.period = :period AND o.region_code = r.code
    LEFT JOIN regions p ON p.code = r.parent_code
    WHERE r.parent_code = :parent`);
  // Per child, stops at its first child with any figure: index seeks over one regency's villages, never a whole indicator.
  const rankableChildren = db.prepare<{ indicator: string; parent: string }, { code: string }>(`
    SELECT k.code FROM regions k INDEXED BY regions_parent
    WHERE k.parent_code = :parent AND EXISTS (
      SELECT 1 FROM regions r INDEXED BY regions_parent
      CROSS JOIN observations o INDEXED BY observations_region ON o.region_code = r.code AND o.indicator_id = :indicator
      WHERE r.parent_code = k.code
    )
    ORDER BY k.code`);
  const parentValue = db.prepare<[string, string, string], { value: number }>(
    `SELECT value FROM observations WHERE indicator_id = ? AND period = ? AND region_code = ?`,
  );

  return (parentCode: string, indicatorId: string, period?: string): Ranking | undefined => {
    const parent = lookups.region(parentCode);
    const indicator = lookups.indicator(indicatorId);
    if (!parent || !indicator) return undefined;
    const available = periods.all({ indicator: indicatorId, parent: parentCode }).map((row) => row.period);
    const below = rankableChildren.all({ indicator: indicatorId, parent: parentCode }).map((row) => row.code);
    const chosen = period ?? available.at(-1) ?? null;
    if (chosen === null) return { indicator, parent, period: null, periods: available, parentValue: null, rows: [], rankableChildren: below };
    const direction = indicator.higherIsBetter === false ? 1 : -1;
    const sorted = values
      .all({ indicator: indicatorId, period: chosen, parent: parentCode })
      .sort((a, b) => direction * (a.value - b.value) || a.name.localeCompare(b.name, 'id') || a.code.localeCompare(b.code));
    const rows: RankingRow[] = [];
    sorted.forEach((row, index) => {
      const previous = rows[index - 1];
      // Competition ranking (1, 2, 2, 4): equal values share a rank.
      const rank = previous && previous.value === row.value ? previous.rank : index + 1;
      rows.push({ rank, region: toRegionRef(row), value: row.value, isRollup: row.is_rollup === 1, status: row.status });
    });
    return {
      indicator,
      parent,
      period: chosen,
      periods: available,
      parentValue: parentValue.get(indicatorId, chosen, parentCode)?.value ?? null,
      rows,
      rankableChildren: below,
    };
  };
}
