import type Database from 'better-sqlite3';
import type { ObservationStatus, ProfileFigure, RegionProfile } from '../../api/types.js';
import { createLookups, readRootCode } from './lookups.js';
import { indicatorColumns, regionColumns, regionFrom, toIndicatorMeta, toRegionRef, type IndicatorRow, type RegionRow } from './rows.js';

type FigureRow = IndicatorRow & {
  period: string;
  value: number;
  is_rollup: number;
  status: ObservationStatus | null;
  parent_value: number | null;
  root_value: number | null;
};

/**
 * A region's page: the region, its breadcrumb, every indicator it has at its latest
 * period set beside the parent's and the root's value for the same period (so the
 * comparison is like for like), and its children.
 */
export function createRegionProfileQuery(db: Database.Database) {
  const lookups = createLookups(db);
  const rootCode = readRootCode(db);
  // The latest period per indicator comes from the covering observations_region index alone;
  // only the one row per indicator it names is then read from the table.
  const figures = db.prepare<{ code: string; parent: string | null; root: string | null }, FigureRow>(`
    SELECT ${indicatorColumns}, l.period, o.value, o.is_rollup, o.status, po.value AS parent_value, ro.value AS root_value
    FROM (
      SELECT indicator_id, MAX(period) AS period
      FROM observations INDEXED BY observations_region WHERE region_code = :code GROUP BY indicator_id
    ) l
    CROSS JOIN observations o ON o.indicator_id = l.indicator_id AND o.period = l.period AND o.region_code = :code
    JOIN indicators i ON i.id = l.indicator_id
    JOIN themes t ON t.id = i.theme_id
    LEFT JOIN observations po ON po.indicator_id = l.indicator_id AND po.period = l.period AND po.region_code = :parent
    LEFT JOIN observations ro ON ro.indicator_id = l.indicator_id AND ro.period = l.period AND ro.region_code = :root
    ORDER BY t.sort_order, i.sort_order, i.id`);
  const children = db.prepare<[string], RegionRow>(
    `SELECT ${regionColumns} FROM ${regionFrom} WHERE r.parent_code = ? ORDER BY r.name, r.code`,
  );
  const ancestors = db.prepare<[string], RegionRow & { depth: number }>(`
    WITH RECURSIVE up(code, depth) AS (
      SELECT parent_code, 1 FROM regions WHERE code = ? AND parent_code IS NOT NULL
      UNION ALL
      SELECT r.parent_code, up.depth + 1 FROM regions r JOIN up ON r.code = up.code WHERE r.parent_code IS NOT NULL AND up.depth < 8
    )
    SELECT ${regionColumns}, up.depth FROM up JOIN regions r ON r.code = up.code LEFT JOIN regions p ON p.code = r.parent_code
    ORDER BY up.depth DESC`);

  return (code: string): RegionProfile | undefined => {
    const region = lookups.region(code);
    if (!region) return undefined;
    const root = rootCode === null ? null : (lookups.region(rootCode) ?? null);
    const breadcrumb = ancestors.all(code).map(toRegionRef);
    const rows = figures.all({ code, parent: region.parentCode, root: root?.code ?? null });
    const figureList: ProfileFigure[] = rows.map((row) => ({
      indicator: toIndicatorMeta(row),
      regionCode: code,
      period: row.period,
      value: row.value,
      isRollup: row.is_rollup === 1,
      status: row.status,
      parentValue: row.parent_value,
      rootValue: row.root_value,
    }));
    return {
      region,
      breadcrumb,
      parent: breadcrumb.at(-1) ?? null,
      root,
      figures: figureList,
      children: children.all(code).map(toRegionRef),
    };
  };
}
