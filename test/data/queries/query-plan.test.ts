import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMapValuesQuery } from '../../../data/store/queries/map.js';
import { createRegionProfileQuery } from '../../../data/store/queries/profile.js';
import { createRankingQuery } from '../../../data/store/queries/ranking.js';
import { createSeriesQuery } from '../../../data/store/queries/series.js';
import { createCatalogueQuery } from '../../../data/store/queries/catalogue.js';
import { createCompareQuery } from '../../../data/store/queries/compare.js';
import { createGeometryQuery } from '../../../data/store/queries/geometry.js';
import { createOverviewQuery } from '../../../data/store/queries/overview.js';
import { createPointsQuery } from '../../../data/store/queries/points.js';
import { createSearchQuery } from '../../../data/store/queries/search.js';
import { openFixture, type OpenFixture } from './open-fixture.js';

let fixture: OpenFixture;
beforeAll(() => {
  fixture = openFixture();
});
afterAll(() => fixture.close());

/** The SQL a query factory prepares, caught by standing in for db.prepare. */
function preparedBy(db: Database.Database, factory: (db: Database.Database) => unknown): string[] {
  const sql: string[] = [];
  const recorder = new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') {
        return (source: string) => {
          sql.push(source);
          return target.prepare(source);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  factory(recorder);
  return sql;
}

function plan(db: Database.Database, sql: string): string[] {
  const named = Object.fromEntries([...sql.matchAll(/:(\w+)/g)].map((match) => [match[1], 'x']));
  const positional = [...sql.matchAll(/\?(?!\d)/g)].map(() => 'x');
  const statement = db.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = Object.keys(named).length > 0 ? statement.all(named) : statement.all(...positional);
  return rows.map((row) => row.detail);
}

// Aliases the queries give observations and regions; a SCAN of any of them reads the whole table.
const fullScan = /^SCAN (observations|o|po|ro|regions|r|k)( |$)/;
// A primary-key search of observations on fewer than all three key columns reads a whole indicator or period.
const partialKey = /^SEARCH (observations|o|po|ro) USING PRIMARY KEY \((?!indicator_id=\? AND period=\? AND region_code=\?\))/;

const factories = {
  ranking: createRankingQuery,
  series: createSeriesQuery,
  regionProfile: createRegionProfileQuery,
  mapValues: createMapValuesQuery,
  compare: createCompareQuery,
  points: createPointsQuery,
  geometry: createGeometryQuery,
  overview: createOverviewQuery,
};

const plansOf = (factory: (db: Database.Database) => unknown) =>
  preparedBy(fixture.db, factory).flatMap((sql) => plan(fixture.db, sql));

describe.each(Object.entries(factories))('%s', (_name, factory) => {
  it('reads observations and regions by key or index, never a whole table, level or indicator', () => {
    const details = plansOf(factory);
    expect(details.length).toBeGreaterThan(0);
    expect(details.filter((detail) => fullScan.test(detail) || partialKey.test(detail) || detail.includes('regions_level'))).toEqual([]);
  });
});

describe('plans in detail', () => {
  it('ranks and maps through regions_parent and the whole observations primary key', () => {
    for (const details of [plansOf(createRankingQuery), plansOf(createMapValuesQuery)]) {
      expect(details).toContain('SEARCH r USING INDEX regions_parent (parent_code=?)');
      expect(details).toContain('SEARCH o USING PRIMARY KEY (indicator_id=? AND period=? AND region_code=?)');
      expect(details).toContain('SEARCH o USING COVERING INDEX observations_region (region_code=? AND indicator_id=?)');
    }
  });

  it('reads a series, a comparison and a profile through observations_region', () => {
    expect(plansOf(createSeriesQuery)).toContain('SEARCH observations USING INDEX observations_region (region_code=? AND indicator_id=?)');
    expect(plansOf(createCompareQuery)).toContain('SEARCH observations USING INDEX observations_region (region_code=? AND indicator_id=?)');
    expect(plansOf(createRegionProfileQuery)).toContain('SEARCH observations USING COVERING INDEX observations_region (region_code=?)');
  });

  it('finds points through points_region and catalogue periods by key seeks', () => {
    expect(plansOf(createPointsQuery)).toContain('SEARCH p USING INDEX points_region (region_code=?)');
    const catalogue = plansOf(createCatalogueQuery);
    expect(catalogue).toContain('SEARCH o USING PRIMARY KEY (indicator_id=? AND period>?)');
    expect(catalogue.filter((detail) => fullScan.test(detail))).toEqual([]);
    // The map levels each indicator has are walked as the map walks them, never by level.
    expect(catalogue).toContain('SEARCH r USING INDEX regions_parent (parent_code=?)');
    expect(catalogue).toContain('SEARCH o USING COVERING INDEX observations_region (region_code=? AND indicator_id=?)');
    expect(catalogue.filter((detail) => detail.includes('regions_level'))).toEqual([]);
  });

  it('searches through the trigram index, or for one or two letters through regions_level_name', () => {
    const details = plansOf(createSearchQuery);
    expect(details).toContain('SCAN s VIRTUAL TABLE INDEX 0:M4');
    expect(details.filter((detail) => detail.includes('regions_level_name (level=? AND name>? AND name<?)'))).toHaveLength(4);
    // Only the trigram MATCH and the rowid lookup of its hits touch search_index; no full scan of it.
    expect(details.filter((detail) => detail.startsWith('SCAN s VIRTUAL TABLE') && !/INDEX 0:(M4|=)$/.test(detail))).toEqual([]);
  });
});
