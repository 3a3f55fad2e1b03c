import type Database from 'better-sqlite3';
import { createCatalogueQuery } from './catalogue.js';
import { createCompareQuery } from './compare.js';
import { createGeometryQuery } from './geometry.js';
import { createMapValuesQuery } from './map.js';
import { readSnapshotMeta } from './meta.js';
import { createOverviewQuery } from './overview.js';
import { createPointsQuery } from './points.js';
import { createRegionRefQuery } from './region-ref.js';
import { createRegionProfileQuery } from './profile.js';
import { createRankingQuery } from './ranking.js';
import { createSearchQuery } from './search.js';
import { createSeriesQuery } from './series.js';

/**
 * Every read the screens make, prepared once per open snapshot. Handlers hold the
 * returned object for as long as the connection is open and drop it with the connection.
 */
export function createQueries(db: Database.Database) {
  return {
    meta: () => readSnapshotMeta(db),
    overview: createOverviewQuery(db),
    regionRef: createRegionRefQuery(db),
    regionProfile: createRegionProfileQuery(db),
    ranking: createRankingQuery(db),
    series: createSeriesQuery(db),
    mapValues: createMapValuesQuery(db),
    compare: createCompareQuery(db),
    points: createPointsQuery(db),
    catalogue: createCatalogueQuery(db),
    geometry: createGeometryQuery(db),
    search: createSearchQuery(db),
  };
}

export type Queries = ReturnType<typeof createQueries>;

export type { GeometryOptions } from './geometry.js';
export type { MapValuesOptions } from './map.js';
export type { SearchOptions } from './search.js';
export * from './limits.js';
