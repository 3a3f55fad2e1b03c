import type Database from 'better-sqlite3';
import type { CatalogueTheme, MapLevel } from '../../api/types.js';
import { levelDepth, mapLevelDepth, readRootCode } from './lookups.js';
import { scopeSql } from './map.js';
import { deepFreeze } from './memo.js';
import { indicatorColumns, toIndicatorMeta, type IndicatorRow } from './rows.js';

/**
 * Every theme with its indicators, the periods each has data for and the map levels it
 * can be drawn at. The periods come
 * from a loose index scan (one key seek per distinct period), because a DISTINCT over
 * observations would read every row of a national snapshot.
 */
export function createCatalogueQuery(db: Database.Database) {
  const themes = db.prepare<[], { id: string; name_id: string; name_en: string; icon: string }>(
    `SELECT id, name_id, name_en, icon FROM themes ORDER BY sort_order, id`,
  );
  const indicators = db.prepare<[], IndicatorRow & { is_key: number }>(
    `SELECT ${indicatorColumns}, i.is_key FROM indicators i ORDER BY i.sort_order, i.id`,
  );
  const periods = db.prepare<[], { indicator_id: string; period: string }>(`
    WITH RECURSIVE p(indicator_id, period) AS (
      SELECT i.id, (SELECT MIN(o.period) FROM observations o WHERE o.indicator_id = i.id) FROM indicators i
      UNION ALL
      SELECT p.indicator_id, (SELECT MIN(o.period) FROM observations o WHERE o.indicator_id = p.indicator_id AND o.period > p.period)
      FROM p WHERE p.period IS NOT NULL
    )
    SELECT indicator_id, period FROM p WHERE period IS NOT NULL ORDER BY indicator_id, period`);

  // Whether the root's kecamatan (or desa) have any figure for an indicator, walked as the
  // map walks them (regions_parent, then observations_region): the map offers only those.
  const root = readRootCode(db);
  const rootLevel = root === null ? undefined : db.prepare<[string], { level: keyof typeof levelDepth }>(`SELECT level FROM regions WHERE code = ?`).get(root)?.level;
  const mapLevels: { level: MapLevel; any: Database.Statement<{ within: string; indicator: string }, { found: number }> }[] = [];
  for (const level of ['kecamatan', 'desa'] as const) {
    const generations = rootLevel ? mapLevelDepth[level] - levelDepth[rootLevel] : 0;
    if (generations !== 1 && generations !== 2) continue;
    const { from, where } = scopeSql(level, generations);
    mapLevels.push({
      level,
      any: db.prepare(`
        SELECT EXISTS (SELECT 1 FROM ${from}
          CROSS JOIN observations o INDEXED BY observations_region ON o.region_code = r.code AND o.indicator_id = :indicator
          WHERE ${where}) AS found`),
    });
  }
  const levelsOf = (indicator: string): MapLevel[] =>
    root === null ? [] : mapLevels.filter(({ any }) => any.get({ within: root, indicator })?.found === 1).map(({ level }) => level);

  const read = (): CatalogueTheme[] => {
    const byIndicator = new Map<string, string[]>();
    for (const row of periods.all()) {
      const list = byIndicator.get(row.indicator_id);
      if (list) list.push(row.period);
      else byIndicator.set(row.indicator_id, [row.period]);
    }
    const result: CatalogueTheme[] = themes.all().map((theme) => ({
      id: theme.id,
      name: { id: theme.name_id, en: theme.name_en },
      icon: theme.icon,
      indicators: [],
    }));
    const byTheme = new Map(result.map((theme) => [theme.id, theme]));
    for (const row of indicators.all()) {
      byTheme.get(row.theme_id)?.indicators.push({
        indicator: toIndicatorMeta(row),
        isKey: row.is_key === 1,
        periods: byIndicator.get(row.id) ?? [],
        mapLevels: levelsOf(row.id),
      });
    }
    return result;
  };

  // The snapshot cannot change under this connection: read once, then the same (frozen) catalogue every time.
  let catalogue: CatalogueTheme[] | null = null;
  return (): CatalogueTheme[] => (catalogue ??= deepFreeze(read()));
}
